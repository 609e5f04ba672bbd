// Nominee rows column by column: how the reader hands a 100,000-row list to the engine. One object
// per row and one per criterion cell (NominationInput, MarkCell) made allocation and garbage
// collection most of the engine's time (see bench/ and ARCHITECTURE.md), so the hot path keeps
// codes in typed arrays and builds texts (cell references, reasons) only for a row that needs them.
// NominationInput stays the row-shaped view for callers that build a few rows by hand.
import type { Kind, MarkCell, MarkValue, NominationInput, PointsCell, RowProblem, Serial } from './types';
import { foldKey, foldKeyHash, nfc } from './normalize';
import { voteFromNumber } from './marks';

export const MARK_UNMET = 0;
export const MARK_MET = 1;
export const MARK_UNREADABLE = 2;
const MARK_VALUES: MarkValue[] = ['unmet', 'met', 'unreadable'];

export const KIND_NONE = 0;
export const KIND_COLLECTIVE = 1;
export const KIND_INDIVIDUAL = 2;
export const KINDS: (Kind | null)[] = [null, 'collective', 'individual'];
export const kindCode = (k: Kind | null | undefined): number => (k === 'collective' ? KIND_COLLECTIVE : k === 'individual' ? KIND_INDIVIDUAL : KIND_NONE);

/** flags bits. */
export const RECEIVED_UNREADABLE = 1;
export const NO_RECEIVED_COLUMN = 2;
/** One of the row's marks is unreadable. */
export const SOME_MARK_UNREADABLE = 4;

/** The points side of a row (rubric items, bonus, penalty, a written total): only on points sheets. */
export interface RowScoring {
  points: PointsCell[];
  bonus: PointsCell | null;
  penalty: PointsCell | null;
  givenScore: number | null;
}

/**
 * Rows i = 0 … length − 1. Texts are NFC and never empty (null instead); a missing number is NaN. Marks
 * are stored row after row: row i's are marks[markStart[i] … markStart[i + 1]), in column order,
 * with their column letters in markColumnSets[markColumnsKey[i]] (one set per header in force).
 *
 * Texts that repeat down a column (units, positions, movements, groups) are kept once, each row
 * holding the index of its text (−1 for none): unitAt(), positionAt(), movementAt() and groupAt()
 * read them. A column of 100,000 pointers made and filled per read cost the reader a tenth of its
 * time.
 */
export interface NominationTable {
  length: number;
  /** Worksheet row, 1-based. */
  row: Int32Array;
  name: (string | null)[];
  /** foldKeyHash of the name (0 without one): duplicates are found by it. */
  nameHash: Int32Array;
  /** Index of the row's unit as written in unitTexts, −1 without a unit. */
  unitTextKey: Int32Array;
  unitTexts: string[];
  /** The same number for units with the same folded text, −1 without a unit. */
  unitKey: Int32Array;
  /** Index of the row's position in positionTexts, −1 without one. */
  positionKey: Int32Array;
  positionTexts: string[];
  /** Index of the row's movement text (as written, NFC) in movementTexts, −1 without one. */
  movementKey: Int32Array;
  movementTexts: string[];
  /** Index of the row's group in groupTexts, −1 without one. */
  groupKey: Int32Array;
  groupTexts: string[];
  /** Index of the row's award form (as written, NFC) in formTexts, −1 without one. */
  formKey: Int32Array;
  formTexts: string[];
  /** Whether the list names forms (a form column): without one, forms play no part. */
  hasForms: boolean;
  kind: Uint8Array;
  received: Float64Array;
  flags: Uint8Array;
  vote: Float64Array;
  markStart: Int32Array;
  marks: Uint8Array;
  /** How many of row i's marks are met (flags has SOME_MARK_UNREADABLE when one is unreadable). */
  marksMet: Uint16Array;
  markColumnsKey: Int32Array;
  markColumnSets: (readonly string[])[];
  /** The text of an unreadable mark, by its index in `marks` (the only mark a message quotes). */
  markRaw: Map<number, string>;
  /** A mark's cell reference when it is not its column letters + the row (rows given by hand). */
  markCell: Map<number, string>;
  scoring: Map<number, RowScoring>;
  problems: Map<number, RowProblem[]>;
}


