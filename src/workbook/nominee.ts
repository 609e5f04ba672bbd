// Reading one nominee row's cells into the column table: texts NFC, marks as codes, dates as
// serials, and anything unreadable as a RowProblem naming its cell (the row goes to review), never a
// guess and never an exception. rows.ts decides which rows are nominees; this module reads them.
//
// The reader runs once per row of 100,000-row lists, so a row's cells are read by a few small
// methods (each optimised on its own) and texts that repeat down a column (units, movements,
// kinds, marks) are read once per distinct text.
import type { Kind, MarkValue, PointsCell, RowProblem, SheetWarning } from '../core/types';
import { cleanFoldHash, foldKey, foldKeyHash, nfc } from '../core/normalize';
import { parseDate, serialFromNumber } from '../core/dates';
import { serialFromBook } from '../core/dateSystem';
import { textSlot } from '../core/textSlot';
import { parseMark, parseNumber, parseVote } from '../core/marks';
import {
  KIND_NONE, KINDS, kindCode, MARK_MET, MARK_UNMET, MARK_UNREADABLE, NO_RECEIVED_COLUMN, RECEIVED_UNREADABLE, type TableBuilder,
} from '../core/table';
import { WB } from '../core/text/workbook';
import { NO_CACHED_VALUE, type CellValue } from './model';
import type { ColumnMap, Field } from './header';
import { cellRef } from './a1';
import { cellText } from './cell';

/** Longer text than this in one cell is cut (with a warning): no name or unit is that long. */
export const MAX_CELL_TEXT = 1000;
export { NO_CACHED_VALUE };
/** Serials 1970-01-01 … 2099-12-31: the range a received date can plausibly take. */
const MIN_SERIAL = 25569;
const MAX_SERIAL_PLAUSIBLE = 73415;

/** JS whitespace (what String.prototype.trim removes), as a char test. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isEmpty(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // v.trim() === '' without building the trimmed string (every cell of every row is tested).
  for (let i = 0; i < v.length; i++) if (!isSpaceCode(v.charCodeAt(i))) return false;
  return true;
}

function isError(v: CellValue | undefined): v is { error: string } {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

export const plainText = cellText;

// Adapters to the core parsers: they are the one place that knows their result shapes, so a change
// there is a change here only.
export function markOf(v: unknown): MarkValue {
  const r: unknown = parseMark(v as never);
  if (r === 'met' || r === 'unmet' || r === 'unreadable') return r;
  if (r && typeof r === 'object' && 'value' in r) return (r as { value: MarkValue }).value;
  return 'unreadable';
}

export function numberOf(fn: (x: never) => unknown, v: unknown): { ok: true; value: number | null } | { ok: false } {
  const r = fn(v as never);
  if (r === null || r === undefined) return isEmpty(v as CellValue) ? { ok: true, value: null } : { ok: false };
  if (typeof r === 'number') return Number.isFinite(r) ? { ok: true, value: r } : { ok: false };
  if (typeof r === 'object') {
    const o = r as { ok?: boolean; value?: number | null };
    if (o.ok === false) return { ok: false };
    if ('value' in o) return o.value === null || o.value === undefined ? { ok: true, value: null } : Number.isFinite(o.value) ? { ok: true, value: o.value } : { ok: false };
  }
  return { ok: false };
}

interface RowCtx {
  sheet: string;
  row: number;
  /** The row's problems; NO_PROBLEMS (shared) until it has one. */
  problems: RowProblem[];
  warnings: SheetWarning[];
}

const NO_PROBLEMS: RowProblem[] = [];

function problem(ctx: RowCtx, col: ColumnMap, message: string, field?: RowProblem['field']): void {
  if (ctx.problems === NO_PROBLEMS) ctx.problems = [];
  ctx.problems.push(field ? { column: col.letter, message, field } : { column: col.letter, message });
  ctx.warnings.push({ sheet: ctx.sheet, row: ctx.row, column: col.letter, message });
}

/**
 * Whether nfc() would change s (combining marks, zero-width or unusual spaces, doubled or edge
 * spaces: normalize.ts's NEEDS_NFC), as a char scan: the reader asks it of every text cell.
 */
