// The award history of every person and collective, indexed by the key the engine finds
// duplicates by: the folded name (foldKeyHash) with the folded unit. Units renamed or merged in
// 2025 keep their history under their old names; an alias map (old → new, Settings.unitAliases)
// files the old name's records under the new one, so either name finds them.
//
// Built once per run over lists of 200,000 rows, then asked once per nominee: records stay as the
// reader made them, the index holds their positions under a numeric key (name hash × unit number),
// and a hash collision is ruled out by comparing folded names only for the records found.
import type { Kind, UnitAlias } from '../types';
import { foldKey, foldKeyHash, nfc } from '../normalize';
import { matchForm } from '../forms/match';

/** One award (or yearly rating, or recognised initiative) of one person or collective. */
export interface HistoryRecord {
  /** Worksheet row, 1-based (0 for a record that comes from no sheet). */
  row: number;
  /** NFC. */
  name: string;
  unit: string | null;
  year: number;
  /** The form as written. */
  formText: string;
  /** The catalogue's form id, or null when the text names none. */
  form: string | null;
  decision: string | null;
  kind: Kind | null;
  /**
   * True when the kind comes from a heading row or the name header, not the row's own cell: rows
   * appended under the last heading of a sheet without a kind column inherit the wrong one, so such
   * a kind never rules out a match.
   */
  kindInferred?: boolean;
  birthYear: number | null;
  /** Initiatives recognised that year when the sheet has a column for them. */
  initiatives: number | null;
}

export interface HistoryIndex {
  records: readonly HistoryRecord[];
  /** True when any record tells initiatives (a column, or rows of the form "Sáng kiến"). */
  hasInitiatives: boolean;
  /** Years the history covers (min, max), or null when empty. */
  span: { from: number; to: number } | null;
  /** Record positions by person key. */
  readonly byKey: Map<number, number[]>;
  /** Unit number by folded unit text (after aliases); 0 for no unit. */
  readonly unitIds: Map<string, number>;
  /** Folded old unit → folded current unit. */
  readonly aliases: Map<string, string>;
  /** foldKey of each record's name, filled as records are compared. */
  readonly foldedNames: (string | undefined)[];
  /** Record positions by name hash alone, built on first use (a nominee with no history at their unit). */
  byName?: Map<number, number[]>;
}

const UNIT_SPACE = 2097152; // 2^21 unit numbers: (name hash >>> 0) × 2^21 + unit stays below 2^53

/** Folded old → folded current, following chains (A → B → C) and stopping at a cycle. */
export function aliasMap(aliases: readonly UnitAlias[] | undefined): Map<string, string> {
  const direct = new Map<string, string>();
  for (const a of aliases ?? []) {
    const from = foldKey(nfc(a.from));
    const to = foldKey(nfc(a.to));
    if (from && to && from !== to) direct.set(from, to);
  }
  const out = new Map<string, string>();
  for (const from of direct.keys()) {
    let to = direct.get(from) as string;
    const seen = new Set([from]);
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to) as string;
    }
    out.set(from, to);
  }
  return out;
}

function unitIdOf(index: Pick<HistoryIndex, 'unitIds' | 'aliases'>, unit: string | null, add: boolean): number {
  if (!unit) return 0;
  let k = foldKey(unit);
  k = index.aliases.get(k) ?? k;
  if (!k) return 0;
  let id = index.unitIds.get(k);
  if (id === undefined) {
    if (!add) return -1;
    id = index.unitIds.size + 1;
    index.unitIds.set(k, id);
  }
  return id;
}

const keyOf = (nameHash: number, unitId: number) => (nameHash >>> 0) * UNIT_SPACE + unitId;