export const unitAt = (t: NominationTable, i: number): string | null => (t.unitTextKey[i] < 0 ? null : t.unitTexts[t.unitTextKey[i]]);
export const positionAt = (t: NominationTable, i: number): string | null => (t.positionKey[i] < 0 ? null : t.positionTexts[t.positionKey[i]]);
export const movementAt = (t: NominationTable, i: number): string | null => (t.movementKey[i] < 0 ? null : t.movementTexts[t.movementKey[i]]);
export const groupAt = (t: NominationTable, i: number): string | null => (t.groupKey[i] < 0 ? null : t.groupTexts[t.groupKey[i]]);
export const formAt = (t: NominationTable, i: number): string | null => (t.formKey[i] < 0 ? null : t.formTexts[t.formKey[i]]);
export const markColumnsAt = (t: NominationTable, i: number): readonly string[] => t.markColumnSets[t.markColumnsKey[i]];

/** Distinct values of a column, each with its index (a text by its content, a column set by identity). */
class Distinct<T> {
  readonly items: T[] = [];
  private readonly ids = new Map<T, number>();

  keyOf(x: T | null): number {
    if (x === null) return -1;
    let id = this.ids.get(x);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(x);
      this.ids.set(x, id);
    }
    return id;
  }
}

/** Builds a table row by row; typed arrays grow by doubling. */
export class TableBuilder {
  length = 0;
  private cap: number;
  private row: Int32Array;
  private nameHash: Int32Array;
  private unitKey: Int32Array;
  private unitKeys = new Map<string, number>([['', 0]]);
  private unitTextKey: Int32Array;
  /** The unitKey of each unit text, by its index in units. */
  private readonly unitKeyOfText: number[] = [];
  private readonly units = new Distinct<string>();
  private positionKey: Int32Array;
  private movementKey: Int32Array;
  private groupKey: Int32Array;
  private formKey: Int32Array;
  private markColumnsKey: Int32Array;
  private readonly positions = new Distinct<string>();
  private readonly movements = new Distinct<string>();
  private readonly groups = new Distinct<string>();
  private readonly forms = new Distinct<string>();
  /** Set by the reader when the list has a form column (or a heading naming a form). */
  hasForms = false;
  private readonly columnSets = new Distinct<readonly string[]>();
  private kind: Uint8Array;
  private received: Float64Array;
  private flags: Uint8Array;
  private vote: Float64Array;
  private markStart: Int32Array;
  private marks: Uint8Array;
  private marksMet: Uint16Array;
  private markLen = 0;
  // Text columns made at their expected length up front: growing them by push was a tenth of the
  // reader's time on 100,000 rows.
  private name: (string | null)[];
  readonly markRaw = new Map<number, string>();
  readonly markCell = new Map<number, string>();
  readonly scoring = new Map<number, RowScoring>();
  readonly problems = new Map<number, RowProblem[]>();

  constructor(expectedRows = 64) {
    const cap = Math.max(16, expectedRows);
    this.cap = cap;
    this.row = new Int32Array(cap);
    this.nameHash = new Int32Array(cap);
    this.unitKey = new Int32Array(cap);
    this.unitTextKey = new Int32Array(cap);
    this.positionKey = new Int32Array(cap);
    this.movementKey = new Int32Array(cap);
    this.groupKey = new Int32Array(cap);
    // −1 (no form) unless setForm says otherwise: most lists name none.
    this.formKey = new Int32Array(cap).fill(-1);
    this.markColumnsKey = new Int32Array(cap);
    this.kind = new Uint8Array(cap);
    this.received = new Float64Array(cap);
    this.flags = new Uint8Array(cap);
    this.vote = new Float64Array(cap);
    this.markStart = new Int32Array(cap + 1);
    this.marksMet = new Uint16Array(cap);
    this.marks = new Uint8Array(cap * 4);
    // Holes, not nulls: add() writes every row's texts, and build() cuts the arrays to the rows
    // added (filling 100,000 slots first cost as much again as making the array).
    this.name = new Array(cap);
  }