function needsNfc(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return true;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0xa0) {
      if (c >= 9 && c <= 13) return true;
      continue;
    }
    if (c === 0xa0 || (c >= 0x300 && c <= 0x36f) || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/** A cell's value with formula errors and huge texts turned into problems. */
export function cellValue(ctx: RowCtx, values: CellValue[], col: ColumnMap): CellValue {
  const v = values[col.col - 1];
  if (v === undefined) return null;
  if (isError(v)) {
    const ref = cellRef(ctx.row, col.col);
    problem(ctx, col, v.error === NO_CACHED_VALUE ? WB.formulaNoValue(ref) : WB.formulaError(ref, v.error));
    return null;
  }
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_TEXT) {
      problem(ctx, col, WB.tooLong(cellRef(ctx.row, col.col), v.length));
      return nfc(v.slice(0, MAX_CELL_TEXT));
    }
    const t = needsNfc(v) ? nfc(v) : v;
    return t === '' ? null : t;
  }
  return v;
}

/** A points cell (points, bonus, penalty, score) of the row in hand; rowText is String(ctx.row). */
function pointsCell(ctx: RowCtx, values: CellValue[], c: ColumnMap, rowText: string): PointsCell {
  const v = cellValue(ctx, values, c);
  const raw = textOf(v);
  const ref = c.letter + rowText;
  if (isEmpty(v)) return { value: null, cell: ref, raw };
  const n = numberOf(parseNumber as never, v);
  if (!n.ok) {
    problem(ctx, c, WB.badNumber(ref, raw.slice(0, 80)));
    return { value: null, cell: ref, raw };
  }
  return { value: n.value, cell: ref, raw };
}

/** plainText of a value cellValue returned: its strings are NFC already (nfc is idempotent). */
function textOf(v: CellValue): string {
  return typeof v === 'string' ? v : plainText(v);
}

export function textField(ctx: RowCtx, values: CellValue[], col: ColumnMap | undefined): string | null {
  if (!col) return null;
  const v = cellValue(ctx, values, col);
  const t = textOf(v);
  return t === '' ? null : t;
}

function kindOf(text: string): Kind | null | 'bad' {
  const k = foldKey(text);
  if (!k) return null;
  if (/^(tt|tap the|tap the duoc de nghi|don vi|to chuc)$/.test(k) || k.startsWith('tap the')) return 'collective';
  if (/^(cn|ca nhan)$/.test(k) || k.startsWith('ca nhan')) return 'individual';
  return 'bad';
}

/** Bounded per-call memo of a function of a string (marks, kinds and footers repeat on every row). */
export function stringMemo<V>(f: (s: string) => V, cap = 20000): (s: string) => V {
  const m = new Map<string, V>();
  return (s: string) => {
    let v = m.get(s);
    if (v === undefined) {
      v = f(s);
      if (m.size < cap) m.set(s, v);
    }
    return v;
  };
}

/**
 * A text column's cells read once per distinct text: the table's key of a text cell's NFC text
 * (units, positions, movements, groups; −1 when blank). Movements, positions and groups (a few
 * texts in any order) are looked up in a textSlot first, then in a bounded map. Units are not: a
 * thousand units, each cell its own string, missed the slots often and made the map's work
 * dearer; their one slot is the row above's.
 */
class TextCells {
  private readonly slotText: (string | null)[];
  private readonly slotKey: Int32Array;
  private readonly seen = new Map<string, number>();
  /** keyOfText: the key of a cell's NFC text (null when blank). */
  constructor(readonly keyOfText: (text: string | null) => number, private readonly slotMask: number) {
    this.slotText = new Array<string | null>(slotMask + 1).fill(null);
    this.slotKey = new Int32Array(slotMask + 1);
  }

  /** The key of a text cell no longer than MAX_CELL_TEXT (a longer one is a problem, read per row). */
  keyOf(v: string): number {
    const slot = this.slotMask === 0 ? 0 : textSlot(v) & this.slotMask;
    if (v === this.slotText[slot]) return this.slotKey[slot];
    let key = this.seen.get(v);
    if (key === undefined) {
      const t = needsNfc(v) ? nfc(v) : v;
      key = this.keyOfText(t === '' ? null : t);
      if (this.seen.size < 20000) this.seen.set(v, key);
    }
    this.slotText[slot] = v;
    this.slotKey[slot] = key;
    return key;
  }
}

