// Reading a "Lịch sử khen thưởng" sheet: who (name), unit, year, form, decision number, and
// optionally the kind, birth year and initiatives. Its header is found as a nominations header is
// (header.ts: the row naming the most known fields within the first rows, texts folded), with the
// history's own fields added; rows with a problem are reported with sheet, row and column, and kept
// out of the index rather than guessed.
import type { Kind, SheetWarning } from '../core/types';
import { cleanFoldHash, foldKey, nfc } from '../core/normalize';
import { serialFromNumber, serialYear } from '../core/dates';
import { serialFromBook } from '../core/dateSystem';
import { parseNumber } from '../core/marks';
import { matchForm } from '../core/forms/match';
import { nameHashOf, type HistoryRecord } from '../core/history/historyIndex';
import { HISTORY_SHEET_NAME, HISTORY_TEXT as H } from '../core/text/history';
import type { CellValue, Grid, SheetData } from './model';
import { classifyHeader, HEADER_SEARCH_ROWS } from './header';
import { cellRef, colLetter } from './a1';
import { cellText } from './cell';

export type HistoryField = 'stt' | 'name' | 'unit' | 'kind' | 'year' | 'form' | 'decision' | 'birthYear' | 'initiatives';

export interface HistoryColumn {
  col: number;
  letter: string;
  header: string;
  field: HistoryField;
}

export interface HistoryHeader {
  /** 1-based row of the header. */
  headerRow: number;
  columns: HistoryColumn[];
  /** The kind the name header implies ("Tên tập thể" → collective), for rows without a kind cell. */
  defaultKind: Kind | null;
  /** The last column with header text. */
  lastCol: number;
}

// The history's own headers (after folding); name, unit, kind and STT come from header.ts.
const EXACT: Record<string, HistoryField> = {
  nam: 'year',
  'nam khen thuong': 'year',
  'nam duoc khen': 'year',
  'nam duoc khen thuong': 'year',
  'nam dat': 'year',
  'nam xet': 'year',
  'nam hoc': 'year',
  'nam dat danh hieu': 'year',
  'nam cong nhan': 'year',
  'hinh thuc': 'form',
  'hinh thuc khen thuong': 'form',
  'danh hieu': 'form',
  'danh hieu thi dua': 'form',
  'danh hieu hinh thuc khen thuong': 'form',
  'hinh thuc danh hieu': 'form',
  'hinh thuc khen thuong danh hieu thi dua': 'form',
  'danh hieu thi dua hinh thuc khen thuong': 'form',
  'khen thuong': 'form',
  'noi dung khen thuong': 'form',
  'so quyet dinh': 'decision',
  'quyet dinh so': 'decision',
  'so qd': 'decision',
  'qd so': 'decision',
  'quyet dinh': 'decision',
  'so ky hieu': 'decision',
  'so ky hieu quyet dinh': 'decision',
  'so ngay quyet dinh': 'decision',
  'so quyet dinh ngay thang': 'decision',
  'nam sinh': 'birthYear',
  'ngay sinh': 'birthYear',
  'ngay thang nam sinh': 'birthYear',
  'sang kien': 'initiatives',
  'so sang kien': 'initiatives',
  'sang kien duoc cong nhan': 'initiatives',
  'so sang kien duoc cong nhan': 'initiatives',
};

const PREFIX: [string, HistoryField][] = [
  ['so quyet dinh', 'decision'],
  ['quyet dinh so', 'decision'],
  ['hinh thuc khen thuong', 'form'],
  ['danh hieu thi dua', 'form'],
  ['so sang kien', 'initiatives'],
  ['nam khen thuong', 'year'],
];

/** A history header's field: the history's own first, then the nominations header's. */
export function classifyHistoryHeader(text: string): HistoryField | null {
  const k = foldKey(text);
  if (!k) return null;
  const own = EXACT[k];
  if (own) return own;
  for (const [p, f] of PREFIX) if (k.startsWith(p + ' ')) return f;
  const g = classifyHeader(text).field;
  return g === 'name' || g === 'unit' || g === 'kind' || g === 'stt' ? g : null;
}

