// One worksheet → SheetData, streamed row by row as the part inflates. Two forms of the same
// values: "cli" is what the command line has always handed the workbook layer (dates as Date, an
// error as {error}, a formula never calculated as {error: NO_CACHED_VALUE}, General as ''), and
// "office" is what Office.js hands over (dates as serial numbers with their format, errors as their
// text, General as "General"), for the playground and the browser. Formulas give their cached
// result, rich text and hyperlinks their plain text, merged cells their top-left cell only.
//
// What Excel would call corrupt is refused here, naming the cell: a row number outside 1–1,048,576
// or out of order, a cell outside A1:XFD1048576 or in the wrong row, a style (s=) past the cell
// formats, a shared-string index past the table.
import { UserError } from '../core/errors';
import { PKG_TEXT, XML_PROBLEM } from '../core/text/package';
import { NO_CACHED_VALUE, type CellValue, type SheetData } from '../workbook/model';
import type { PackageSheet, XlsxPackage } from './book';
import { splitSheet } from './sheetStream';
import { itemText, own } from './sharedStrings';
import { attr, decodeEscapes, decodeXml, XmlProblem } from './xml';
import { colLetter, MAX_COL, MAX_ROW, parseCellRef } from './a1';
import { DAYS_1904 } from '../core/dateSystem';

export type SheetForm = 'cli' | 'office';

export interface SheetReadOptions {
  form?: SheetForm;
  /**
   * Number formats beside the values (default: with the office form only). The workbook layer reads
   * dates from the values and never reads formats; at 50,000 rows they cost ~9 MB.
   */
  formats?: boolean;
  /** Rows beyond which the sheet is refused with a UserError naming it (counted as they are). */
  maxRows?: number;
}

export interface SheetRead {
  data: SheetData;
  /** Merged ranges as written ("A1:I1"). */
  merges: string[];
  /** The last row number the sheet holds (0 when none). */
  lastRow: number;
}

const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;

interface Ctx {
  file: string;
  sheet: string;
  p: string;
  shared: (string | null)[];
  formats: string[];
  isDate: boolean[];
  styleCount: number;
  date1904: boolean;
  office: boolean;
}

/** Reads one worksheet of an opened package. */
export function readSheet(pkg: XlsxPackage, sheet: PackageSheet, o: SheetReadOptions = {}): SheetRead {
  const chunks = pkg.parts.textChunks(sheet.path);
  if (!chunks) throw new UserError(PKG_TEXT.missingPart(pkg.file, sheet.path));
  const office = o.form === 'office';
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const seenFmt = new Map<number, Map<number, string>>();
  const ctx: Ctx = {
    file: pkg.file,
    sheet: sheet.name,
    p: '',
    shared: pkg.shared,
    formats: pkg.styles.formats,
    isDate: pkg.styles.isDate,
    styleCount: pkg.styles.count,
    date1904: pkg.date1904,
    office,
  };
  const merges: string[] = [];
  const mergeTags = new TailTags('mergeCell', (attrs) => {
    const ref = attr(attrs, 'ref');
    if (ref !== null) merges.push(ref);
  });
  let prevRow = 0;
  let rowCount = 0;
  const maxRows = o.maxRows ?? Infinity;
  try {
    splitSheet(chunks, {
      head: (_text, root) => {
        ctx.p = root.p;
        mergeTags.prefix(root.p);
      },
      gap: () => undefined,
      row: (text) => {
        const r = rowNumber(text, ctx, prevRow);
        prevRow = r;
        rowCount++;
        if (rowCount > maxRows) return;
        readRow(text, r, ctx, values, formats, seenFmt);
      },
      tail: (text) => mergeTags.push(text),
    });
  } catch (e) {
    if (e instanceof XmlProblem) throw new UserError(PKG_TEXT.badXml(pkg.file, sheet.path, e.what));
    throw e;
  }
  if (rowCount > maxRows) throw new UserError(PKG_TEXT.tooManyRows(pkg.file, sheet.name, rowCount, maxRows));
  try {
    applyMerges(merges, values, formats, seenFmt);
  } catch (e) {
    if (e instanceof XmlProblem) throw new UserError(PKG_TEXT.badXml(pkg.file, sheet.path, e.what));
    throw e;
  }
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) values[i] = [];
    if (!formats[i]) formats[i] = [];
  }
  pkg.sheetInfo.set(sheet.path, { merges, lastRow: prevRow });
  const data: SheetData = { name: sheet.name, values };
  if (o.formats ?? office) data.numberFormats = formats;
  if (sheet.visibility !== 'Visible') data.visibility = sheet.visibility;
  return { data: office ? officeGrid(data) : data, merges, lastRow: prevRow };
}