/** The key of the text the rows above give (a heading, the title), kept while that text lasts. */
class HeadingKey {
  private text: string | null = null;
  private key = -1;
  constructor(private readonly keyOfText: (text: string) => number) {}

  keyOf(text: string): number {
    if (text !== this.text) {
      this.text = text;
      this.key = this.keyOfText(text);
    }
    return this.key;
  }
}

/** The slots of a column of a few repeating texts (movements, positions, groups), − 1. */
const FEW_TEXTS_MASK = 255;


/** The mark cache's size − 1 (a power of two): a list uses a handful of mark texts. */
const MARK_SLOTS_MASK = 1023;
const KIND_SLOTS_MASK = 255;

/** Reads nominee rows of one sheet into a TableBuilder, under the column map in force. */
export class NomineeReader {
  private nameCol: ColumnMap | undefined;
  private unitCol: ColumnMap | undefined;
  private positionCol: ColumnMap | undefined;
  private movementCol: ColumnMap | undefined;
  private kindCol: ColumnMap | undefined;
  private groupCol: ColumnMap | undefined;
  private formCol: ColumnMap | undefined;
  private recCol: ColumnMap | undefined;
  private bonusCol: ColumnMap | undefined;
  private penaltyCol: ColumnMap | undefined;
  private scoreCol: ColumnMap | undefined;
  private voteCol: ColumnMap | undefined;
  /** Whether the columns in force have points, a bonus, a penalty or a score. */
  private hasPoints = false;
  private criteria: ColumnMap[] = [];
  /** The table's key of the criterion columns' letters. */
  private columnsKey = -1;
  private points: ColumnMap[] = [];
  /** The criterion columns' 0-based indexes into a row's values. */
  private criteriaCols = new Int32Array(0);
  /** Mark texts read, each in the slot of its length and first char, and their codes. */
  private readonly markSeen: (string | null)[] = new Array<string | null>(MARK_SLOTS_MASK + 1).fill(null);
  private readonly markSeenCode = new Uint8Array(MARK_SLOTS_MASK + 1);
  /** Kind texts read, each in its textSlot, and their kind codes (KIND_NONE: blank, the heading's kind). */
  private readonly kindSeen: (string | null)[] = new Array<string | null>(KIND_SLOTS_MASK + 1).fill(null);
  private readonly kindSeenCode = new Uint8Array(KIND_SLOTS_MASK + 1);
  private readonly units: TextCells;
  private readonly movements: TextCells;
  private readonly movementHeading: HeadingKey;
  private readonly groups: TextCells;
  private readonly groupHeading: HeadingKey;
  private readonly positions: TextCells;
  private readonly forms: TextCells;
  private readonly formHeading: HeadingKey;
  private readonly kindOfText = stringMemo(kindOf);
  // A text mark's code and its NFC text, once per distinct text.
  private readonly markOfText = stringMemo((v: string): { code: number; raw: string } => {
    const t = needsNfc(v) ? nfc(v) : v;
    const value: MarkValue = isEmpty(t) ? 'unmet' : markOf(t);
    return { code: value === 'met' ? MARK_MET : value === 'unmet' ? MARK_UNMET : MARK_UNREADABLE, raw: t };
  });
  private readonly dateMemo = new Map<unknown, ReturnType<typeof parseDate>>();
  private readonly dateOpts: { year: number | null };
  /** One context for every row (it only carries the row in hand to problem()). */
  private readonly ctx: RowCtx;
  /** Whether the row in hand's received cell was unreadable (receivedCell sets it). */
  private receivedUnreadable = false;

  /**
   * `date1904`: the sheet's date numbers are 1904-system serials (SheetData.date1904), so a number
   * in the received column is counted 1462 days on; a text date is read as written.
   */
  constructor(private readonly out: TableBuilder, sheet: string, year: number | null, private readonly warnings: SheetWarning[], private readonly date1904 = false) {
    this.units = new TextCells((u) => out.unitTextKeyOf(u), 0);
    this.movements = new TextCells((m) => out.movementKeyOf(m), FEW_TEXTS_MASK);
    this.groups = new TextCells((g) => out.groupKeyOf(g), FEW_TEXTS_MASK);
    this.movementHeading = new HeadingKey((m) => out.movementKeyOf(m));
    this.groupHeading = new HeadingKey((g) => out.groupKeyOf(g));
    this.positions = new TextCells((p) => out.positionKeyOf(p), FEW_TEXTS_MASK);
    this.forms = new TextCells((f) => out.formKeyOf(f), FEW_TEXTS_MASK);
    this.formHeading = new HeadingKey((f) => out.formKeyOf(f));
    this.dateOpts = { year };
    this.ctx = { sheet, row: 0, problems: NO_PROBLEMS, warnings };
  }

