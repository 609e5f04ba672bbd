// Fast readers for the few SpreadsheetML parts the CLI needs (workbook, rels, shared strings,
// styles, sheets), working on the XML text with indexOf and small regexes instead of a DOM: a
// 50,000-row sheet is read in well under a second and holds only the values, not ~1 KB per cell.
// They reproduce what the exceljs reader gave (src/cli/xlsx.ts sheetData), cell for cell, so the
// workbook layer sees the same SheetData whichever path read the file. Anything they do not
// understand throws Declined: the caller then uses the exceljs path, which either reads the file
// or reports it as broken exactly as before.
import type { CellValue, SheetData } from '../workbook/model';
import { NO_CACHED_VALUE } from '../workbook/rows';
import { colLetter, colNumber } from '../workbook/a1';

/** The fast path does not handle this file; the exceljs path must. */
export class Declined extends Error {
  constructor(why: string) {
    super(`fast xlsx path declined: ${why}`);
  }
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → string (entities and character references), as a conforming parser gives it. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    const r = ENTITY[e];
    if (r === undefined) throw new Declined(`unknown entity ${m}`);
    return r;
  });
}

/** exceljs decodes a string result (t="str") a second time with its own xmlDecode: mirror it. */
function exceljsXmlDecode(s: string): string {
  return s.replace(/&([a-z]*);/g, (c) => (c === '&lt;' ? '<' : c === '&gt;' ? '>' : c === '&amp;' ? '&' : c === '&apos;' ? "'" : c === '&quot;' ? '"' : c));
}

/** Excel's escape for characters XML cannot hold (_x000D_ …), as exceljs decodes it in shared and rich text. */
function decodeEscapes(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Attributes of one start tag's attribute text, decoded; names keep their prefix ("r:id"). */
export function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** One attribute of a start tag, raw (undecoded); null when absent. */
const ATTR_RE = new Map<string, RegExp>();
function attr(s: string, name: string): string | null {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(s);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

/** Every element named `tag` (no namespace prefix): its attribute text and inner XML ('' when self-closed). */
export function elements(xml: string, tag: string): { attrs: string; inner: string; start: number; end: number }[] {
  const out: { attrs: string; inner: string; start: number; end: number }[] = [];
  const re = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)(/?)>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[2] === '/') {
      out.push({ attrs: m[1], inner: '', start: m.index, end: re.lastIndex });
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, re.lastIndex);
    if (close < 0) throw new Declined(`unclosed <${tag}>`);
    out.push({ attrs: m[1], inner: xml.slice(re.lastIndex, close), start: m.index, end: close + tag.length + 3 });
    re.lastIndex = close + tag.length + 3;
  }
  return out;
}

function requireRoot(xml: string, root: string): void {
  if (!new RegExp(`<${root}[\\s>]`).test(xml)) throw new Declined(`no <${root}> (prefixed or strict namespace?)`);
  if (!new RegExp(`</${root}>\\s*$`).test(xml) && !new RegExp(`<${root}[^>]*/>\\s*$`).test(xml)) throw new Declined(`<${root}> not closed`);
}

export interface WorkbookSheet {
  name: string;
  sheetId: string;
  rId: string;
  state: string | null;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  requireRoot(xml, 'workbook');
  const sheets = elements(xml, 'sheet').map((e) => {
    const a = attrsOf(e.attrs);
    const rId = Object.keys(a).find((k) => /(^|:)id$/.test(k) && k !== 'sheetId');
    if (!a.name || !rId) throw new Declined('sheet without name or r:id');
    return { name: a.name, sheetId: a.sheetId ?? '', rId: a[rId], state: a.state ?? null };
  });
  const pr = elements(xml, 'workbookPr')[0];
  // exceljs takes date1904 only when written "1".
  const date1904 = pr ? attr(pr.attrs, 'date1904') === '1' : false;
  return { sheets, date1904 };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  requireRoot(xml, 'Relationships');
  return elements(xml, 'Relationship').map((e) => {
    const a = attrsOf(e.attrs);
    return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' };
  });
}

/** A relationship target resolved against the folder of the part that holds it ("xl/"). */
export function resolveTarget(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Text of every <t> in a run or string item, joined. */
function tText(inner: string): string {
  let s = '';
  for (const t of elements(inner, 't')) s += decodeXml(t.inner);
  return s;
}

/** Shared strings: plain or rich text (runs joined), phonetic runs left out; an empty <si/> is null (exceljs gives {}). */
export function parseSharedStrings(xml: string): (string | null)[] {
  requireRoot(xml, 'sst');
  return elements(xml, 'si').map((si) => {
    if (si.inner === '') return null;
    const body = si.inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    const runs = elements(body, 'r');
    if (runs.length) return runs.map((r) => decodeEscapes(tText(r.inner))).join('');
    const ts = elements(body, 't');
    if (!ts.length) return null;
    return decodeEscapes(decodeXml(ts[ts.length - 1].inner));
  });
}

/** exceljs's built-in number formats by id (the ones it knows; others have no code). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function isDateFormat(fmt: string): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

export interface StyleInfo {
  /** Number format code per cellXfs index ('' for General / none, as exceljs gives it). */
  formats: string[];
  isDate: boolean[];
}