/** The row's number: its r= (1–1,048,576, above the previous row), else the row after the previous. */
function rowNumber(text: string, ctx: Ctx, prev: number): number {
  const gt = text.indexOf('>');
  const raw = attr(text.slice(ctx.p.length + 4, gt), 'r');
  if (raw === null) {
    if (prev + 1 > MAX_ROW) throw new UserError(PKG_TEXT.badRow(ctx.file, ctx.sheet, String(prev + 1)));
    return prev + 1;
  }
  const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_ROW && n > prev)) throw new UserError(PKG_TEXT.badRow(ctx.file, ctx.sheet, raw));
  return n;
}

/** A cell's t= as a small number (ST_CellType): compared without making a string per cell. */
const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

/**
 * What a cell's start tag says, read straight from the row's text (no substring per attribute: at
 * 550,000 cells the small strings were most of the reading time and all of its garbage).
 */
const tag = {
  /** Column and row from r=, 0 when absent; -1 when r= is no cell of the grid. */
  col: 0,
  row: 0,
  rFrom: -1,
  rTo: -1,
  /** s=: the style index, 0 when absent, -1 when not a number. */
  s: 0,
  sFrom: -1,
  sTo: -1,
  t: T_N,
};

function readTag(text: string, k: number, end: number): void {
  tag.col = tag.row = 0;
  tag.rFrom = tag.sFrom = -1;
  tag.s = 0;
  tag.t = T_N;
  while (k < end) {
    let c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      k++;
      continue;
    }
    const nameStart = k;
    while (k < end && (c = text.charCodeAt(k)) !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) k++;
    const oneChar = k - nameStart === 1 ? text.charCodeAt(nameStart) : 0;
    while (k < end && (c = text.charCodeAt(k)) !== 34 && c !== 39) k++;
    if (k >= end) throw new XmlProblem(XML_PROBLEM.badAttr('c', text.slice(nameStart, end)));
    const from = k + 1;
    const to = text.indexOf(c === 34 ? '"' : "'", from);
    if (to < 0 || to > end) throw new XmlProblem(XML_PROBLEM.badAttr('c', text.slice(nameStart, end)));
    if (oneChar === 114) refAt(text, from, to);
    else if (oneChar === 115) styleAt(text, from, to);
    else if (oneChar === 116) tag.t = typeAt(text, from, to);
    k = to + 1;
  }
}

function refAt(text: string, from: number, to: number): void {
  tag.rFrom = from;
  tag.rTo = to;
  let j = from;
  let col = 0;
  for (; j < to && j - from < 4; j++) {
    const c = text.charCodeAt(j) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  const digits = j;
  for (; j < to && j - digits < 8; j++) {
    const c = text.charCodeAt(j) - 48;
    if (c < 0 || c > 9 || (c === 0 && j === digits)) break;
    row = row * 10 + c;
  }
  const ok = j === to && digits > from && digits - from <= 3 && row >= 1 && row <= MAX_ROW && col <= MAX_COL;
  tag.col = ok ? col : -1;
  tag.row = ok ? row : -1;
}

function styleAt(text: string, from: number, to: number): void {
  tag.sFrom = from;
  tag.sTo = to;
  let v = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j) - 48;
    if (c < 0 || c > 9 || j - from > 8) {
      tag.s = -1;
      return;
    }
    v = v * 10 + c;
  }
  tag.s = to > from ? v : -1;
}

function typeAt(text: string, from: number, to: number): number {
  const n = to - from;
  const c = text.charCodeAt(from);
  if (n === 1) {
    if (c === 115) return T_S;
    if (c === 110) return T_N;
    if (c === 98) return T_B;
    if (c === 101) return T_E;
    if (c === 100) return T_D;
  } else if (n === 3 && text.startsWith('str', from)) return T_STR;
  else if (n === 9 && text.startsWith('inlineStr', from)) return T_INLINE;
  throw new XmlProblem(XML_PROBLEM.badAttr('t', text.slice(from, to)));
}