  /** The columns of the table in force (a second table on the sheet brings its own). */
  useColumns(cols: ColumnMap[]): void {
    const one = (f: Field) => cols.find((c) => c.field === f);
    this.criteria = cols.filter((c) => c.field === 'criterion');
    this.columnsKey = this.out.columnsKeyOf(this.criteria.map((c) => c.letter));
    this.criteriaCols = Int32Array.from(this.criteria, (c) => c.col - 1);
    this.points = cols.filter((c) => c.field === 'points');
    this.nameCol = one('name');
    this.unitCol = one('unit');
    this.positionCol = one('position');
    this.movementCol = one('movement');
    this.kindCol = one('kind');
    this.groupCol = one('group');
    this.formCol = one('form');
    if (this.formCol) this.out.hasForms = true;
    this.recCol = one('received');
    this.bonusCol = one('bonus');
    this.penaltyCol = one('penalty');
    this.scoreCol = one('score');
    this.voteCol = one('vote');
    this.hasPoints = this.points.length > 0 || !!this.bonusCol || !!this.penaltyCol || !!this.scoreCol;
  }

  /**
   * Reads the nominee on worksheet row rowNo (values are its cells) as the table's next row. The
   * kind, group, movement and award form given are the rows above's (headings, the title), for
   * cells that say nothing.
   */
  read(values: CellValue[], rowNo: number, kindAbove: Kind | null, groupAbove: string | null, movementAbove: string | null, formAbove: string | null = null): void {
    const ctx = this.ctx;
    const out = this.out;
    ctx.row = rowNo;
    ctx.problems = NO_PROBLEMS;
    // A clean name (nearly every one) is checked and hashed in one pass; any other the slow way.
    const nameCell = this.nameCol ? values[this.nameCol.col - 1] : undefined;
    let nameHash = typeof nameCell === 'string' && nameCell.length <= MAX_CELL_TEXT ? cleanFoldHash(nameCell) : NaN;
    let name: string | null;
    if (nameHash === nameHash) name = nameCell as string;
    else {
      name = textField(ctx, values, this.nameCol);
      nameHash = name === null ? 0 : foldKeyHash(name);
    }
    const unitKey = this.cellKey(this.units, values, this.unitCol);
    const positionKey = this.cellKey(this.positions, values, this.positionCol);
    let movementKey = this.cellKey(this.movements, values, this.movementCol);
    // A blank cell takes the heading's movement or group.
    if (movementKey < 0 && movementAbove !== null) movementKey = this.movementHeading.keyOf(movementAbove);
    const kind = this.kindCell(values, rowNo, kindAbove);
    let groupKey = this.cellKey(this.groups, values, this.groupCol);
    if (groupKey < 0 && groupAbove !== null) groupKey = this.groupHeading.keyOf(groupAbove);
    this.receivedUnreadable = false;
    const received = this.recCol ? this.receivedCell(values, this.recCol, rowNo) : NaN;
    const flags = !this.recCol ? NO_RECEIVED_COLUMN : this.receivedUnreadable ? RECEIVED_UNREADABLE : 0;

    const i = out.add(rowNo, name, nameHash, unitKey, positionKey, movementKey, groupKey, kindCode(kind), received, flags, NaN, this.columnsKey);
    if (this.formCol || formAbove !== null) {
      let formKey = this.cellKey(this.forms, values, this.formCol);
      if (formKey < 0 && formAbove !== null) formKey = this.formHeading.keyOf(formAbove);
      out.setForm(formKey);
      out.hasForms = true;
    }
    this.markCells(values, rowNo);
    if (this.hasPoints) this.pointsCells(values, rowNo, i);
    if (this.voteCol) this.voteCell(values, this.voteCol, rowNo);
    if (ctx.problems !== NO_PROBLEMS) out.problems.set(i, ctx.problems);
  }