function kindFromNameHeader(header: string): Kind | null {
  const k = foldKey(header);
  const collective = /\b(tap the|co quan|don vi)\b/.test(k);
  const individual = /\b(ca nhan|ho va ten|ho ten)\b/.test(k);
  return collective === individual ? null : collective ? 'collective' : 'individual';
}

/** The header row: the one naming the most fields among those with a name, a year and a form. */
export function detectHistoryHeader(values: Grid): HistoryHeader | null {
  let best: { r: number; columns: HistoryColumn[] } | null = null;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r] ?? [];
    const columns: HistoryColumn[] = [];
    const seen = new Set<HistoryField>();
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (!t || t.length > 200) continue;
      const f = classifyHistoryHeader(t);
      if (!f || seen.has(f)) continue;
      seen.add(f);
      columns.push({ col: c + 1, letter: colLetter(c + 1), header: t, field: f });
    }
    if (!seen.has('name') || !seen.has('year') || !seen.has('form')) continue;
    if (!best || columns.length > best.columns.length) best = { r, columns };
  }
  if (!best) return null;
  const row = values[best.r] ?? [];
  let lastCol = 0;
  for (let c = 0; c < row.length; c++) if (cellText(row[c])) lastCol = c + 1;
  const name = best.columns.find((c) => c.field === 'name') as HistoryColumn;
  return { headerRow: best.r + 1, columns: best.columns, defaultKind: kindFromNameHeader(name.header), lastCol };
}

export interface HistoryRead {
  records: HistoryRecord[];
  warnings: SheetWarning[];
  /** 1-based row of the last row read (the header's when none). */
  lastRow: number;
}

const KIND_HEADING = /^((i|ii|iii|iv|v|a|b|\d{1,2})\s*[.)/:-]?\s+)?(danh sach )?(tap the|ca nhan)$/;

function kindOf(text: string): Kind | null | 'bad' {
  const k = foldKey(text);
  if (!k) return null;
  if (k === 'tt' || k.startsWith('tap the') || k === 'don vi') return 'collective';
  if (k === 'cn' || k.startsWith('ca nhan')) return 'individual';
  return 'bad';
}

type YearRead = { year: number; note?: 'school' } | { error: 'none' | 'bad' };

/**
 * A year cell: 2024, "2024", "Năm 2024", a date (its year), "2023-2024" (a school year: its end).
 * `date1904`: a date cell's number is a 1904-system serial (SheetData.date1904).
 */
export function readYear(v: CellValue | undefined, date1904 = false): YearRead {
  if (v === null || v === undefined || v === '') return { error: 'none' };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: 'bad' } : { year: v.getUTCFullYear() };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2200) return { year: v };
    const s = serialFromNumber(serialFromBook(v, date1904));
    // A date cell given as a serial (Office.js) in a year column: its year.
    return s !== -1 && v > 3000 ? { year: serialYear(s) } : { error: 'bad' };
  }
  if (typeof v !== 'string') return { error: 'bad' };
  const k = foldKey(v);
  if (!k) return { error: 'none' };
  const school = /^(nam hoc )?((19|20)\d\d) ((19|20)\d\d)$/.exec(k);
  if (school && Number(school[4]) === Number(school[2]) + 1) return { year: Number(school[4]), note: 'school' };
  const m = /^(nam )?((19|20|21)\d\d)$/.exec(k);
  if (m) return { year: Number(m[2]) };
  const d = /^\d{1,2} \d{1,2} ((19|20)\d\d)$/.exec(k);
  return d ? { year: Number(d[1]) } : { error: 'bad' };
}