/** The tags of one prefix, made once per sheet. */
interface Tags {
  c: string;
  cClose: string;
  v: string;
  vClose: string;
}
const TAGS = new Map<string, Tags>();
function tagsOf(p: string): Tags {
  let t = TAGS.get(p);
  if (!t) TAGS.set(p, (t = { c: `<${p}c`, cClose: `</${p}c>`, v: `<${p}v>`, vClose: `</${p}v>` }));
  return t;
}

function readRow(text: string, row: number, ctx: Ctx, values: CellValue[][], formats: string[][], seenFmt: Map<number, Map<number, string>>): void {
  const rowGt = text.indexOf('>');
  if (text.charCodeAt(rowGt - 1) === 47) return;
  const T = tagsOf(ctx.p);
  let vals: CellValue[] | null = null;
  let fmts: string[] | null = null;
  let col = 0;
  for (let i = text.indexOf(T.c, rowGt); i >= 0; ) {
    const a = i + T.c.length;
    const after = text.charCodeAt(a);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      throw new XmlProblem(XML_PROBLEM.strayContent(text.slice(i, i + 40)));
    }
    const gt = text.indexOf('>', a);
    const selfClosed = text.charCodeAt(gt - 1) === 47;
    readTag(text, a, selfClosed ? gt - 1 : gt);
    let bodyEnd = gt + 1;
    let next = gt + 1;
    if (!selfClosed) {
      bodyEnd = text.indexOf(T.cClose, gt);
      if (bodyEnd < 0) throw new XmlProblem(XML_PROBLEM.unclosed(`${ctx.p}c`));
      next = bodyEnd + T.cClose.length;
    }
    // Column: from r= (which must be in this row and right of the previous cell), else the next one.
    if (tag.rFrom >= 0) {
      if (tag.col < 0 || tag.row !== row) throw new UserError(PKG_TEXT.badCellRef(ctx.file, ctx.sheet, text.slice(tag.rFrom, tag.rTo)));
      if (tag.col <= col) throw new XmlProblem(XML_PROBLEM.columnsOutOfOrder(text.slice(tag.rFrom, tag.rTo)));
      col = tag.col;
    } else {
      col += 1;
      if (col > MAX_COL) throw new UserError(PKG_TEXT.badCellRef(ctx.file, ctx.sheet, `${colLetter(col)}${row}`));
    }
    const sId = tag.s;
    if (sId !== 0 && !(sId > 0 && sId < ctx.styleCount)) {
      throw new UserError(PKG_TEXT.badStyle(ctx.file, ctx.sheet, `${colLetter(col)}${row}`, text.slice(tag.sFrom, tag.sTo), ctx.styleCount));
    }
    let fmt = sId ? ctx.formats[sId] : '';
    const isDate = sId ? ctx.isDate[sId] : false;
    let cell: CellValue | undefined;
    if (bodyEnd === gt + 1) cell = sId ? undefined : null;
    else {
      // The usual body, <v>…</v> alone, is read in place; anything else through the general reader.
      const vAt = gt + 1;
      const innerEnd = bodyEnd - T.vClose.length;
      if (text.startsWith(T.v, vAt) && text.startsWith(T.vClose, innerEnd) && text.indexOf('<', vAt + T.v.length) === innerEnd) {
        cell = plainValue(text, vAt + T.v.length, innerEnd, isDate, ctx, row, col);
      } else cell = cellValue(text.slice(gt + 1, bodyEnd), tag.t, isDate, ctx, row, col);
    }
    if (cell === undefined && !sId) cell = null;
    // An ISO date cell (t="d") is a date even without a date format, as Excel shows it.
    if (tag.t === T_D && cell !== null && cell !== undefined && !isDate) fmt = 'dd/mm/yyyy';
    if (cell === undefined) {
      // An empty styled cell holds no value; a merge may still make it a (null) slave with its format.
      let m = seenFmt.get(row);
      if (!m) seenFmt.set(row, (m = new Map()));
      m.set(col, fmt);
    } else {
      if (!vals) {
        vals = values[row - 1] ?? (values[row - 1] = []);
        fmts = formats[row - 1] ?? (formats[row - 1] = []);
      }
      vals[col - 1] = cell;
      fmts![col - 1] = fmt;
    }
    i = text.indexOf(T.c, next);
  }
  if (vals) {
    for (let k = 0; k < vals.length; k++) {
      if (vals[k] === undefined) vals[k] = null;
      if (fmts![k] === undefined) fmts![k] = '';
    }
  }
}