  /** The key of a repeating column's cell (−1: blank): a text through its cache, anything else (a number, an error, a huge text) the slow way. */
  private cellKey(cells: TextCells, values: CellValue[], col: ColumnMap | undefined): number {
    if (!col) return -1;
    const v = values[col.col - 1];
    return typeof v === 'string' && v.length <= MAX_CELL_TEXT ? cells.keyOf(v) : cells.keyOfText(textField(this.ctx, values, col));
  }

  /**
   * The row's kind: its kind cell, else the kind given from above. With a kind column, what is given
   * from above is a group row's kind only ("I. TẬP THỂ", rows.ts), never the one the name header
   * implies: a blank kind cell under no group row is a problem naming the cell, so the row is never
   * scored as a collective or an individual by a guess.
   */
  private kindCell(values: CellValue[], rowNo: number, kindAbove: Kind | null): Kind | null {
    const kindCol = this.kindCol;
    if (!kindCol) return kindAbove;
    const v = values[kindCol.col - 1];
    // A kind text read before ("Cá nhân", "Tập thể" in any order): its reading from its slot.
    const cacheable = typeof v === 'string' && v.length <= MAX_CELL_TEXT;
    const slot = cacheable ? textSlot(v) & KIND_SLOTS_MASK : 0;
    let k: Kind | null | 'bad';
    let kindText: string | null = null;
    if (cacheable && v === this.kindSeen[slot]) {
      const code = this.kindSeenCode[slot];
      k = code === KIND_NONE ? null : (KINDS[code] as Kind);
    } else {
      kindText = textField(this.ctx, values, kindCol);
      k = kindText ? this.kindOfText(kindText) : null;
      if (cacheable && k !== 'bad') {
        this.kindSeen[slot] = v;
        this.kindSeenCode[slot] = kindCode(k);
      }
    }
    if (k === 'bad') {
      problem(this.ctx, kindCol, WB.badKind(cellRef(rowNo, kindCol.col), kindText as string), 'kind');
      return null;
    }
    if (k === null && kindAbove === null) problem(this.ctx, kindCol, WB.blankKind(cellRef(rowNo, kindCol.col), kindCol.header), 'kind');
    return k ?? kindAbove;
  }

  /** The received date's serial, NaN when the cell is blank or unreadable (then a problem says so). */
  private receivedCell(values: CellValue[], recCol: ColumnMap, rowNo: number): number {
    const cell = values[recCol.col - 1];
    if (typeof cell === 'number') {
      // A serial (Office.js gives date cells so): parseDate's own fast path, without its result object.
      const serial = serialFromNumber(serialFromBook(cell, this.date1904));
      if (serial >= MIN_SERIAL && serial <= MAX_SERIAL_PLAUSIBLE) return serial;
    } else if (cell instanceof Date) {
      // A date cell (exceljs: UTC midnight) is its UTC day, which parseDate would give: the serial
      // counts days from 30/12/1899, so 01/01/1970 (day 0 of getTime) is MIN_SERIAL.
      const serial = MIN_SERIAL + Math.floor(cell.getTime() / 86400000);
      if (serial >= MIN_SERIAL && serial <= MAX_SERIAL_PLAUSIBLE) return serial;
    }
    const ctx = this.ctx;
    const raw = cellValue(ctx, values, recCol);
    if (isEmpty(raw)) return NaN;
    const v = typeof raw === 'number' ? serialFromBook(raw, this.date1904) : raw;
    // One parse per distinct day (a Date cell by its UTC day number, a text by itself): lists
    // repeat a few hundred days over thousands of rows. A number takes parseDate's own fast path.
    const dk: unknown = v instanceof Date ? Math.floor(v.getTime() / 86400000) : typeof v === 'string' ? v : undefined;
    let d = dk === undefined ? undefined : this.dateMemo.get(dk);
    if (d === undefined) {
      d = parseDate(v, this.dateOpts);
      if (dk !== undefined && this.dateMemo.size < 20000) this.dateMemo.set(dk, d);
    }
    // A date far from today (before 1970, after 2099: a year typed alone, serial 0 shown as
    // 00/01/1900) is a typo, not a received date.
    if (d.ok && (d.serial < MIN_SERIAL || d.serial > MAX_SERIAL_PLAUSIBLE)) {
      this.receivedUnreadable = true;
      problem(ctx, recCol, WB.badDate(cellRef(rowNo, recCol.col), String(raw)));
      return NaN;
    }
    if (d.ok) return d.serial;
    this.receivedUnreadable = true;
    problem(ctx, recCol, `${WB.badDate(cellRef(rowNo, recCol.col), plainText(raw).slice(0, 80))} ${d.message}`);
    return NaN;
  }