  private grow(): void {
    const cap = this.cap * 2;
    const g = <T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(a: T, n: number): T => {
      const b = new (a.constructor as { new (n: number): T })(n);
      b.set(a);
      return b;
    };
    this.row = g(this.row, cap);
    this.nameHash = g(this.nameHash, cap);
    this.unitKey = g(this.unitKey, cap);
    this.unitTextKey = g(this.unitTextKey, cap);
    this.positionKey = g(this.positionKey, cap);
    this.movementKey = g(this.movementKey, cap);
    this.groupKey = g(this.groupKey, cap);
    this.formKey = g(this.formKey, cap);
    this.formKey.fill(-1, this.cap);
    this.markColumnsKey = g(this.markColumnsKey, cap);
    this.kind = g(this.kind, cap);
    this.received = g(this.received, cap);
    this.flags = g(this.flags, cap);
    this.vote = g(this.vote, cap);
    this.markStart = g(this.markStart, cap + 1);
    this.marksMet = g(this.marksMet, cap);
    this.cap = cap;
  }

  /** The unitKey of a unit's NFC text: the same for texts that fold alike. */
  private unitKeyOf(unit: string): number {
    const k = foldKey(unit);
    let id = this.unitKeys.get(k);
    if (id === undefined) this.unitKeys.set(k, (id = this.unitKeys.size));
    return id;
  }

  // The keys of a row's repeating texts (NFC, or null: −1) and of its header's mark columns. The
  // reader asks once per distinct cell, not per row; the engine then matches each movement key to
  // the plan once.
  unitTextKeyOf(unit: string | null): number {
    const k = this.units.keyOf(unit);
    if (k === this.unitKeyOfText.length) this.unitKeyOfText.push(this.unitKeyOf(unit as string));
    return k;
  }

  positionKeyOf(position: string | null): number {
    return this.positions.keyOf(position);
  }

  movementKeyOf(movement: string | null): number {
    return this.movements.keyOf(movement);
  }

  groupKeyOf(group: string | null): number {
    return this.groups.keyOf(group);
  }

  formKeyOf(form: string | null): number {
    return this.forms.keyOf(form);
  }

  /** The award form of the row last added (a key from formKeyOf). */
  setForm(formKey: number): void {
    this.formKey[this.length - 1] = formKey;
  }

  columnsKeyOf(columns: readonly string[]): number {
    return this.columnSets.keyOf(columns);
  }

  /**
   * Starts row i (returned): the name must already be NFC (or null), nameHash foldKeyHash(name),
   * and the keys from their keyOf methods; received and vote NaN when none. Its marks follow with
   * mark(), under the columns of columnsKey.
   */
  add(row: number, name: string | null, nameHash: number, unitTextKey: number, positionKey: number,
    movementKey: number, groupKey: number, kind: number, received: number, flags: number, vote: number,
    columnsKey: number): number {
    if (this.length === this.cap) this.grow();
    const i = this.length++;
    this.row[i] = row;
    this.name[i] = name;
    this.nameHash[i] = nameHash;
    this.unitTextKey[i] = unitTextKey;
    this.unitKey[i] = unitTextKey < 0 ? -1 : this.unitKeyOfText[unitTextKey];
    this.positionKey[i] = positionKey;
    this.movementKey[i] = movementKey;
    this.groupKey[i] = groupKey;
    this.kind[i] = kind;
    this.received[i] = received;
    this.flags[i] = flags;
    this.vote[i] = vote;
    this.markColumnsKey[i] = columnsKey;
    this.markStart[i] = this.markLen;
    this.markStart[i + 1] = this.markLen;
    return i;
  }