/** A cell whose body is only <v>…</v> (no formula, no inline string), read from the row's text. */
function plainValue(text: string, from: number, to: number, isDate: boolean, ctx: Ctx, row: number, col: number): CellValue | undefined {
  if (from === to) return undefined;
  if (tag.t === T_S) {
    let i = 0;
    for (let j = from; j < to; j++) {
      const c = text.charCodeAt(j) - 48;
      if (c < 0 || c > 9 || j - from > 9) {
        i = -1;
        break;
      }
      i = i * 10 + c;
    }
    if (!(i >= 0 && i < ctx.shared.length)) throw new UserError(PKG_TEXT.badShared(ctx.file, ctx.sheet, `${colLetter(col)}${row}`, text.slice(from, to), ctx.shared.length));
    return ctx.shared[i];
  }
  const raw = text.slice(from, to);
  if (tag.t === T_STR || tag.t === T_INLINE) return own(decodeEscapes(decodeXml(raw)));
  return typed(tag.t === T_E ? decodeXml(raw) : raw, tag.t, isDate, ctx, row, col);
}

/** The first element `qname` in a cell body: [attrs, inner, found]. */
function child(body: string, qname: string): { attrs: string; inner: string } | null {
  const open = `<${qname}`;
  for (let i = body.indexOf(open); i >= 0; i = body.indexOf(open, i + 1)) {
    const c = body.charCodeAt(i + open.length);
    if (c !== 62 && c !== 32 && c !== 47 && c !== 9 && c !== 10 && c !== 13) continue;
    const gt = body.indexOf('>', i);
    if (body.charCodeAt(gt - 1) === 47) return { attrs: body.slice(i + open.length, gt - 1), inner: '' };
    const close = body.indexOf(`</${qname}>`, gt);
    if (close < 0) throw new XmlProblem(XML_PROBLEM.unclosed(qname));
    return { attrs: body.slice(i + open.length, gt), inner: body.slice(gt + 1, close) };
  }
  return null;
}

function cellValue(body: string, t: number, isDate: boolean, ctx: Ctx, row: number, col: number): CellValue | undefined {
  const p = ctx.p;
  const f = body.indexOf(`<${p}f`) >= 0 ? child(body, `${p}f`) : null;
  const formula = f !== null && (f.inner !== '' || attr(f.attrs, 't') !== null);
  // The inline string (plain or rich), else the <v>.
  let text: string | undefined;
  let fromInline = false;
  const is = body.indexOf(`<${p}is`) >= 0 ? child(body, `${p}is`) : null;
  if (is) {
    const s = itemText(is.inner, p);
    if (s !== null) {
      text = s;
      fromInline = true;
    }
  }
  const v = child(body, `${p}v`);
  // An empty <v/> is no value, except as a formula's cached empty string.
  if (v && !fromInline && (v.inner !== '' || (formula && t === T_STR))) text = decodeXml(v.inner);
  if (formula) {
    if (text === undefined || (text === '' && t !== T_STR)) return ctx.office ? null : { error: NO_CACHED_VALUE };
    if (t === T_STR) return own(decodeEscapes(text));
    return typed(text, t, isDate, ctx, row, col);
  }
  if (text === undefined) return is ? '' : undefined;
  if (fromInline) return own(text);
  if (t === T_S) {
    const i = /^\d{1,10}$/.test(text) ? Number(text) : -1;
    if (!(i >= 0 && i < ctx.shared.length)) throw new UserError(PKG_TEXT.badShared(ctx.file, ctx.sheet, `${colLetter(col)}${row}`, text, ctx.shared.length));
    return ctx.shared[i];
  }
  if (t === T_STR || t === T_INLINE) return own(decodeEscapes(text));
  return typed(text, t, isDate, ctx, row, col);
}

/** A boolean, error, ISO date or number cell. */
function typed(text: string, t: number, isDate: boolean, ctx: Ctx, row: number, col: number): CellValue {
  if (t === T_B) return parseInt(text, 10) !== 0;
  if (t === T_E) return ctx.office ? own(text) : { error: own(text) };
  if (t === T_D) {
    const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : text + 'Z');
    if (Number.isNaN(ms)) throw new XmlProblem(XML_PROBLEM.badNumber(`${colLetter(col)}${row}`, text));
    return ctx.office ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : new Date(ms);
  }
  const n = Number(text.trim());
  if (!Number.isFinite(n) || text.trim() === '') throw new XmlProblem(XML_PROBLEM.badNumber(`${colLetter(col)}${row}`, text));
  if (!isDate) return n;
  const serial = ctx.date1904 ? n + DAYS_1904 : n;
  return ctx.office ? serial : new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** Collects the attributes of every <mergeCell> (or another empty tag) in the tail, as it streams. */