export function parseStyles(xml: string | null): StyleInfo {
  if (xml === null) return { formats: [], isDate: [] };
  requireRoot(xml, 'styleSheet');
  const custom = new Map<number, string>();
  for (const e of elements(xml, 'numFmt')) {
    const a = attrsOf(e.attrs);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const cellXfs = elements(xml, 'cellXfs')[0];
  const formats = (cellXfs ? elements(cellXfs.inner, 'xf') : []).map((x) => {
    const id = Number(attr(x.attrs, 'numFmtId') ?? '0');
    if (!id) return '';
    return custom.get(id) || BUILTIN_FORMATS[id] || '';
  });
  return { formats, isDate: formats.map(isDateFormat) };
}

/** Serial → Date exactly as exceljs converts it. */
function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

export interface ScanOptions {
  shared: (string | null)[];
  styles: StyleInfo;
  date1904: boolean;
  /** Refuse (via onTooBig) a sheet with more rows than this. */
  maxRows?: number;
  onTooBig?: (rows: number) => never;
}

const CELL_OR_ROW = /<(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;

/** The last row a <dimension ref="A1:J50000"/> announces, or null. */
export function dimensionRows(xml: string): number | null {
  const m = /<dimension\b[^>]*\bref\s*=\s*"[A-Za-z]*\d*:?[A-Za-z]*(\d+)"/.exec(xml.slice(0, 4096));
  return m ? Number(m[1]) : null;
}

/** One worksheet's XML → SheetData, merged non-anchor cells empty (as the exceljs reader gives it). */
export function scanSheet(name: string, xml: string, o: ScanOptions): SheetData {
  requireRoot(xml, 'worksheet');
  const dataStart = xml.indexOf('<sheetData');
  if (dataStart < 0) throw new Declined('no sheetData');
  const selfClosed = /^<sheetData[^>]*\/>/.test(xml.slice(dataStart, dataStart + 200));
  const dataEnd = selfClosed ? dataStart : xml.indexOf('</sheetData>', dataStart);
  if (dataEnd < 0) throw new Declined('sheetData not closed');
  if (o.maxRows !== undefined && o.onTooBig) {
    // Count the rows really there before building anything: a stray cell at row 1,048,576 is one
    // row, not a million, and a <dimension> is only a hint.
    let n = 0;
    for (let i = xml.indexOf('<row', dataStart); i >= 0 && i < dataEnd; i = xml.indexOf('<row', i + 4)) {
      const ch = xml.charCodeAt(i + 4);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) n++;
    }
    if (n > o.maxRows) o.onTooBig(n);
  }
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const { shared, styles, date1904 } = o;
  let row = 0;
  let col = 0;
  let vals: CellValue[] | null = null;
  let fmts: string[] | null = null;
  /** Cells the XML holds per row, by column: for merges (a slave keeps its own format). */
  const seenFmt = new Map<number, Map<number, string>>();
  const re = CELL_OR_ROW;
  re.lastIndex = dataStart;
  let m: RegExpExecArray | null;
  const flush = () => {
    if (vals && vals.length) {
      for (let i = 0; i < vals.length; i++) {
        if (vals[i] === undefined) vals[i] = null;
        if (fmts![i] === undefined) fmts![i] = '';
      }
      values[row - 1] = vals;
      formats[row - 1] = fmts!;
    }
  };
  while ((m = re.exec(xml)) && m.index < dataEnd) {
    const attrs = m[2];
    if (m[1] === 'row') {
      flush();
      const r = attr(attrs, 'r');
      row = r !== null ? Number(r) : row + 1;
      if (!Number.isInteger(row) || row < 1) throw new Declined('bad row number');
      col = 0;
      vals = values[row - 1] ?? [];
      fmts = formats[row - 1] ?? [];
      continue;
    }
    if (!vals) throw new Declined('cell outside a row');
    const ref = attr(attrs, 'r');
    if (ref !== null) {
      const rm = /^([A-Za-z]{1,3})(\d+)$/.exec(ref);
      if (!rm) throw new Declined(`bad cell ref ${ref}`);
      if (Number(rm[2]) !== row) throw new Declined('cell ref outside its row');
      col = colNumber(rm[1]);
    } else col += 1;
    let body = '';
    if (m[3] !== '/') {
      const close = xml.indexOf('</c>', re.lastIndex);
      if (close < 0 || close > dataEnd) throw new Declined('unclosed <c>');
      body = xml.slice(re.lastIndex, close);
      re.lastIndex = close + 4;
    }
    const t = attr(attrs, 't');
    const sRaw = attr(attrs, 's');
    const sId = sRaw !== null ? parseInt(sRaw, 10) : 0;
    const fmt = sId ? (styles.formats[sId] ?? '') : '';
    const isDate = sId ? (styles.isDate[sId] ?? false) : false;
    let cell: CellValue | undefined;
    if (body === '') {
      cell = sId ? undefined : null;
    } else {
      cell = cellValue(body, t, shared, isDate, date1904);
      if (cell === undefined && !sId) cell = null;
    }
    if (cell === undefined) {
      // An empty styled cell: exceljs skips it; a merge may still make it a (null) slave.
      let rowMap = seenFmt.get(row);
      if (!rowMap) seenFmt.set(row, (rowMap = new Map()));
      rowMap.set(col, fmt);
      continue;
    }
    vals[col - 1] = cell;
    fmts![col - 1] = fmt;
  }
  flush();
  applyMerges(xml.slice(dataEnd), values, formats, seenFmt);
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) values[i] = [];
    if (!formats[i]) formats[i] = [];
  }
  return { name, values, numberFormats: formats };
}