  /** The row's criterion marks, as codes in the table (an unreadable one also as a warning). */
  private markCells(values: CellValue[], rowNo: number): void {
    const cols = this.criteriaCols;
    const m0 = this.out.addMarks(cols.length);
    const codes = this.out.markCodes;
    const seen = this.markSeen;
    const seenCode = this.markSeenCode;
    let met = 0;
    let unreadable = 0;
    for (let k = 0; k < cols.length; k++) {
      const v = values[cols[k]];
      let code: number;
      if (typeof v === 'string' && v.length <= MAX_CELL_TEXT) {
        // A mark text as read before ("x", "X", "Đạt", "", in any order down the row) is in the
        // slot of its length and first char, checked by ===: no hashing, and fewer steps than
        // textSlot (a row has ten marks; a handful of texts rarely share a slot).
        const slot = ((v.length << 5) ^ (v.length === 0 ? 0 : v.charCodeAt(0))) & MARK_SLOTS_MASK;
        if (v === seen[slot]) code = seenCode[slot];
        else {
          code = this.markOfText(v).code;
          seen[slot] = v;
          seenCode[slot] = code;
        }
        if (code === MARK_UNREADABLE) this.unreadableMark(m0 + k, this.markOfText(v).raw, this.criteria[k], rowNo);
      } else {
        const c = this.criteria[k];
        const cv = cellValue(this.ctx, values, c);
        const value: MarkValue = isEmpty(cv) ? 'unmet' : markOf(cv);
        code = value === 'met' ? MARK_MET : value === 'unmet' ? MARK_UNMET : MARK_UNREADABLE;
        if (code === MARK_UNREADABLE) this.unreadableMark(m0 + k, textOf(cv), c, rowNo);
      }
      codes[m0 + k] = code;
      met += code & 1;
      unreadable |= code & 2;
    }
    this.out.marksCounted(met, unreadable !== 0);
  }

  // The engine names an unreadable mark in the row's reasons itself; here it is only a warning.
  private unreadableMark(index: number, raw: string, c: ColumnMap, rowNo: number): void {
    this.out.markRaw.set(index, raw);
    this.warnings.push({ sheet: this.ctx.sheet, row: rowNo, column: c.letter, message: WB.badMark(c.letter + rowNo, raw.slice(0, 80)) });
  }

  private pointsCells(values: CellValue[], rowNo: number, i: number): void {
    const ctx = this.ctx;
    // The row number as text once: every cell reference of the row ends with it (cellRef's form).
    const rowText = String(rowNo);
    const pts: PointsCell[] = [];
    for (let k = 0; k < this.points.length; k++) pts.push(pointsCell(ctx, values, this.points[k], rowText));
    const bonus = this.bonusCol ? pointsCell(ctx, values, this.bonusCol, rowText) : null;
    const penalty = this.penaltyCol ? pointsCell(ctx, values, this.penaltyCol, rowText) : null;
    const givenScore = this.scoreCol ? pointsCell(ctx, values, this.scoreCol, rowText).value : null;
    if (pts.length > 0 || bonus || penalty || givenScore !== null) this.out.scoring.set(i, { points: pts, bonus, penalty, givenScore });
  }

  private voteCell(values: CellValue[], voteCol: ColumnMap, rowNo: number): void {
    const raw = values[voteCol.col - 1];
    // A share typed as a number in range (nearly every row) is read without a result object.
    if (typeof raw === 'number' && this.out.setVoteFromNumber(raw)) return;
    const v = cellValue(this.ctx, values, voteCol);
    if (isEmpty(v)) return;
    const n = numberOf(parseVote as never, v);
    if (n.ok) this.out.setVote(n.value ?? NaN);
    else problem(this.ctx, voteCol, WB.badVote(cellRef(rowNo, voteCol.col), plainText(v).slice(0, 80)));
  }
}
