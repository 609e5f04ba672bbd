// Duplicates across the units' files. Two kinds, never dropped silently:
// - exact: a row whose content (every nominee cell, NFC) was already merged — the same file sent
//   twice, or the same row copied into two files. It adds nothing to the list; both places are said.
// - probable: the same nominee written differently — the same name (case-, diacritics- and
//   spacing-insensitive: normalize.ts's foldKey), in the same movement and of the same kind, and
//   the same birth year when both rows give one, else the same unit (one may name the other:
//   "Khoa Nội" and "Khoa Nội - Bệnh viện A"). Both rows are merged and flagged; the council decides.
import type { Kind } from '../types';
import { foldKey, hashString } from '../normalize';

/** One row as the duplicate rules see it. */
export interface DuplicateCandidate {
  name: string | null;
  unit: string | null;
  birthYear: number | null;
  kind: Kind | null;
  /** The plan movement's id the row was matched to, or null. */
  movement: string | null;
}

/**
 * A row's content key: 16 hex digits over its cells' texts in order (two 32-bit FNV-1a hashes from
 * different seeds; a collision would take two rows of ~2^32 in one merge). Written in the merged
 * list, so a file merged again later is known by its rows' keys even after the secretary edited them.
 */
export function contentKey(parts: readonly (string | number | boolean | null)[]): string {
  const text = parts.map((p) => (p === null ? '\u0000' : String(p))).join('\u001f');
  const a = hashString(text) >>> 0;
  let b = 0x811c9dc5 ^ 0x5bd1e995;
  for (let i = text.length - 1; i >= 0; i--) b = Math.imul(b ^ text.charCodeAt(i), 16777619);
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** "Khoa Nội" and "Khoa Nội - Bệnh viện A": one unit's folded words inside the other's. */
function sameUnit(a: string, b: string): boolean {
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

function probablySame(x: DuplicateCandidate, y: DuplicateCandidate, ux: string, uy: string): boolean {
  if (x.kind !== null && y.kind !== null && x.kind !== y.kind) return false;
  if (x.movement !== null && y.movement !== null && x.movement !== y.movement) return false;
  if (x.birthYear !== null && y.birthYear !== null) return x.birthYear === y.birthYear;
  if (ux === '' || uy === '') return true;
  return sameUnit(ux, uy);
}

/**
 * Groups of rows (indexes, in order) that probably name the same nominee; each group has two rows
 * or more. Rows are bucketed by folded name, so the pairs compared are those sharing a name.
 */
export function probableDuplicates(rows: readonly DuplicateCandidate[]): number[][] {
  const byName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = r.name ? foldKey(r.name) : '';
    if (!k) return;
    const list = byName.get(k);
    if (list) list.push(i);
    else byName.set(k, [i]);
  });
  // Union-find over each name's rows: A ~ B and B ~ C put A, B and C in one group.
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    let p = parent.get(i) ?? i;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(i, p);
    return p;
  };
  const groups: number[][] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const units = list.map((i) => (rows[i].unit ? foldKey(rows[i].unit as string) : ''));
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        if (!probablySame(rows[list[a]], rows[list[b]], units[a], units[b])) continue;
        const ra = find(list[a]);
        const rb = find(list[b]);
        if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
      }
    }
    const byRoot = new Map<number, number[]>();
    for (const i of list) {
      const r = find(i);
      const g = byRoot.get(r);
      if (g) g.push(i);
      else byRoot.set(r, [i]);
    }
    for (const g of byRoot.values()) if (g.length > 1) groups.push(g);
  }
  return groups.sort((x, y) => x[0] - y[0]);
}