/**
 * A column's cells as text, each distinct raw text made NFC once (units, forms, decisions and
 * names repeat down a history of 200,000 rows; the same text also comes back as the same string,
 * so records share it). A bounded memo: a history of distinct texts does not grow it without end.
 */
function textMemo(): (v: CellValue | undefined) => string {
  let memo = new Map<string, string>();
  return (v) => {
    if (typeof v !== 'string') return typeof v === 'object' && v !== null && !(v instanceof Date) ? '' : cellText(v);
    let t = memo.get(v);
    if (t === undefined) {
      if (memo.size >= 100000) memo = new Map();
      memo.set(v, (t = cellText(v)));
    }
    return t;
  };
}

const isErrorCell = (v: CellValue | undefined): v is { error: string } => typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;

/** Reads every history row under the header; a row with a problem is reported and left out. */
export function readHistory(sheet: SheetData, header: HistoryHeader): HistoryRead {
  const warnings: SheetWarning[] = [];
  const records: HistoryRecord[] = [];
  const col = (f: HistoryField) => header.columns.find((c) => c.field === f);
  const nameCol = col('name') as HistoryColumn;
  const yearCol = col('year') as HistoryColumn;
  const formCol = col('form') as HistoryColumn;
  const unitCol = col('unit');
  const kindCol = col('kind');
  const decisionCol = col('decision');
  const birthCol = col('birthYear');
  const initCol = col('initiatives');
  const at = (c: HistoryColumn | undefined) => (c ? c.col - 1 : -1);
  const [ni, yi, fi, ui, ki, di, bi, ii] = [nameCol, yearCol, formCol, unitCol, kindCol, decisionCol, birthCol, initCol].map(at);
  const colIdx = header.columns.map((c) => c.col - 1);
  let headingKind: Kind | null = null;
  let lastRow = header.headerRow;
  // Units, forms, decisions and names repeat down a history: each distinct text is read once, and
  // is the same string in every record.
  const names = textMemo();
  const texts = textMemo();
  const kinds = new Map<string, Kind | null | 'bad'>();
  const rows = sheet.values;
  const date1904 = sheet.date1904 === true;
  // The row being read, for warn() (a closure per row would be 200,000 allocations).
  let rowNo = 0;
  const warn = (c: HistoryColumn, message: string) => warnings.push({ sheet: sheet.name, row: rowNo, column: c.letter, message });
  for (let r = header.headerRow; r < rows.length; r++) {
    const values = rows[r] ?? [];
    rowNo = r + 1;
    let errorAt = -1;
    for (let k = 0; k < colIdx.length && errorAt < 0; k++) if (isErrorCell(values[colIdx[k]])) errorAt = k;
    if (errorAt >= 0) {
      const c = header.columns[errorAt];
      warn(c, H.formError(cellRef(rowNo, c.col), (values[c.col - 1] as { error: string }).error));
      continue;
    }
    const nameCell = values[ni];
    // A clean name (nearly every one) is its own NFC and is hashed in the same pass.
    let nameHash = typeof nameCell === 'string' ? cleanFoldHash(nameCell) : NaN;
    const name = nameHash === nameHash ? (nameCell as string) : names(nameCell);
    const yearCell = values[yi];
    const formText = texts(values[fi]);
    if (!name && !formText && (yearCell === null || yearCell === undefined || yearCell === '')) {
      // A heading row ("I. TẬP THỂ") sets the kind of the rows under it; any other row without
      // name, year and form (blank, a note, a signature) is no record.
      const filled = values.map((v) => cellText(v)).filter(Boolean);
      const h = filled.length === 1 ? KIND_HEADING.exec(foldKey(filled[0])) : null;
      if (h) headingKind = h[4] === 'tap the' ? 'collective' : 'individual';
      continue;
    }
    lastRow = rowNo;
    if (!name) {
      warn(nameCol, H.noName(cellRef(rowNo, nameCol.col)));
      continue;
    }
    // A year written as a number (nearly every one) without readYear's object.
    let year: number;
    if (typeof yearCell === 'number' && Number.isInteger(yearCell) && yearCell >= 1900 && yearCell <= 2200) year = yearCell;
    else {
      const y = readYear(yearCell, date1904);
      if ('error' in y) {
        warn(yearCol, y.error === 'none' ? H.noYear(cellRef(rowNo, yearCol.col)) : H.badYear(cellRef(rowNo, yearCol.col), cellText(yearCell)));
        continue;
      }
      if (y.note === 'school') warn(yearCol, H.schoolYear(cellRef(rowNo, yearCol.col), cellText(yearCell), y.year));
      year = y.year;
    }
    if (!formText) {
      warn(formCol, H.noForm(cellRef(rowNo, formCol.col)));
      continue;
    }
    let kind: Kind | null = headingKind ?? header.defaultKind;
    let kindInferred = kind !== null;
    const kt = ki >= 0 ? texts(values[ki]) : '';
    if (kt && kindCol) {
      let k = kinds.get(kt);
      if (k === undefined) kinds.set(kt, (k = kindOf(kt)));
      if (k === 'bad') warn(kindCol, H.badKind(cellRef(rowNo, kindCol.col), kt));
      else {
        kind = k;
        kindInferred = false;
      }
    }
    const birthYear = birthCol ? readBirthYear(values[bi], date1904) : null;
    if (birthCol && birthYear === 'bad') warn(birthCol, H.badBirthYear(cellRef(rowNo, birthCol.col), texts(values[bi])));
    let initiatives: number | null = null;
    if (initCol) {
      const iv = values[ii];
      if (typeof iv === 'number' && Number.isInteger(iv) && iv >= 0) initiatives = iv;
      else {
        const it = texts(iv);
        if (it) {
          const n = typeof iv === 'number' ? iv : parseNumber(it);
          if (n === null || n < 0 || !Number.isInteger(n)) warn(initCol, H.badNumber(cellRef(rowNo, initCol.col), it));
          else initiatives = n;
        } else initiatives = 0;
      }
    }
    const unit = ui >= 0 ? texts(values[ui]) : '';
    const decision = di >= 0 ? texts(values[di]) : '';
    if (nameHash !== nameHash) nameHash = nameHashOf(name);
    const record: HistoryRecord = {
      row: rowNo,
      name,
      nameHash,
      unit: unit || null,
      year,
      formText,
      form: matchForm(formText)?.id ?? null,
      decision: decision || null,
      kind,
      // Undefined rather than absent: every record has the same shape (V8 keeps one hidden class).
      kindInferred: kindInferred || undefined,
      birthYear: birthYear === 'bad' ? null : birthYear,
      initiatives,
    };
    records.push(record);
  }
  return { records, warnings, lastRow };
}

function readBirthYear(v: CellValue | undefined, date1904: boolean): number | null | 'bad' {
  if (v === null || v === undefined || v === '') return null;
  const y = readYear(v, date1904);
  if (!('error' in y)) return y.year;
  const t = foldKey(cellText(v));
  const m = /\b((19|20)\d\d)$/.exec(t);
  return m ? Number(m[1]) : 'bad';
}

/** The history sheet of a workbook: the first sheet with a history header, read. */
export function findHistorySheet(sheets: readonly SheetData[]): { sheet: SheetData; header: HistoryHeader } | null {
  for (const sheet of sheets) {
    const header = detectHistoryHeader(sheet.values);
    if (header) return { sheet, header };
  }
  return null;
}

const HISTORY_KEY = foldKey(HISTORY_SHEET_NAME);

/**
 * A workbook's own history is its sheet named "Lịch sử khen thưởng" (case and Unicode form aside,
 * as Excel finds a sheet by name): it is never the list to score, and the append step writes to it.
 */
export function isHistorySheetName(name: string): boolean {
  return foldKey(nfc(name)) === HISTORY_KEY;
}