  /**
   * Makes room for the `count` marks of the row last added and returns where they start in
   * markCodes; the caller writes their codes there (and markRaw for an unreadable one), then says
   * what they hold with marksCounted().
   */
  addMarks(count: number): number {
    const start = this.markLen;
    if (start + count > this.marks.length) {
      const b = new Uint8Array(Math.max(this.marks.length * 2, start + count));
      b.set(this.marks);
      this.marks = b;
    }
    this.markLen = start + count;
    this.markStart[this.length] = this.markLen;
    return start;
  }

  /**
   * How many of the marks written after addMarks() are met, and whether one is unreadable: the
   * reader counts them as it writes them, so the engine need not read every mark again.
   */
  marksCounted(met: number, unreadable: boolean): void {
    const i = this.length - 1;
    this.marksMet[i] = met;
    if (unreadable) this.flags[i] |= SOME_MARK_UNREADABLE;
  }

  /** The mark codes array addMarks() makes room in (valid until the next addMarks or mark). */
  get markCodes(): Uint8Array {
    return this.marks;
  }

  /** Marks added so far (the index the next one takes). */
  get markCount(): number {
    return this.markLen;
  }

  /** Appends a mark to the row last added; raw is kept only for an unreadable one. */
  mark(code: number, raw?: string): void {
    if (this.markLen === this.marks.length) {
      const b = new Uint8Array(this.marks.length * 2);
      b.set(this.marks);
      this.marks = b;
    }
    if (code === MARK_UNREADABLE) {
      this.markRaw.set(this.markLen, raw ?? '');
      this.flags[this.length - 1] |= SOME_MARK_UNREADABLE;
    } else if (code === MARK_MET) this.marksMet[this.length - 1]++;
    this.marks[this.markLen++] = code;
    this.markStart[this.length] = this.markLen;
  }

  /** The vote share of the row last added (read after its marks and points). */
  setVote(v: number): void {
    this.vote[this.length - 1] = v;
  }

  /**
   * The vote share of the row last added from a number cell (voteFromNumber), false when the number
   * is no share. The share is computed where it is stored: handed from call to call, a double is
   * a new heap number on every row.
   */
  setVoteFromNumber(v: number): boolean {
    const share = voteFromNumber(v);
    if (share !== share) return false;
    this.vote[this.length - 1] = share;
    return true;
  }


  build(): NominationTable {
    const n = this.length;
    this.name.length = n;
    return {
      length: n,
      row: this.row.subarray(0, n),
      name: this.name,
      nameHash: this.nameHash.subarray(0, n),
      unitTextKey: this.unitTextKey.subarray(0, n),
      unitTexts: this.units.items,
      unitKey: this.unitKey.subarray(0, n),
      positionKey: this.positionKey.subarray(0, n),
      positionTexts: this.positions.items,
      movementKey: this.movementKey.subarray(0, n),
      movementTexts: this.movements.items,
      groupKey: this.groupKey.subarray(0, n),
      groupTexts: this.groups.items,
      formKey: this.formKey.subarray(0, n),
      formTexts: this.forms.items,
      hasForms: this.hasForms,
      kind: this.kind.subarray(0, n),
      received: this.received.subarray(0, n),
      flags: this.flags.subarray(0, n),
      vote: this.vote.subarray(0, n),
      markStart: this.markStart.subarray(0, n + 1),
      marks: this.marks.subarray(0, this.markLen),
      marksMet: this.marksMet.subarray(0, n),
      markColumnsKey: this.markColumnsKey.subarray(0, n),
      markColumnSets: this.columnSets.items,
      markRaw: this.markRaw,
      markCell: this.markCell,
      scoring: this.scoring,
      problems: this.problems,
    };
  }
}

const text = (s: string | null | undefined): string | null => {
  if (s === null || s === undefined) return null;
  const t = nfc(s);
  return t === '' ? null : t;
};

