// Duplicates across the units' files. Two kinds, never dropped silently:
// - exact: a row whose content (every nominee cell, NFC) was already merged — the same file sent
//   twice, or the same row copied into two files. It adds nothing to the list; both places are said.
// - probable: the same nominee written differently — the same name (case-, diacritics- and
//   spacing-insensitive: normalize.ts's foldKey), in the same movement and of the same kind, and
//   the same birth year when both rows give one, else the same unit (one may name the other:
//   "Khoa Nội" and "Khoa Nội - Bệnh viện A"). Both rows are merged and flagged; the council decides.
import type { Kind } from '../types';
import { foldKey, foldKeyHash } from '../normalize';

/** One row as the duplicate rules see it. */
export interface DuplicateCandidate {
  name: string | null;
  unit: string | null;
  birthYear: number | null;
  kind: Kind | null;
  /** The plan movement's id the row was matched to, or null. */
  movement: string | null;
}

type Cell = string | number | boolean | null;

/** Char codes of the hex digits. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const hexAt = (x: number, shift: number) => HEX[(x >>> shift) & 15];

/** Each cell name's own hash, once (a handful of names: "name", "crit:1"…). */
const nameHashes = new Map<string, number>();
function nameHash(name: string): number {
  let h = nameHashes.get(name);
  if (h === undefined) {
    h = 0x811c9dc5 | 0;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
    nameHashes.set(name, h);
  }
  return h;
}

// The two running hashes of contentKey, carried between mixText calls (a function returns one value).
let ha = 0;
let hb = 0;

/** Mixes a text's characters, then the cell separator, into ha and hb. */
function mixText(t: string): void {
  let a = ha;
  let b = hb;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  ha = Math.imul(a ^ 0x1f, 16777619);
  hb = Math.imul(b ^ 0x1f, 0x5bd1e995);
}

/**
 * A row's content key: 16 hex digits over its named cells (names[k] holds values[k]) in order (two 32-bit FNV-1a
 * hashes from different seeds, run side by side; a collision would take two rows of ~2^32 in one
 * merge). Written in the merged list, so a file merged again later is known by its rows' keys even
 * after the secretary edited them. Every source row of a merge is keyed: a cell's name goes in as
 * its own hash, its text char by char, with no text built for the row, and the key is made as one
 * flat string (the merge looks every key up in a Map).
 */
export function contentKey(names: readonly string[], values: readonly Cell[]): string {
  ha = 0x811c9dc5 | 0;
  hb = 0x050c5d1f | 0;
  for (let k = 0; k < names.length; k++) {
    const v = values[k];
    const n = nameHash(names[k]);
    ha = Math.imul(ha ^ n, 16777619);
    hb = Math.imul(hb ^ n, 0x5bd1e995);
    // A blank cell is not the text "null"; a separator ends every cell, so "ab"+"c" ≠ "a"+"bc".
    mixText(typeof v === 'string' ? v : v === null ? '\u0000' : typeof v === 'number' ? `#${v}` : `?${v}`);
  }
  const a = ha;
  const b = hb;
  return String.fromCharCode(
    hexAt(a, 28), hexAt(a, 24), hexAt(a, 20), hexAt(a, 16), hexAt(a, 12), hexAt(a, 8), hexAt(a, 4), hexAt(a, 0),
    hexAt(b, 28), hexAt(b, 24), hexAt(b, 20), hexAt(b, 16), hexAt(b, 12), hexAt(b, 8), hexAt(b, 4), hexAt(b, 0),
  );
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
  // Names bucketed by the hash of their folded text (no text built for each of thousands of
  // names), then the few that share a hash by the text itself.
  const byHash = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (!r.name) return;
    const h = foldKeyHash(r.name);
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
  });
  const byName = new Map<string, number[]>();
  for (const list of byHash.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      const k = foldKey(rows[i].name as string);
      if (!k) continue;
      const same = byName.get(k);
      if (same) same.push(i);
      else byName.set(k, [i]);
    }
  }
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