class TailTags {
  private buf = '';
  private open = '';
  constructor(
    private local: string,
    private each: (attrs: string) => void,
  ) {}
  prefix(p: string): void {
    this.open = `<${p}${this.local}`;
  }
  push(text: string): void {
    this.buf += text;
    let i = this.buf.indexOf(this.open);
    let keep = Math.max(0, this.buf.length - this.open.length);
    while (i >= 0) {
      const gt = this.buf.indexOf('>', i);
      if (gt < 0) {
        keep = i;
        break;
      }
      const c = this.buf.charCodeAt(i + this.open.length);
      if (c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) this.each(this.buf.slice(i + this.open.length, gt));
      keep = Math.max(gt + 1, this.buf.length - this.open.length);
      i = this.buf.indexOf(this.open, gt);
    }
    this.buf = this.buf.slice(keep);
  }
}

/** Cells a single merge may cover; Excel's own merges of whole columns or rows are far fewer in a list. */
const MAX_MERGE_CELLS = 1_000_000;

function applyMerges(refs: string[], values: CellValue[][], formats: string[][], seenFmt: Map<number, Map<number, string>>): void {
  const ranges: { t: number; l: number; b: number; r: number; ref: string }[] = [];
  for (const ref of refs) {
    const [a0, b0] = ref.split(':');
    const a = parseCellRef(a0);
    const b = b0 === undefined ? a : parseCellRef(b0);
    if (!a || !b) throw new XmlProblem(XML_PROBLEM.badMerge(ref));
    const rg = { t: Math.min(a.row, b.row), l: Math.min(a.col, b.col), b: Math.max(a.row, b.row), r: Math.max(a.col, b.col), ref };
    if ((rg.b - rg.t + 1) * (rg.r - rg.l + 1) > MAX_MERGE_CELLS) throw new XmlProblem(XML_PROBLEM.badMerge(ref));
    ranges.push(rg);
  }
  // Excel refuses overlapping merges (it "repairs" the file by dropping them): so does the reader.
  const byTop = [...ranges].sort((x, y) => x.t - y.t);
  const active: typeof ranges = [];
  for (const rg of byTop) {
    for (let k = active.length - 1; k >= 0; k--) if (active[k].b < rg.t) active.splice(k, 1);
    const hit = active.find((x) => x.l <= rg.r && x.r >= rg.l);
    if (hit) throw new XmlProblem(XML_PROBLEM.overlappingMerges(hit.ref, rg.ref));
    active.push(rg);
  }
  for (const rg of ranges) {
    for (let r = rg.t; r <= rg.b; r++) {
      for (let c = rg.l; c <= rg.r; c++) {
        if (r === rg.t && c === rg.l) continue;
        const vals = values[r - 1] ?? (values[r - 1] = []);
        const fmts = formats[r - 1] ?? (formats[r - 1] = []);
        const own = fmts[c - 1] !== undefined && vals[c - 1] !== undefined ? fmts[c - 1] : seenFmt.get(r)?.get(c);
        for (let i = vals.length; i < c - 1; i++) {
          vals[i] = null;
          fmts[i] = '';
        }
        vals[c - 1] = null;
        fmts[c - 1] = own ?? '';
      }
    }
  }
}

/** SheetData as Office.js's used range gives it: a rectangle from A1, General for no format. */
function officeGrid(d: SheetData): SheetData {
  let rows = 0;
  let cols = 0;
  d.values.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        rows = r + 1;
        cols = Math.max(cols, c + 1);
        break;
      }
    }
  });
  rows = Math.max(rows, 1);
  cols = Math.max(cols, 1);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = d.values[r] ?? [];
    const fsrc = d.numberFormats?.[r] ?? [];
    const vr: CellValue[] = new Array(cols);
    const fr: string[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      vr[c] = src[c] ?? null;
      fr[c] = fsrc[c] || 'General';
    }
    values.push(vr);
    numberFormats.push(fr);
  }
  return { ...d, values, numberFormats };
}