/** Column letters of an A1 reference ("F12" → "F"); the reference itself when it has no row number. */
function columnOf(cell: string, row: number): string {
  const tail = String(row);
  return cell.endsWith(tail) && cell.length > tail.length ? cell.slice(0, -tail.length) : cell;
}

/** The table of rows given one by one (the custom functions, tests, a caller's own rows). */
export function tableFromInputs(rows: NominationInput[]): NominationTable {
  const b = new TableBuilder(rows.length);
  const colCache = new Map<string, readonly string[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const marks = r.marks ?? [];
    const cols = marks.map((m) => columnOf(m.cell, r.row));
    const ck = cols.join(',');
    let shared = colCache.get(ck);
    if (!shared) colCache.set(ck, (shared = cols));
    let flags = 0;
    if (r.receivedUnreadable) flags |= RECEIVED_UNREADABLE;
    if (r.noReceivedColumn) flags |= NO_RECEIVED_COLUMN;
    const name = r.name ? nfc(r.name) : '';
    const unit = text(r.unit);
    b.add(r.row, name === '' ? null : name, name === '' ? 0 : foldKeyHash(name), b.unitTextKeyOf(unit), b.positionKeyOf(r.position ?? null),
      b.movementKeyOf(r.movement ?? null), b.groupKeyOf(text(r.group)), kindCode(r.kind), r.received ?? NaN, flags, r.vote ?? NaN, b.columnsKeyOf(shared));
    if (r.form !== undefined) {
      b.hasForms = true;
      b.setForm(b.formKeyOf(text(r.form)));
    }
    for (let j = 0; j < marks.length; j++) {
      const m = marks[j];
      if (shared[j] + r.row !== m.cell) b.markCell.set(b.markCount, m.cell);
      b.mark(m.value === 'met' ? MARK_MET : m.value === 'unmet' ? MARK_UNMET : MARK_UNREADABLE, m.raw);
    }
    const pts = r.points ?? [];
    const givenScore = r.givenScore ?? null;
    if (pts.length > 0 || r.bonus || r.penalty || givenScore !== null) {
      b.scoring.set(i, { points: pts, bonus: r.bonus ?? null, penalty: r.penalty ?? null, givenScore });
    }
    if (r.problems && r.problems.length > 0) b.problems.set(i, r.problems);
  }
  return b.build();
}

/** Row i as a NominationInput (the row-shaped view the reader's callers and tests use). */
export function inputAt(t: NominationTable, i: number): NominationInput {
  const row = t.row[i];
  const cols = markColumnsAt(t, i);
  const marks: MarkCell[] = [];
  for (let k = t.markStart[i], j = 0; k < t.markStart[i + 1]; k++, j++) {
    const code = t.marks[k];
    marks.push({ value: MARK_VALUES[code], cell: t.markCell.get(k) ?? cols[j] + row, raw: code === MARK_UNREADABLE ? t.markRaw.get(k) ?? '' : '' });
  }
  const sc = t.scoring.get(i);
  const received = t.received[i];
  const vote = t.vote[i];
  const input: NominationInput = {
    row,
    name: t.name[i],
    unit: unitAt(t, i),
    position: positionAt(t, i),
    kind: KINDS[t.kind[i]],
    movement: movementAt(t, i),
    group: groupAt(t, i),
    received: Number.isNaN(received) ? null : (received as Serial),
    marks,
    points: sc ? sc.points : [],
    bonus: sc ? sc.bonus : null,
    penalty: sc ? sc.penalty : null,
    givenScore: sc ? sc.givenScore : null,
    vote: Number.isNaN(vote) ? null : vote,
    problems: t.problems.get(i) ?? [],
  };
  if (t.hasForms) input.form = formAt(t, i);
  if (t.flags[i] & RECEIVED_UNREADABLE) input.receivedUnreadable = true;
  if (t.flags[i] & NO_RECEIVED_COLUMN) input.noReceivedColumn = true;
  return input;
}

export function inputsOf(t: NominationTable): NominationInput[] {
  const out: NominationInput[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = inputAt(t, i);
  return out;
}
