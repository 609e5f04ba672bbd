// The award history of every person and collective, indexed by the key the engine finds
// duplicates by: the folded name (foldKeyHash) with the folded unit. Units renamed or merged in
// 2025 keep their history under their old names; an alias map (old → new, Settings.unitAliases)
// files the old name's records under the new one, so either name finds them.
//
// Built once per run over lists of 200,000 rows, then asked once per nominee: records stay as the
// reader made them, the index chains their positions under a numeric key (name hash mixed with the
// unit number), and a collision is ruled out by the unit number and the folded name.
import type { Kind, UnitAlias } from '../types';
import { cleanFoldHash, foldKey, foldKeyHash, nfc } from '../normalize';
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
  /** foldKeyHash of the name, when the reader has made it (else the index makes it). */
  nameHash?: number;
}

export interface HistoryIndex {
  records: readonly HistoryRecord[];
  /** True when any record tells initiatives (a column, or rows of the form "Sáng kiến"). */
  hasInitiatives: boolean;
  /** Years the history covers (min, max), or null when empty. */
  span: { from: number; to: number } | null;
  /** Unit number by folded unit text (after aliases); 0 for no unit. */
  readonly unitIds: Map<string, number>;
  /** Folded old unit → folded current unit. */
  readonly aliases: Map<string, string>;
  /** The person key of each record, its unit number and the next record with the same key (−1: none). */
  readonly recKey: Int32Array;
  readonly recUnit: Int32Array;
  readonly next: Int32Array;
  /** Open addressing over person keys: a slot's key and the first record under it (−1: empty). */
  readonly slotKey: Int32Array;
  readonly slotHead: Int32Array;
  /** foldKey of each record's name, filled as records are compared. */
  readonly foldedNames: (string | undefined)[];
  /** Unit number of a unit as a query writes it (raw text → number, −1 for a unit with no record). */
  readonly queryUnits: Map<string, number>;
  /** Record positions by name hash alone, built on first use (a nominee with no history at their unit). */
  byName?: Map<number, number[]>;
}

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

/** foldKeyHash of a name: the reader's one-pass hash for a clean name (nearly all), else the general one. */
export function nameHashOf(name: string): number {
  const h = cleanFoldHash(name);
  return h === h ? h : foldKeyHash(name);
}

/** The person key: the name's hash mixed with the unit's number (a collision is ruled out on lookup). */
const keyOf = (nameHash: number, unitId: number) => (nameHash ^ Math.imul(unitId + 1, 0x9e3779b1)) | 0;

/**
 * The index of `records`. A hand-made open-addressing table over typed arrays, not a Map of
 * arrays: 200,000 records made 200,000 small arrays and a Map of heap-number keys, three times the
 * scoring of 50,000 nominees (npm run bench).
 */
export function buildHistoryIndex(records: readonly HistoryRecord[], opts?: { unitAliases?: readonly UnitAlias[] }): HistoryIndex {
  const n = records.length;
  let size = 16;
  while (size < n * 2) size <<= 1;
  const index: HistoryIndex = {
    records,
    hasInitiatives: false,
    span: null,
    unitIds: new Map(),
    aliases: aliasMap(opts?.unitAliases),
    recKey: new Int32Array(n),
    recUnit: new Int32Array(n),
    next: new Int32Array(n).fill(-1),
    slotKey: new Int32Array(size),
    slotHead: new Int32Array(size).fill(-1),
    foldedNames: new Array(n),
    queryUnits: new Map(),
  };
  const slotTail = new Int32Array(size);
  const mask = size - 1;
  // Units and names repeat down a list: a unit's number once per distinct text, a name's hash
  // once per run of the same text.
  const unitCache = new Map<string, number>();
  let lastName = '';
  let lastHash = 0;
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    let u = 0;
    if (r.unit) {
      const cached = unitCache.get(r.unit);
      u = cached ?? unitIdOf(index, r.unit, true);
      if (cached === undefined) unitCache.set(r.unit, u);
    }
    if (r.nameHash !== undefined) lastHash = r.nameHash;
    else if (r.name !== lastName) {
      lastName = r.name;
      lastHash = nameHashOf(r.name);
    }
    const key = keyOf(lastHash, u);
    index.recKey[i] = key;
    index.recUnit[i] = u;
    let slot = key & mask;
    while (index.slotHead[slot] !== -1 && index.slotKey[slot] !== key) slot = (slot + 1) & mask;
    if (index.slotHead[slot] === -1) {
      index.slotKey[slot] = key;
      index.slotHead[slot] = i;
    } else index.next[slotTail[slot]] = i;
    slotTail[slot] = i;
    if (r.initiatives !== null || r.form === 'sang-kien') index.hasInitiatives = true;
    if (r.year < from) from = r.year;
    if (r.year > to) to = r.year;
  }
  if (n > 0) index.span = { from, to };
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
  /** foldKeyHash of the name when the caller has it (the engine's NominationTable.nameHash). */
  nameHash?: number;
}

/** A record belongs to the nominee unless its kind or birth year says otherwise. */
function sameOne(r: HistoryRecord, q: PersonQuery): boolean {
  if (q.kind && r.kind && !r.kindInferred && q.kind !== r.kind) return false;
  if (q.birthYear && r.birthYear && q.birthYear !== r.birthYear) return false;
  return true;
}

/** The unit number of a unit as a query writes it (0: no unit; −1: a unit with no record). */
export function queryUnitId(index: HistoryIndex, unit: string | null): number {
  if (!unit) return 0;
  const cached = index.queryUnits.get(unit);
  if (cached !== undefined) return cached;
  const u = unitIdOf(index, nfc(unit), false);
  if (index.queryUnits.size < 100000) index.queryUnits.set(unit, u);
  return u;
}

/** Shared by every nominee with no record (most of a list, in a young history): never written to. */
const NONE: readonly HistoryRecord[] = Object.freeze([]) as readonly HistoryRecord[];

/**
 * The nominee's records (empty when none), in sheet order. `unitId` is queryUnitId's answer when
 * the caller has it (the engine asks once per distinct unit text, not once per row); `into`, an
 * array the caller reuses from row to row (emptied first, and returned), so that 50,000 lookups
 * make no array each.
 */
export function historyOf(index: HistoryIndex, q: PersonQuery, unitId?: number, into?: HistoryRecord[]): HistoryRecord[] {
  if (into) into.length = 0;
  if (!q.name) return into ?? [];
  const name = q.name;
  const u = unitId ?? queryUnitId(index, q.unit);
  if (u < 0) return into ?? (NONE as HistoryRecord[]);
  const key = keyOf(q.nameHash ?? nameHashOf(nfc(name)), u);
  const mask = index.slotKey.length - 1;
  let slot = key & mask;
  while (index.slotHead[slot] !== -1 && index.slotKey[slot] !== key) slot = (slot + 1) & mask;
  let out: HistoryRecord[] | null = into ?? null;
  let folded: string | null = null;
  for (let i = index.slotHead[slot]; i !== -1; i = index.next[i]) {
    if (index.recUnit[i] !== u) continue;
    const r = index.records[i];
    // The same text (nearly always) needs no folding; another spelling is folded once per query.
    if (r.name !== name && foldedName(index, i) !== (folded ??= foldKey(nfc(name)))) continue;
    if (sameOne(r, q)) (out ??= []).push(r);
  }
  return out ?? into ?? (NONE as HistoryRecord[]);
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
      const h = nameHashOf(index.records[i].name);
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
  for (const i of index.byName.get(nameHashOf(name)) ?? []) {
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