export function buildHistoryIndex(records: readonly HistoryRecord[], opts?: { unitAliases?: readonly UnitAlias[] }): HistoryIndex {
  const index: HistoryIndex = {
    records,
    hasInitiatives: false,
    span: null,
    byKey: new Map(),
    unitIds: new Map(),
    aliases: aliasMap(opts?.unitAliases),
    foldedNames: new Array(records.length),
  };
  // Units repeat down a list: their number once per distinct text.
  const unitCache = new Map<string, number>();
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    let u = 0;
    if (r.unit) {
      const cached = unitCache.get(r.unit);
      u = cached ?? unitIdOf(index, r.unit, true);
      if (cached === undefined) unitCache.set(r.unit, u);
    }
    const key = keyOf(foldKeyHash(r.name), u);
    const list = index.byKey.get(key);
    if (list) list.push(i);
    else index.byKey.set(key, [i]);
    if (r.initiatives !== null || r.form === 'sang-kien') index.hasInitiatives = true;
    if (r.year < from) from = r.year;
    if (r.year > to) to = r.year;
  }
  if (records.length > 0) index.span = { from, to };
  return index;
}

function foldedName(index: HistoryIndex, i: number): string {
  let k = index.foldedNames[i];
  if (k === undefined) index.foldedNames[i] = k = foldKey(index.records[i].name);
  return k;
}

/** Who is asked about: a nominee's name and unit, and what else can tell two namesakes apart. */
export interface PersonQuery {
  name: string | null;
  unit: string | null;
  kind?: Kind | null;
  birthYear?: number | null;
}

/** A record belongs to the nominee unless its kind or birth year says otherwise. */
function sameOne(r: HistoryRecord, q: PersonQuery): boolean {
  if (q.kind && r.kind && !r.kindInferred && q.kind !== r.kind) return false;
  if (q.birthYear && r.birthYear && q.birthYear !== r.birthYear) return false;
  return true;
}

/** The nominee's records (empty when none), in sheet order. */
export function historyOf(index: HistoryIndex, q: PersonQuery): HistoryRecord[] {
  if (!q.name) return [];
  const name = nfc(q.name);
  const u = unitIdOf(index, q.unit, false);
  if (u < 0) return [];
  const list = index.byKey.get(keyOf(foldKeyHash(name), u));
  if (!list) return [];
  const k = foldKey(name);
  const out: HistoryRecord[] = [];
  for (const i of list) if (foldedName(index, i) === k && sameOne(index.records[i], q)) out.push(index.records[i]);
  return out;
}

/**
 * Units other than the nominee's under which the same name has records: a hint that the unit was
 * renamed or merged (asked only for a nominee with no history at their own unit).
 */
export function sameNameElsewhere(index: HistoryIndex, q: PersonQuery): string[] {
  if (!q.name) return [];
  if (!index.byName) {
    const byName = new Map<number, number[]>();
    for (let i = 0; i < index.records.length; i++) {
      const h = foldKeyHash(index.records[i].name);
      const l = byName.get(h);
      if (l) l.push(i);
      else byName.set(h, [i]);
    }
    index.byName = byName;
  }
  const name = nfc(q.name);
  const k = foldKey(name);
  const own = q.unit ? foldKey(q.unit) : '';
  const ownNow = index.aliases.get(own) ?? own;
  const units = new Set<string>();
  for (const i of index.byName.get(foldKeyHash(name)) ?? []) {
    const r = index.records[i];
    if (foldedName(index, i) !== k || !sameOne(r, q) || !r.unit) continue;
    const u = foldKey(r.unit);
    if ((index.aliases.get(u) ?? u) !== ownNow) units.add(r.unit);
  }
  return [...units];
}

/** A record made from texts as a caller has them (the custom functions, tests): NFC, form matched. */
export function makeRecord(r: Omit<HistoryRecord, 'form' | 'name' | 'unit' | 'formText'> & { name: string; unit: string | null; formText: string }): HistoryRecord {
  const formText = nfc(r.formText);
  return { ...r, name: nfc(r.name), unit: r.unit ? nfc(r.unit) : null, formText, form: matchForm(formText)?.id ?? null };
}
