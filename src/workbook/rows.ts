// Reading nominee rows under a detected header. Real lists mix nominees with group rows
// ("I. TẬP THỂ"), blank rows, a total row and a signature footer; only nominees become
// NominationInput, and anything unreadable becomes a RowProblem naming its cell (→ review), never a
// guess and never an exception.
import type { Kind, MarkValue, NominationInput, Plan, PointsCell, RowProblem, SheetWarning } from '../core/types';
import { cleanFoldHash, foldKey, foldKeyHash, nfc } from '../core/normalize';
import { parseDate } from '../core/dates';
import { parseMark, parseNumber, parseVote, voteFromNumber } from '../core/marks';
import {
  inputsOf, kindCode, MARK_MET, MARK_UNMET, MARK_UNREADABLE, NO_RECEIVED_COLUMN, RECEIVED_UNREADABLE, TableBuilder, type NominationTable,
} from '../core/table';
import { WB } from '../core/text/workbook';
import type { CellValue, SheetData } from './model';
import { classifyHeader, detectHeader, type ColumnMap, type Field, type HeaderDetection } from './header';
import { cellRef } from './a1';
import { cellText } from './cell';

/** Longer text than this in one cell is cut (with a warning): no name or unit is that long. */
export const MAX_CELL_TEXT = 1000;
/** The error text an adapter gives for a formula without a cached value (never calculated). */
export const NO_CACHED_VALUE = '#NO_VALUE';
/** Serials 1970-01-01 … 2099-12-31: the range a received date can plausibly take. */
const MIN_SERIAL = 25569;
const MAX_SERIAL_PLAUSIBLE = 73415;

export interface ReadResult {
  rows: NominationInput[];
  warnings: SheetWarning[];
  /** 1-based row of the last nominee (the header's last row when there is none). */
  lastRow: number;
}

export interface TableReadResult {
  table: NominationTable;
  warnings: SheetWarning[];
  /** 1-based row of the last nominee (the header's last row when there is none). */
  lastRow: number;
}

const DATA_FIELDS: Field[] = ['received', 'criterion', 'points', 'bonus', 'penalty', 'score', 'vote', 'kind', 'movement'];
const NOMINEE_FIELDS: Field[] = ['name', 'unit', 'position', ...DATA_FIELDS];

const FOOTER_RE =
  /^(nguoi lap( bieu)?|lanh dao|thu truong|(pho )?giam doc|(pho )?chanh van phong|chu tich|truong (phong|ban|khoa)|xac nhan|ky ten|ky( va)? ghi ro|noi nhan|tm |kt |ky duyet|nguoi duyet)|ngay \S* ?thang \S* ?nam/;
const TITLE_RE = /^(danh sach|bang tong hop|tong hop|kem theo|bieu mau|mau so)\b/;
const TOTAL_RE = /^(tong cong|tong so|cong)\b/;
/** The name cell of a total row ("Tổng cộng", "Cộng: 05", "Tổng số: 3 tập thể"); "Công đoàn …" is a name. */
const TOTAL_NAME_RE = /^(tong cong|tong so|cong)( \d+.*)?$|^(tong cong|tong so) /;
/** A remark under the table ("Ghi chú: danh sách gồm 05 tập thể…"), never a nominee. */
const REMARK_RE = /^(ghi chu|luu y|chu thich|chu y)\b/;
/** A group row's whole text naming a kind ("TẬP THỂ", "Cá nhân được đề nghị"): a heading even after a number. */
const KIND_HEADING_RE = /^(cac )?(danh sach )?(tap the|ca nhan)( duoc de nghi( khen thuong)?| de nghi( khen thuong)?)?$/;
const NUMERAL_RE = /^([ivxlc]+|[a-h]|\d{1,2})\s*[.)/:-]?\s+/;