function cellValue(body: string, t: string | null, shared: (string | null)[], isDate: boolean, date1904: boolean): CellValue | undefined {
  let formula = false;
  const fi = body.indexOf('<f');
  if (fi >= 0 && /[\s/>]/.test(body[fi + 2])) {
    const f = elements(body, 'f')[0];
    formula = f.inner !== '' || attr(f.attrs, 't') !== null;
  }
  // The text exceljs collects: every <v> and <t> (a rich inline string: its runs, joined).
  let text: string | undefined;
  let rich = false;
  const isStart = body.indexOf('<is');
  if (isStart >= 0) {
    const is = elements(body, 'is')[0];
    const runs = is ? elements(is.inner, 'r') : [];
    if (runs.length) {
      rich = true;
      text = runs.map((r) => decodeEscapes(tText(r.inner))).join('');
    } else if (is) {
      for (const x of elements(is.inner, 't')) if (x.inner !== '') text = (text ?? '') + decodeXml(x.inner);
    }
  }
  const vi = body.indexOf('<v');
  if (vi >= 0) {
    // The usual <v>…</v> directly; anything else (attributes, <v/>) through the general reader.
    let inner: string | null = null;
    if (body.charCodeAt(vi + 2) === 62) {
      const close = body.indexOf('</v>', vi);
      if (close < 0) throw new Declined('unclosed <v>');
      inner = body.slice(vi + 3, close);
    } else {
      const v = elements(body, 'v')[0];
      inner = v ? v.inner : null;
    }
    if (inner) text = rich ? text : (text ?? '') + decodeXml(inner);
  }
  if (formula) {
    if (!text) return { error: NO_CACHED_VALUE };
    if (t === 'str') return exceljsXmlDecode(text);
    if (t === 'b') return parseInt(text, 10) !== 0;
    if (t === 'e') return { error: text };
    const n = parseFloat(text);
    return isDate ? excelToDate(n, date1904) : n;
  }
  if (text === undefined) return rich ? '' : undefined;
  if (rich) return text;
  switch (t) {
    case 's': {
      const i = parseInt(text, 10);
      if (!(i >= 0 && i < shared.length)) throw new Declined('shared string index out of range');
      return shared[i];
    }
    case 'str':
      return exceljsXmlDecode(text);
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    default: {
      const n = parseFloat(text);
      return isDate ? excelToDate(n, date1904) : n;
    }
  }
}

/** Merged ranges of a sheet (A1 refs), from its <mergeCells>. */
export function mergeRefs(afterSheetData: string): string[] {
  const out: string[] = [];
  const re = /<mergeCell\b[^>]*\bref\s*=\s*"([^"]+)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(afterSheetData))) out.push(m[1]);
  return out;
}

function applyMerges(tail: string, values: CellValue[][], formats: string[][], seenFmt: Map<number, Map<number, string>>): void {
  const ranges: { t: number; l: number; b: number; r: number }[] = [];
  for (const ref of mergeRefs(tail)) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.toUpperCase());
    if (!m) throw new Declined(`bad merge ${ref}`);
    const a = { row: Number(m[2]), col: colNumber(m[1]) };
    const b = m[3] ? { row: Number(m[4]), col: colNumber(m[3]) } : a;
    const rg = { t: Math.min(a.row, b.row), l: Math.min(a.col, b.col), b: Math.max(a.row, b.row), r: Math.max(a.col, b.col) };
    // exceljs refuses overlapping merges (the file fails to load): leave such a file to it.
    if (ranges.some((x) => x.t <= rg.b && x.b >= rg.t && x.l <= rg.r && x.r >= rg.l)) throw new Declined('overlapping merges');
    ranges.push(rg);
    if ((rg.b - rg.t + 1) * (rg.r - rg.l + 1) > 1e6) throw new Declined('huge merge');
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

/** Adds r= to rows and cells lacking it (for the writer, which addresses cells by reference). */
export function needsRefs(xml: string): boolean {
  return /<row(?=[\s>])(?![^>]*\sr=)[^>]*>|<c(?=[\s/>])(?![^>]*\sr=)[^>]*>/.test(xml);
}

export { colLetter };