/** JS whitespace (what String.prototype.trim removes), as a char test. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isEmpty(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // v.trim() === '' without building the trimmed string (every cell of every row is tested).
  for (let i = 0; i < v.length; i++) if (!isSpaceCode(v.charCodeAt(i))) return false;
  return true;
}

function isError(v: CellValue | undefined): v is { error: string } {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

const plainText = cellText;

// Adapters to the core parsers: they are the one place that knows their result shapes, so a change
// there is a change here only.
function markOf(v: unknown): MarkValue {
  const r: unknown = parseMark(v as never);
  if (r === 'met' || r === 'unmet' || r === 'unreadable') return r;
  if (r && typeof r === 'object' && 'value' in r) return (r as { value: MarkValue }).value;
  return 'unreadable';
}

function numberOf(fn: (x: never) => unknown, v: unknown): { ok: true; value: number | null } | { ok: false } {
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
/** No cell holds it: the mark cache's "nothing read yet". */
const NOT_SEEN = Symbol('not seen');

function problem(ctx: RowCtx, col: ColumnMap, message: string): void {
  if (ctx.problems === NO_PROBLEMS) ctx.problems = [];
  ctx.problems.push({ column: col.letter, message });
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
function cellValue(ctx: RowCtx, values: CellValue[], col: ColumnMap): CellValue {
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

function textField(ctx: RowCtx, values: CellValue[], col: ColumnMap | undefined): string | null {
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

/** A movement name without the generic words in front ("Phong trào thi đua thực hiện …"). */
function movementCore(name: string): string {
  let k = foldKey(name);
  for (;;) {
    const next = k.replace(/^(phong trao|thi dua|thuc hien|noi dung|chuyen de|day manh|ve viec|cong tac)\s+/, '');
    if (next === k) return k;
    k = next;
  }
}

function isIntegerLike(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return Number.isInteger(v);
  return typeof v === 'string' && /^\s*\d{1,5}\s*\.?\s*$/.test(v);
}

/** Bounded per-call memo of a function of a string (marks, kinds and footers repeat on every row). */
function stringMemo<V>(f: (s: string) => V, cap = 20000): (s: string) => V {
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
 * A text column's cells read once per distinct text: a text cell's NFC text (null when blank) and,
 * for units, its unitKey. Units, movements and groups repeat down a list; the row above's cell is
 * checked first, then a bounded map.
 */
class TextCells {
  private last: string | undefined = undefined;
  private lastEntry: TextEntry = { text: null, key: -1 };
  private readonly seen = new Map<string, TextEntry>();
  constructor(private readonly keyOf: ((text: string | null) => number) | null) {}

  /** The entry of a text cell no longer than MAX_CELL_TEXT (a longer one is a problem, read per row). */
  get(v: string): TextEntry {
    if (v === this.last) return this.lastEntry;
    let e = this.seen.get(v);
    if (e === undefined) {
      const t = needsNfc(v) ? nfc(v) : v;
      const text = t === '' ? null : t;
      e = { text, key: this.keyOf ? this.keyOf(text) : -1 };
      if (this.seen.size < 20000) this.seen.set(v, e);
    }
    this.last = v;
    this.lastEntry = e;
    return e;
  }
}

interface TextEntry {
  text: string | null;
  key: number;
}

/** Whether the row carries data: a mark, a number, a date… in one of the data columns. */
function rowHasData(values: CellValue[], dataCols: ColumnMap[], footerLike: (s: string) => boolean): boolean {
  for (const c of dataCols) {
    const v = values[c.col - 1];
    if (isEmpty(v)) continue;
    // The place-date line or a signature title written over a data column is footer text.
    if (typeof v === 'string' && footerLike(v)) continue;
    if (c.field === 'criterion') {
      if (markOf(v) !== 'unreadable') return true;
      continue;
    }
    if (c.field === 'points' || c.field === 'bonus' || c.field === 'penalty' || c.field === 'score') {
      const n = numberOf(parseNumber as never, v);
      if (n.ok && n.value !== null) return true;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * Reads every nominee row below the header. The table ends at the footer (signatures, "…, ngày …
 * tháng … năm …"); blank rows, group rows and a total row inside it are skipped.
 *
 * Lists run to 100,000 rows: the per-row tests that only a heading, footer or second header can
 * pass are made only on rows without a number in the STT column (the nominees have one), and texts
 * of repeating cells (marks, kinds, dates) are read once per distinct value.
 */
export function readNominations(sheet: SheetData, header: HeaderDetection, plan: Plan, opts?: { year?: number | null }): ReadResult {
  const r = readNominationTable(sheet, header, plan, opts);
  return { rows: inputsOf(r.table), warnings: r.warnings, lastRow: r.lastRow };
}

/** readNominations into a column table, the form the engine takes (no object per row or cell). */
export function readNominationTable(sheet: SheetData, header: HeaderDetection, plan: Plan, opts?: { year?: number | null }): TableReadResult {
  const year = opts?.year ?? plan.year ?? null;
  const warnings: SheetWarning[] = [];
  const out = new TableBuilder(Math.max(16, sheet.values.length - header.headerRow));
  // The column map in force; a second table on the sheet with a header of its own replaces it.
  let cols: ColumnMap[] = [];
  let criteria: ColumnMap[] = [];
  let criteriaLetters: string[] = [];
  let points: ColumnMap[] = [];
  let dataCols: ColumnMap[] = [];
  let nomineeCols: ColumnMap[] = [];
  let sttCol: ColumnMap | undefined;
  let nameCol: ColumnMap | undefined;
  let unitCol: ColumnMap | undefined;
  let positionCol: ColumnMap | undefined;
  let movementCol: ColumnMap | undefined;
  let kindCol: ColumnMap | undefined;
  let groupCol: ColumnMap | undefined;
  let recCol: ColumnMap | undefined;
  let bonusCol: ColumnMap | undefined;
  let penaltyCol: ColumnMap | undefined;
  let scoreCol: ColumnMap | undefined;
  let voteCol: ColumnMap | undefined;
  let defaultKind = header.defaultKind;
  const one = (f: Field) => cols.find((c) => c.field === f);
  // Per criterion column (by position): the last text mark read, its code and NFC text.
  let lastMark: unknown[] = [];
  // The kind column's last readable text cell and its kind.
  let lastKindCell: unknown = NOT_SEEN;
  let lastKind: Kind | null = null;
  const lastCode: number[] = [];
  // A one-character mark's code by its char code (NO_CODE until seen).
  const NO_CODE = 255;
  const charMarks = new Uint8Array(65536).fill(NO_CODE);
  // The engine names an unreadable mark in the row's reasons itself; here it is only a warning.
  const unreadableMark = (index: number, raw: string, c: ColumnMap, rowNo: number) => {
    out.markRaw.set(index, raw);
    warnings.push({ sheet: sheet.name, row: rowNo, column: c.letter, message: WB.badMark(c.letter + rowNo, raw.slice(0, 80)) });
  };
  const useColumns = (columns: ColumnMap[]) => {
    // Only the first header's columns are the user's table: the result band starts right of them.
    cols = columns.filter((c) => c.field && c.col <= header.lastCol);
    criteria = cols.filter((c) => c.field === 'criterion');
    criteriaLetters = criteria.map((c) => c.letter);
    lastMark = criteria.map(() => NOT_SEEN);
    lastKindCell = NOT_SEEN;
    points = cols.filter((c) => c.field === 'points');
    dataCols = cols.filter((c) => DATA_FIELDS.includes(c.field as Field));
    nomineeCols = cols.filter((c) => NOMINEE_FIELDS.includes(c.field as Field));
    sttCol = one('stt');
    nameCol = one('name');
    unitCol = one('unit');
    positionCol = one('position');
    movementCol = one('movement');
    kindCol = one('kind');
    groupCol = one('group');
    recCol = one('received');
    bonusCol = one('bonus');
    penaltyCol = one('penalty');
    scoreCol = one('score');
    voteCol = one('vote');
  };
  useColumns(header.columns);
  let currentKind: Kind | null = null;
  let currentGroup: string | null = null;
  let currentMovement: string | null = null;
  const movementKeys = plan.movements.map((m) => ({ id: m.id, key: movementCore(m.name) })).filter((m) => m.key.length >= 6);
  // Units often send one list per movement and say which in the title ("DANH SÁCH ĐỀ NGHỊ KHEN
  // THƯỞNG PHONG TRÀO THI ĐUA "THẦY THUỐC NHƯ MẸ HIỀN""): a title naming exactly one of the plan's
  // movements is the movement of every row (a movement column or heading still wins).
  if (plan.movements.length > 1) {
    const above: string[] = [];
    for (let r = 0; r < header.headerRow - 1; r++) above.push((sheet.values[r] ?? []).map((v) => plainText(v)).join(' '));
    const titleKey = foldKey(above.join(' '));
    const named = movementKeys.filter((m) => titleKey.includes(m.key));
    if (named.length === 1) currentMovement = named[0].id;
  }
  let lastRow = header.headerRow + header.headerRows - 1;
  const cellKey = (v: CellValue | undefined) => foldKey(plainText(v));
  // The header's own rows, as folded text per column: a header printed again after a page break
  // repeats them. A row is compared column by column and left at the first difference, so a
  // nominee row costs one cell's key (its STT) rather than a key of the whole row.
  const headerKeyRows: string[][] = [];
  for (let i = 0; i < header.headerRows; i++) {
    const vals = sheet.values[header.headerRow - 1 + i];
    const keys: string[] = [];
    for (let c = 0; c < header.lastCol; c++) keys.push(cellKey(vals?.[c]));
    headerKeyRows.push(keys);
  }
  // A number or a date folds to digits, spaces and at most 'e' ("1e 21"), or to 'nan'/'infinity':
  // against any other header key (the "stt" over the nominees' numbers) it differs without its text.
  const numericKey = headerKeyRows.map((keys) => keys.map((k) => /^[0-9e ]*$/.test(k) || k === 'nan' || k === 'infinity'));
  const repeatsHeader = (vals: CellValue[]): boolean => {
    for (let h = 0; h < headerKeyRows.length; h++) {
      const keys = headerKeyRows[h];
      let same = true;
      for (let c = 0; c < keys.length && same; c++) {
        const v = vals[c];
        // An empty cell's key is '': it cannot match a header cell with text.
        if (keys[c] !== '' && (v === null || v === undefined)) same = false;
        else if ((typeof v === 'number' || v instanceof Date) && !numericKey[h][c]) same = false;
        else same = cellKey(v) === keys[c];
      }
      if (same) return true;
    }
    return false;
  };
  const footerLike = stringMemo((s: string) => FOOTER_RE.test(foldKey(s)));
  const headerFieldOf = stringMemo((s: string) => classifyHeader(plainText(s)).field);
  const kindOfText = stringMemo(kindOf);
  // A text mark cell's code and its NFC text, once per distinct text (marks repeat on every row).
  const markOfText = stringMemo((v: string): { code: number; raw: string } => {
    const t = needsNfc(v) ? nfc(v) : v;
    const value: MarkValue = isEmpty(t) ? 'unmet' : markOf(t);
    return { code: value === 'met' ? MARK_MET : value === 'unmet' ? MARK_UNMET : MARK_UNREADABLE, raw: t };
  });
  const dateMemo = new Map<unknown, ReturnType<typeof parseDate>>();
  const dateOpts = { year };
  const filledBuf: number[] = [];
  const unitCells = new TextCells((u) => out.unitKeyOf(u));
  const movementCells = new TextCells(null);
  const groupCells = new TextCells(null);
  const positionCells = new TextCells(null);
  // A text cell of one of those columns, read through its cache; anything else (a number, an
  // error, a huge text) the slow way, with its problem.
  const cachedText = (cells: TextCells, values: CellValue[], col: ColumnMap | undefined): string | null => {
    if (!col) return null;
    const v = values[col.col - 1];
    return typeof v === 'string' && v.length <= MAX_CELL_TEXT ? cells.get(v).text : textField(ctx, values, col);
  };
  const ctx: RowCtx = { sheet: sheet.name, row: 0, problems: NO_PROBLEMS, warnings };

  for (let r = header.headerRow - 1 + header.headerRows; r < sheet.values.length; r++) {
    const values = sheet.values[r] ?? [];
    const rowNo = r + 1;
    const sttInt = sttCol ? isIntegerLike(values[sttCol.col - 1]) : false;
    // The filled cells, by column number. A numbered row (a nominee, nearly always) is only ever
    // asked whether it has exactly two, so its count stops at three.
    const width = Math.min(values.length, header.lastCol);
    const most = sttInt ? 3 : width;
    let nFilled = 0;
    for (let c = 0; c < width && nFilled < most; c++) if (!isEmpty(values[c])) filledBuf[nFilled++] = c + 1;
    if (nFilled === 0) continue;

    if (repeatsHeader(values)) continue;
    // Data a nominee row carries. Text in a criterion/points column that is no mark or number is not
    // data: footers often put the place-date line and signatures ("GIÁM ĐỐC") over those columns.
    // Only the tests below read it: every one for a row without an STT number, and the numbered
    // heading test for a numbered row of two cells.
    const hasData = !sttInt || nFilled === 2 ? rowHasData(values, dataCols, footerLike) : true;

    if (!sttInt) {
      const filled = filledBuf.slice(0, nFilled);
      const texts = filled.map((c) => cellKey(values[c - 1]));
      // Footer: signatures and the place-date line end the table.
      // The name cell of a footer row is empty or a footer phrase ("Người lập biểu"); a nominee whose
      // position is "Giám đốc" has a person's name there and is no footer.
      const nameKey = nameCol ? cellKey(values[nameCol.col - 1]) : '';
      if (!hasData && texts.some((t) => FOOTER_RE.test(t)) && (nameKey === '' || FOOTER_RE.test(nameKey))) break;
      // A total row is not a nominee, even with a count (a formula) under every criterion.
      if (texts.length <= 3 && texts.some((t) => TOTAL_RE.test(t))) continue;
      if (TOTAL_NAME_RE.test(nameKey)) continue;
      // Nor is a remark line between the table and the signatures.
      if (!hasData && filled.length === 1 && REMARK_RE.test(texts[0])) continue;

      // Group rows: "I. TẬP THỂ", "II. CÁ NHÂN", "1. Khối các xã, phường".
      if (!hasData && filled.length <= 2) {
        const joined = filled.map((c) => plainText(values[c - 1])).join(' ');
        const key = foldKey(joined);
        const hadNumeral = NUMERAL_RE.test(key);
        const rest = key.replace(NUMERAL_RE, '');
        if (/^(cac )?(danh sach )?tap the\b/.test(rest)) {
          currentKind = 'collective';
          continue;
        }
        if (/^(cac )?(danh sach )?ca nhan\b/.test(rest)) {
          currentKind = 'individual';
          continue;
        }
        if (/^(khoi|cum|nhom)\b/.test(rest)) {
          currentGroup = nfc(joined).replace(/^\s*([IVXLCivxlc]+|[A-Ha-h]|\d{1,2})\s*[.)/:-]?\s+/, '');
          continue;
        }
        // A heading naming one of the plan's movements ("1. Phong trào chuyển đổi số") sets the
        // movement of the rows under it, for lists without a movement column.
        const restCore = movementCore(rest);
        const mv = movementKeys.find((m) => restCore.length >= 6 && (restCore.includes(m.key) || m.key.includes(restCore)));
        if (mv && (hadNumeral || /^(phong trao|thi dua|noi dung|chuyen de)\b/.test(rest))) {
          currentMovement = mv.id;
          continue;
        }
        // "I. ĐỀ NGHỊ TẶNG GIẤY KHEN CHO TẬP THỂ": a numbered heading naming one kind.
        if (hadNumeral) {
          const tt = /\btap the\b/.test(rest);
          const cn = /\bca nhan\b/.test(rest);
          if (tt !== cn) {
            currentKind = tt ? 'collective' : 'individual';
            continue;
          }
        }
        // Another numbered heading ("III. KHÁC", "B. Phong trào …"): not a nominee.
        if (hadNumeral && /^([ivxlc]+|[a-h]) /.test(key)) continue;
      }

      // A repeated header (a second table, or a header repeated after a page break) and the title of
      // a second table are not nominees. Only text names a field, and it takes three fields.
      let textCells = 0;
      for (const c of filled) if (typeof values[c - 1] === 'string') textCells++;
      if (textCells >= 3) {
        const fields = new Set<Field>();
        for (const c of filled) {
          const v = values[c - 1];
          if (typeof v !== 'string') continue;
          const f = headerFieldOf(v);
          if (f) fields.add(f);
        }
        if (fields.has('name') && fields.size >= 3) {
          // A second table ("DANH SÁCH CÁ NHÂN…" under the collectives) with other columns: read
          // the rows under it by its own header, and take the kind its name header implies.
          const again = detectHeader(sheet.values.slice(r, r + 4), plan);
          if (again && again.headerRow === 1) {
            useColumns(again.columns);
            if (again.defaultKind) {
              defaultKind = again.defaultKind;
              currentKind = null;
            }
            r += again.headerRows - 1;
          }
          continue;
        }
      }
      if (!hasData && filled.length === 1 && texts[0] && TITLE_RE.test(texts[0])) continue;
    } else if (!hasData && nFilled === 2 && nameCol && (filledBuf[0] === nameCol.col || filledBuf[1] === nameCol.col)) {
      // "1 | TẬP THỂ": a group row numbered in the STT column like the nominees under it.
      const nameText = plainText(values[nameCol.col - 1]);
      const nk = foldKey(nameText);
      const k = KIND_HEADING_RE.exec(nk);
      if (k) {
        currentKind = k[3] === 'tap the' ? 'collective' : 'individual';
        continue;
      }
      // "1 | Khối các bệnh viện", "2 | Phong trào "Thầy thuốc như mẹ hiền"": headings numbered the same way.
      if (/^(khoi|cum|nhom)\b/.test(nk)) {
        currentGroup = nfc(nameText).trim();
        continue;
      }
      if (/^(phong trao|thi dua|noi dung|chuyen de)\b/.test(nk)) {
        const core = movementCore(nk);
        const mv = movementKeys.find((m) => core.length >= 6 && (core.includes(m.key) || m.key.includes(core)));
        if (mv) {
          currentMovement = mv.id;
          continue;
        }
      }
    }

    // A row with only a serial number is an unfilled template row.
    let nominee = false;
    for (let k = 0; k < nomineeCols.length; k++) {
      if (!isEmpty(values[nomineeCols[k].col - 1])) {
        nominee = true;
        break;
      }
    }
    if (!nominee) continue;

    // One context for every row (it only carries the row in hand to problem()); a problem list
    // only for a row with a problem.
    ctx.row = rowNo;
    ctx.problems = NO_PROBLEMS;
    // A clean name (nearly every one) is checked and hashed in one pass; any other the slow way.
    const nameCell = nameCol ? values[nameCol.col - 1] : undefined;
    let nameHash = typeof nameCell === 'string' && nameCell.length <= MAX_CELL_TEXT ? cleanFoldHash(nameCell) : NaN;
    let name: string | null;
    if (nameHash === nameHash) name = nameCell as string;
    else {
      name = textField(ctx, values, nameCol);
      nameHash = name === null ? 0 : foldKeyHash(name);
    }
    let unit: string | null;
    let unitKey: number;
    const unitCell = unitCol ? values[unitCol.col - 1] : undefined;
    if (typeof unitCell === 'string' && unitCell.length <= MAX_CELL_TEXT) {
      const e = unitCells.get(unitCell);
      unit = e.text;
      unitKey = e.key;
    } else {
      unit = textField(ctx, values, unitCol);
      unitKey = out.unitKeyOf(unit);
    }
    const position = cachedText(positionCells, values, positionCol);
    const movement = cachedText(movementCells, values, movementCol) ?? currentMovement;

    let kind: Kind | null = null;
    const kindCell = kindCol ? values[kindCol.col - 1] : undefined;
    if (kindCol && typeof kindCell === 'string' && kindCell === lastKindCell) {
      // The kind cell as on the row above (a column of "Cá nhân"): the same reading.
      kind = lastKind;
    } else {
      const kindText = textField(ctx, values, kindCol);
      if (kindCol && kindText) {
        const k = kindOfText(kindText);
        if (k === 'bad') problem(ctx, kindCol, WB.badKind(cellRef(rowNo, kindCol.col), kindText));
        else {
          kind = k;
          if (typeof kindCell === 'string') {
            lastKindCell = kindCell;
            lastKind = k;
          }
        }
      } else {
        kind = currentKind ?? defaultKind ?? null;
      }
    }
    const groupText = cachedText(groupCells, values, groupCol);

    let received = NaN;
    let flags = recCol ? 0 : NO_RECEIVED_COLUMN;
    if (recCol) {
      const v = cellValue(ctx, values, recCol);
      if (!isEmpty(v)) {
        // One parse per distinct day (a Date cell by its time, a text by itself): lists repeat a
        // few hundred days over thousands of rows. A number takes parseDate's own fast path.
        // A Date by its UTC day number, a small integer: parseDate reads a Date by its UTC day.
        const dk: unknown = v instanceof Date ? Math.floor(v.getTime() / 86400000) : typeof v === 'string' ? v : undefined;
        let d = dk === undefined ? undefined : dateMemo.get(dk);
        if (d === undefined) {
          d = parseDate(v, dateOpts);
          if (dk !== undefined && dateMemo.size < 20000) dateMemo.set(dk, d);
        }
        // A date far from today (before 1970, after 2099: a year typed alone, serial 0 shown as
        // 00/01/1900) is a typo, not a received date.
        if (d.ok && (d.serial < MIN_SERIAL || d.serial > MAX_SERIAL_PLAUSIBLE)) {
          flags |= RECEIVED_UNREADABLE;
          problem(ctx, recCol, WB.badDate(cellRef(rowNo, recCol.col), String(v)));
        } else if (d.ok) received = d.serial;
        else {
          flags |= RECEIVED_UNREADABLE;
          problem(ctx, recCol, `${WB.badDate(cellRef(rowNo, recCol.col), plainText(v).slice(0, 80))} ${d.message}`);
        }
      }
    }

    const i = out.add(rowNo, name, nameHash, unit, unitKey, position, movement, groupText ?? currentGroup, kindCode(kind), received, flags, NaN,
      criteriaLetters);
    const m0 = out.addMarks(criteria.length);
    const codes = out.markCodes;
    for (let k = 0; k < criteria.length; k++) {
      const c = criteria[k];
      const v = values[c.col - 1];
      let code: number;
      if (typeof v === 'string' && v.length <= 1) {
        // "x", "X", "": most marks are one character or none, read through a table by char code.
        if (v.length === 0) code = MARK_UNMET;
        else {
          const ch = v.charCodeAt(0);
          code = charMarks[ch];
          if (code === NO_CODE) code = charMarks[ch] = markOfText(v).code;
        }
      } else if (v === lastMark[k]) {
        // The column's mark as on the row above (longer marks repeat down a column too): no lookup.
        code = lastCode[k];
      } else if (typeof v === 'string' && v.length <= MAX_CELL_TEXT) {
        code = markOfText(v).code;
        lastMark[k] = v;
        lastCode[k] = code;
      } else {
        const cv = cellValue(ctx, values, c);
        const value: MarkValue = isEmpty(cv) ? 'unmet' : markOf(cv);
        code = value === 'met' ? MARK_MET : value === 'unmet' ? MARK_UNMET : MARK_UNREADABLE;
        if (code === MARK_UNREADABLE) unreadableMark(m0 + k, textOf(cv), c, rowNo);
      }
      codes[m0 + k] = code;
      if (code === MARK_UNREADABLE && typeof v === 'string' && v.length <= MAX_CELL_TEXT) unreadableMark(m0 + k, markOfText(v).raw, c, rowNo);
    }

    if (points.length > 0 || bonusCol || penaltyCol || scoreCol) {
      // The row number as text once: every cell reference of the row ends with it (cellRef's form).
      const rowText = String(rowNo);
      const pts: PointsCell[] = [];
      for (let k = 0; k < points.length; k++) pts.push(pointsCell(ctx, values, points[k], rowText));
      const bonus = bonusCol ? pointsCell(ctx, values, bonusCol, rowText) : null;
      const penalty = penaltyCol ? pointsCell(ctx, values, penaltyCol, rowText) : null;
      const givenScore = scoreCol ? pointsCell(ctx, values, scoreCol, rowText).value : null;
      if (pts.length > 0 || bonus || penalty || givenScore !== null) out.scoring.set(i, { points: pts, bonus, penalty, givenScore });
    }
    if (voteCol) {
      const raw = values[voteCol.col - 1];
      // A share typed as a number in range (nearly every row) is read without a result object.
      const fast = typeof raw === 'number' ? voteFromNumber(raw) : null;
      if (fast !== null) out.setVote(fast);
      else {
        const v = cellValue(ctx, values, voteCol);
        if (!isEmpty(v)) {
          const n = numberOf(parseVote as never, v);
          if (n.ok) out.setVote(n.value ?? NaN);
          else problem(ctx, voteCol, WB.badVote(cellRef(rowNo, voteCol.col), plainText(v).slice(0, 80)));
        }
      }
    }

    if (ctx.problems !== NO_PROBLEMS) out.problems.set(i, ctx.problems);
    lastRow = rowNo;
  }
  return { table: out.build(), warnings, lastRow };
}
