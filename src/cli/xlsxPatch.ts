// Applies a WritePlan to an .xlsx package by patching it: the band cells are spliced into the
// nominations sheet's XML, the owned sheets are generated as new parts (old ones removed), and only
// the bookkeeping parts ([Content_Types].xml, workbook.xml and its rels, styles.xml) change. Every
// other part — the user's other sheets, charts, pivot tables, comments, drawings — is left byte for
// byte, which a rebuild by exceljs could not promise (it drops what it does not model).
// Elements inside <worksheet> follow the ECMA-376 order (Excel refuses a file that does not).
// Text is always written as an inline string, never as a formula.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { WB, XLSX_TEXT } from '../core/text/workbook';
import { SC } from '../core/text/scoring';
import type { CellBlock, OwnedSheet, WritePlan } from '../workbook/model';
import { colLetter, colNumber, parseRef } from '../workbook/a1';
import { addCellRefs } from './xlsx';
import { Declined, elements, mergeRefs, needsRefs, parseRels, resolveTarget } from './sheetXml';
import type { XlsxPackage } from './xlsxZip';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Cell text for Excel: XML-escaped; characters XML cannot hold and a literal "_xHHHH_" in Excel's escape. */
function cellText(s: string): string {
  const x = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(x);
}

// ---------------------------------------------------------------- styles

interface StyleKey {
  numFmt: string | null;
  bold: boolean;
  font: { name: string; size: number } | null;
  fill: string | null;
  wrap: boolean;
  align: 'left' | 'center' | 'right' | null;
  border: boolean;
}

/** Appends the fonts, fills, number formats and cell formats the written cells need to styles.xml. */
class StyleBook {
  private xml: string;
  private fonts: string[] = [];
  private fills: string[] = [];
  private borderBase = 0;
  private thinBorder: number | null = null;
  private numFmts: { id: number; code: string }[] = [];
  private xfs: string[] = [];
  private fontBase: number;
  private fillBase: number;
  private xfBase: number;
  private nextFmt: number;
  private existingFmts = new Map<string, number>();
  private byKey = new Map<string, number>();
  private font0Inner: string;

  constructor(xml: string | null) {
    this.xml = xml ?? '';
    if (!xml) throw new Declined('no styles part');
    const fonts = elements(xml, 'fonts')[0];
    const fills = elements(xml, 'fills')[0];
    const xfs = elements(xml, 'cellXfs')[0];
    if (!fonts || !fills || !xfs) throw new Declined('styles without fonts/fills/cellXfs');
    const fontList = elements(fonts.inner, 'font');
    this.fontBase = fontList.length;
    this.font0Inner = fontList[0]?.inner ?? '';
    this.fillBase = elements(fills.inner, 'fill').length;
    const borders = elements(xml, 'borders')[0];
    if (!borders) throw new Declined('styles without borders');
    this.borderBase = elements(borders.inner, 'border').length;
    this.xfBase = elements(xfs.inner, 'xf').length;
    let max = 163;
    for (const f of elements(xml, 'numFmt')) {
      const id = Number(/numFmtId="(\d+)"/.exec(f.attrs)?.[1] ?? 0);
      const code = /formatCode="([^"]*)"/.exec(f.attrs)?.[1];
      if (code !== undefined) this.existingFmts.set(code, id);
      max = Math.max(max, id);
    }
    this.nextFmt = max + 1;
  }

  private fmtId(code: string | null): number {
    if (!code || code === 'General') return 0;
    const builtin: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
    if (builtin[code] !== undefined) return builtin[code];
    const esc = escapeXml(code);
    const have = this.existingFmts.get(esc);
    if (have !== undefined) return have;
    const id = this.nextFmt++;
    this.numFmts.push({ id, code: esc });
    this.existingFmts.set(esc, id);
    return id;
  }

  private fontId(k: StyleKey): number {
    if (!k.font && !k.bold) return 0;
    const inner = k.font
      ? `${k.bold ? '<b/>' : ''}<sz val="${k.font.size}"/><name val="${escapeXml(k.font.name)}"/><family val="1"/>`
      : `<b/>${this.font0Inner.replace(/<b\/>|<b val="[^"]*"\/>/g, '')}`;
    const xml = `<font>${inner}</font>`;
    let i = this.fonts.indexOf(xml);
    if (i < 0) i = this.fonts.push(xml) - 1;
    return this.fontBase + i;
  }

  private fillId(hex: string | null): number {
    if (!hex) return 0;
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="FF${escapeXml(hex.toUpperCase())}"/><bgColor indexed="64"/></patternFill></fill>`;
    let i = this.fills.indexOf(xml);
    if (i < 0) i = this.fills.push(xml) - 1;
    return this.fillBase + i;
  }

  id(k: StyleKey): number {
    const key = `${k.numFmt ?? ''}\u0001${k.bold ? 1 : 0}\u0001${k.font ? `${k.font.name}\u0002${k.font.size}` : ''}\u0001${k.fill ?? ''}\u0001${k.wrap ? 1 : 0}\u0001${k.align ?? ''}\u0001${k.border ? 1 : 0}`;
    const have = this.byKey.get(key);
    if (have !== undefined) return have;
    const numFmtId = this.fmtId(k.numFmt);
    const fontId = this.fontId(k);
    const fillId = this.fillId(k.fill);
    let borderId = 0;
    if (k.border) {
      if (this.thinBorder === null) this.thinBorder = this.borderBase;
      borderId = this.thinBorder;
    }
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyAlignment="1">` +
      `<alignment${k.align ? ` horizontal="${k.align}"` : ''} vertical="top"${k.wrap ? ' wrapText="1"' : ''}/></xf>`;
    const id = this.xfBase + this.xfs.push(xf) - 1;
    this.byKey.set(key, id);
    return id;
  }

  /** styles.xml with the additions, or null when nothing was added. */
  result(): string | null {
    if (!this.xfs.length) return null;
    let xml = this.xml;
    const append = (tag: string, items: string[]) => {
      if (!items.length) return;
      const e = elements(xml, tag)[0];
      const n = elements(e.inner, tag === 'cellXfs' ? 'xf' : tag.slice(0, -1)).length + items.length;
      const open = xml.slice(e.start, e.start + xml.slice(e.start).indexOf('>') + 1);
      const newOpen = /\scount="\d+"/.test(open) ? open.replace(/\scount="\d+"/, ` count="${n}"`) : open.replace(/(\/?)>$/, ` count="${n}"$1>`);
      const body = e.inner + items.join('');
      xml = xml.slice(0, e.start) + newOpen.replace(/\/>$/, '>') + body + `</${tag}>` + xml.slice(e.end);
    };
    append('cellXfs', this.xfs);
    if (this.thinBorder !== null) {
      const thin = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
      append('borders', [`<border>${['left', 'right', 'top', 'bottom'].map(thin).join('')}<diagonal/></border>`]);
    }
    append('fills', this.fills);
    append('fonts', this.fonts);
    if (this.numFmts.length) {
      const items = this.numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${f.code}"/>`);
      if (elements(xml, 'numFmts').length) append('numFmts', items);
      else {
        const at = elements(xml, 'fonts')[0].start;
        xml = xml.slice(0, at) + `<numFmts count="${items.length}">${items.join('')}</numFmts>` + xml.slice(at);
      }
    }
    return xml;
  }
}

// ---------------------------------------------------------------- cells

type Written = { col: number; xml: string };

function cellXml(ref: string, v: string | number | boolean | null | undefined, s: number): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === 'number') return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t${space}>${cellText(v)}</t></is></c>`;
}

/**
 * The cells of blocks by row, each row's cells in column order, made on demand: a 200,000-row band
 * held as ready XML strings would cost hundreds of MB; one row at a time costs nothing.
 */
class BlockCells {
  readonly rows: number[];
  /** The blocks that cover each row, in plan order (a layout may use one block per row). */
  private byRow = new Map<number, CellBlock[]>();
  constructor(
    private blocks: CellBlock[],
    private font: { name: string; size: number } | null,
    private styles: StyleBook,
  ) {
    for (const b of blocks) {
      for (let i = 0; i < b.values.length; i++) {
        const list = this.byRow.get(b.row + i);
        if (list) list.push(b);
        else this.byRow.set(b.row + i, [b]);
      }
    }
    this.rows = [...this.byRow.keys()].sort((a, b) => a - b);
  }

  /** Row r's cells (later blocks win over earlier ones in the same cell, as when writing in order). */
  cells(r: number): Written[] {
    const row = new Map<number, string>();
    for (const b of this.byRow.get(r) ?? []) {
      const i = r - b.row;
      b.values[i].forEach((v, j) => {
        const c = b.col + j;
        const fmt = typeof b.numberFormats === 'string' ? b.numberFormats : (b.numberFormats?.[i]?.[j] ?? null);
        const s = this.styles.id({
          numFmt: fmt || null,
          bold: !!b.bold,
          font: this.font,
          fill: b.fills ? (b.fills[i] ?? null) : null,
          wrap: !!b.wrap || (typeof v === 'string' && v.length > 40),
          align: b.align ?? null,
          border: !!b.border,
        });
        row.set(c, cellXml(`${colLetter(c)}${r}`, v, s));
      });
    }
    return [...row.entries()].sort((a, b) => a[0] - b[0]).map(([col, xml]) => ({ col, xml }));
  }

  maxCol(): number {
    let m = 1;
    for (const b of this.blocks) for (const row of b.values) m = Math.max(m, b.col + row.length - 1);
    return m;
  }
}

function colsXml(widths: { col: number; width: number }[]): string {
  return widths.map((w) => `<col min="${w.col}" max="${w.col}" width="${+w.width.toFixed(4)}" customWidth="1"/>`).join('');
}

// ---------------------------------------------------------------- the band on the user's sheet

/**
 * The band cells spliced into the sheet's XML, as pieces of text in order (the sheet is never
 * rebuilt as one string: at 200,000 rows that alone was several hundred MB). Widths and the
 * dimension, which come before <sheetData>, are updated in the head.
 */
export function patchBandSheet(xmlIn: string, band: NonNullable<WritePlan['band']>, styles: StyleBook): Iterable<string> {
  let xml = needsRefs(xmlIn) ? addCellRefs(xmlIn) : xmlIn;
  const dataStart = xml.indexOf('<sheetData');
  if (dataStart < 0) throw new Declined('no sheetData');
  // A merge reaching into the band would hide what we write: refuse, as the exceljs path does.
  const top = Math.min(...band.blocks.map((b) => b.row));
  const bottom = Math.max(...band.blocks.map((b) => b.row + b.values.length - 1));
  const closeAt = xml.lastIndexOf('</sheetData>');
  const hits = mergeRefs(xml.slice(closeAt >= 0 ? closeAt : dataStart)).filter((m) => {
    const [a, b] = m.split(':').map((x) => parseRef(x));
    if (!a) return false;
    const e = b ?? a;
    return a.row <= bottom && e.row >= top && a.col <= band.lastCol && e.col >= band.firstCol;
  });
  if (hits.length) throw new UserError(WB.bandConflict(band.sheet, hits));

  const cells = new BlockCells(band.blocks, null, styles);
  const pending = cells.rows;
  // <sheetData/> self-closed: open it.
  const selfClosed = /^<sheetData[^>]*\/>/.exec(xml.slice(dataStart, dataStart + 300));
  if (selfClosed) xml = xml.slice(0, dataStart) + '<sheetData></sheetData>' + xml.slice(dataStart + selfClosed[0].length);
  const bodyStart = xml.indexOf('>', dataStart) + 1;
  const dataEnd = xml.indexOf('</sheetData>', bodyStart);
  const lastTag = xml.lastIndexOf('<row', dataEnd);
  const lastExisting = lastTag > bodyStart ? Number(/\sr="(\d+)"/.exec(xml.slice(lastTag, lastTag + 300))?.[1] ?? 1) : 1;
  let head = xml.slice(0, bodyStart);
  head = setCols(head, band.columnWidths.map((width, i) => ({ col: band.firstCol + i, width })));
  head = widenDimension(head, band.lastCol, Math.max(bottom, lastExisting));
  const src = xml;
  return (function* () {
    yield head;
    let p = 0;
    const newRow = (r: number) => `<row r="${r}">${cells.cells(r).map((w) => w.xml).join('')}</row>`;
    const rowRe = /<row(?=[\s>/])([^>]*?)(\/?)>/g;
    rowRe.lastIndex = bodyStart;
    let last = bodyStart;
    let m: RegExpExecArray | null;
    let prevRow = 0;
    while ((m = rowRe.exec(src)) && m.index < dataEnd) {
      // A row without r= is the one after the previous row, as the format defines; a damaged one is
      // not guessed at: the exceljs path takes the file instead.
      const rAttr = /\sr="([^"]*)"/.exec(m[1]);
      if (rAttr && !/^\d+$/.test(rAttr[1])) throw new Declined('unreadable row number');
      const r = rAttr ? Number(rAttr[1]) : prevRow + 1;
      if (r <= prevRow) throw new Declined('rows out of order');
      prevRow = r;
      const close = m[2] === '/' ? -1 : src.indexOf('</row>', rowRe.lastIndex);
      if (m[2] !== '/' && (close < 0 || close > dataEnd)) throw new Declined('unclosed row');
      const rowEnd = m[2] === '/' ? rowRe.lastIndex : close + 6;
      if (p < pending.length && pending[p] < r) {
        yield src.slice(last, m.index);
        last = m.index;
        while (p < pending.length && pending[p] < r) yield newRow(pending[p++]);
      }
      if (p < pending.length && pending[p] === r) {
        p++;
        yield src.slice(last, m.index);
        const attrs = m[1].replace(/\sspans="[^"]*"/, '');
        const inner = m[2] === '/' ? '' : src.slice(rowRe.lastIndex, rowEnd - 6);
        yield `<row${attrs}>` + mergeRowCells(inner, cells.cells(r)) + '</row>';
        last = rowEnd;
      }
      rowRe.lastIndex = rowEnd;
    }
    yield src.slice(last, dataEnd);
    while (p < pending.length) yield newRow(pending[p++]);
    yield src.slice(dataEnd);
  })();
}

/** One row's cells with the written ones put in (replacing a cell in the same column), in column order. */
function mergeRowCells(inner: string, cells: Written[]): string {
  const out: string[] = [];
  const re = /<c(?=[\s/>])([^>]*?)(\/?)>/g;
  let k = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner))) {
    const ref = /\sr="([A-Z]+)\d+"/.exec(m[1]);
    const col = ref ? colNumber(ref[1]) : 0;
    const close = m[2] === '/' ? -1 : inner.indexOf('</c>', re.lastIndex);
    if (m[2] !== '/' && close < 0) throw new Declined('unclosed cell');
    const end = m[2] === '/' ? re.lastIndex : close + 4;
    out.push(inner.slice(last, m.index));
    while (k < cells.length && cells[k].col < col) out.push(cells[k++].xml);
    if (k < cells.length && cells[k].col === col) out.push(cells[k++].xml);
    else out.push(inner.slice(m.index, end));
    last = end;
    re.lastIndex = end;
  }
  const tail = inner.slice(last);
  out.push(...cells.slice(k).map((c) => c.xml), tail);
  return out.join('');
}

/** <cols> with the given columns set to their widths (ranges around them split, not lost). */
function setCols(xml: string, widths: { col: number; width: number }[]): string {
  if (!widths.length) return xml;
  const set = new Set(widths.map((w) => w.col));
  const colsEl = elements(xml.slice(0, xml.indexOf('<sheetData')), 'cols')[0];
  const kept: { min: number; xml: string }[] = [];
  if (colsEl) {
    for (const c of elements(colsEl.inner, 'col')) {
      const min = Number(/\bmin="(\d+)"/.exec(c.attrs)?.[1] ?? 0);
      const max = Number(/\bmax="(\d+)"/.exec(c.attrs)?.[1] ?? min);
      let runStart = -1;
      for (let x = min; x <= max + 1; x++) {
        const free = x <= max && !set.has(x);
        if (free && runStart < 0) runStart = x;
        if (!free && runStart >= 0) {
          const a = c.attrs.replace(/\bmin="\d+"/, `min="${runStart}"`).replace(/\bmax="\d+"/, `max="${x - 1}"`);
          kept.push({ min: runStart, xml: `<col${a}/>` });
          runStart = -1;
        }
        if (max - min > 20000) throw new Declined('huge col range');
      }
    }
  }
  for (const w of widths) kept.push({ min: w.col, xml: colsXml([w]) });
  kept.sort((a, b) => a.min - b.min);
  const cols = `<cols>${kept.map((k) => k.xml).join('')}</cols>`;
  if (colsEl) return xml.slice(0, colsEl.start) + cols + xml.slice(colsEl.end);
  const at = xml.indexOf('<sheetData');
  return xml.slice(0, at) + cols + xml.slice(at);
}

function widenDimension(xml: string, lastCol: number, lastRow: number): string {
  return xml.replace(/<dimension\b([^>]*?)\bref="([^"]*)"/, (all, pre: string, ref: string) => {
    const [a, b] = ref.split(':');
    const tl = parseRef(a);
    const br = parseRef(b ?? a);
    if (!tl || !br) return all;
    const nr = `${colLetter(tl.col)}${tl.row}:${colLetter(Math.max(br.col, lastCol))}${Math.max(br.row, lastRow)}`;
    return `<dimension${pre}ref="${nr}"`;
  });
}

// ---------------------------------------------------------------- owned sheets

export function ownedSheetXml(s: OwnedSheet, styles: StyleBook): string {
  const cells = new BlockCells(s.blocks, s.font, styles);
  const heights = s.rowHeights ?? [];
  const rowNums = new Set<number>(cells.rows);
  heights.forEach((h, i) => {
    if (h !== null && h !== undefined && h > 0) rowNums.add(i + 1);
  });
  const maxCol = Math.max(1, s.columnWidths.length, cells.maxCol());
  const sorted = [...rowNums].sort((a, b) => a - b);
  const lastRow = sorted.length ? sorted[sorted.length - 1] : 1;
  const rows = sorted
    .map((r) => {
      const h = heights[r - 1];
      const ht = h !== null && h !== undefined && h > 0 ? ` ht="${+h.toFixed(2)}" customHeight="1"` : '';
      return `<row r="${r}"${ht}>${cells.cells(r).map((c) => c.xml).join('')}</row>`;
    })
    .join('');
  const pane =
    s.freezeRows > 0
      ? `<pane ySplit="${s.freezeRows}" topLeftCell="A${s.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${s.freezeRows + 1}" sqref="A${s.freezeRows + 1}"/>`
      : '';
  const cols = s.columnWidths.length ? `<cols>${colsXml(s.columnWidths.map((width, i) => ({ col: i + 1, width })))}</cols>` : '';
  const merges = s.merges.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>` : '';
  const dv = s.validations?.length
    ? `<dataValidations count="${s.validations.length}">${s.validations
        .map(
          (v) =>
            `<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(SC.validationTitle)}" error="${escapeXml(v.message)}" sqref="${escapeXml(v.range.replace(/\$/g, ''))}">` +
            `<formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`,
        )
        .join('')}</dataValidations>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (s.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${colLetter(maxCol)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows}</sheetData>` +
    merges +
    dv +
    '<pageMargins left="0.6" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${s.print.landscape ? 'landscape' : 'portrait'}"${s.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>` +
    '</worksheet>'
  );
}

// ---------------------------------------------------------------- the package

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Applies the plan to the package (in place) and returns the new .xlsx bytes. */
export async function patchPackage(pkg: XlsxPackage, plan: WritePlan): Promise<Buffer> {
  const zip = pkg.zip;
  const written = new Set<string>();
  const put = (p: string, data: string) => {
    zip.put(p, data);
    written.add(p);
  };
  const stylesXml = pkg.stylesPath ? zip.text(pkg.stylesPath) : null;
  const styles = new StyleBook(stylesXml);

  if (plan.band) {
    const sheet = pkg.sheets.find((s) => s.name === plan.band!.sheet);
    if (!sheet) throw new Error(`sheet not found: ${plan.band.sheet}`);
    await zip.putPieces(sheet.path, patchBandSheet(zip.text(sheet.path)!, plan.band, styles));
    written.add(sheet.path);
  }

  const wbDir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${wbDir}_rels/${pkg.workbookPath.slice(wbDir.length)}.rels`;
  let workbookXml = pkg.workbookXml;
  let relsXml = pkg.relsXml;
  let ctXml = zip.text('[Content_Types].xml')!;

  // Owned sheets: the old ones go (part, rels, content type, <sheet>, their local names), new ones are appended.
  const replaced = pkg.sheets.filter((s) => plan.sheets.some((o) => o.name === s.name));
  const remaining = pkg.sheets.filter((s) => !replaced.includes(s));
  for (const s of replaced) {
    zip.remove(s.path);
    const relsOf = `${s.path.slice(0, s.path.lastIndexOf('/'))}/_rels/${s.path.slice(s.path.lastIndexOf('/') + 1)}.rels`;
    zip.remove(relsOf);
    ctXml = ctXml.replace(new RegExp(`<Override\\s(?=[^>]*\\bPartName="/${escapeRe(s.path)}")[^>]*/>`), '');
    relsXml = relsXml.replace(new RegExp(`<Relationship\\s(?=[^>]*\\bId="${escapeRe(s.rId)}")[^>]*/>`), '');
    workbookXml = workbookXml.replace(new RegExp(`<sheet\\s(?=[^>]*"${escapeRe(s.rId)}")[^>]*/>`), '');
  }
  if (replaced.length) {
    // Sheet-local defined names follow their sheet's new position; a removed sheet's names go with it.
    workbookXml = workbookXml.replace(/<definedName\b([^>]*?)\blocalSheetId="(\d+)"([^>]*)>([\s\S]*?)<\/definedName>/g, (all, a: string, id: string, b: string, body: string) => {
      const old = pkg.sheets[Number(id)];
      if (!old) return all;
      const ni = remaining.indexOf(old);
      if (ni < 0) return '';
      return `<definedName${a}localSheetId="${ni}"${b}>${body}</definedName>`;
    });
    // The calculation chain names cells by sheet: Excel rebuilds it when it is missing, not when it is wrong.
    const calc = parseRels(relsXml).find((r) => /\/calcChain$/.test(r.type));
    if (calc) {
      zip.remove(resolveTarget(wbDir, calc.target));
      relsXml = relsXml.replace(new RegExp(`<Relationship\\s(?=[^>]*\\bId="${escapeRe(calc.id)}")[^>]*/>`), '');
      ctXml = ctXml.replace(/<Override\s(?=[^>]*\bPartName="[^"]*calcChain[^"]*")[^>]*\/>/, '');
    }
  }
  let sheetIdMax = Math.max(0, ...pkg.sheets.map((s) => Number(s.sheetId) || 0));
  let rIdMax = Math.max(0, ...parseRels(pkg.relsXml).map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)));
  let partNo = 0;
  const newSheetTags: string[] = [];
  const newRels: string[] = [];
  const newCt: string[] = [];
  const printNames: string[] = [];
  plan.sheets.forEach((s, k) => {
    let p: string;
    do p = `${wbDir}worksheets/sheet${++partNo}.xml`;
    while (zip.has(p));
    put(p, ownedSheetXml(s, styles));
    const rId = `rId${++rIdMax}`;
    newSheetTags.push(`<sheet name="${escapeXml(s.name)}" sheetId="${++sheetIdMax}" r:id="${rId}"/>`);
    newRels.push(`<Relationship Id="${rId}" Type="${REL_WORKSHEET}" Target="${p.slice(wbDir.length)}"/>`);
    newCt.push(`<Override PartName="/${p}" ContentType="${CT_WORKSHEET}"/>`);
    if (s.print.titleRows) {
      const [a, b] = s.print.titleRows.split(':');
      printNames.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${remaining.length + k}">${escapeXml(quoteSheet(s.name))}!$${a}:$${b ?? a}</definedName>`);
    }
  });
  // <sheet> tags need the r: prefix bound to the relationships namespace in workbook.xml.
  const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbookXml)?.[1];
  if (!rPrefix) throw new Declined('workbook without the relationships namespace');
  const tags = newSheetTags.map((t) => t.replace(' r:id=', ` ${rPrefix}:id=`));
  if (/<sheets\s*\/>/.test(workbookXml)) workbookXml = workbookXml.replace(/<sheets\s*\/>/, `<sheets>${tags.join('')}</sheets>`);
  else workbookXml = workbookXml.replace('</sheets>', `${tags.join('')}</sheets>`);
  if (printNames.length) {
    if (workbookXml.includes('</definedNames>')) workbookXml = workbookXml.replace('</definedNames>', `${printNames.join('')}</definedNames>`);
    else workbookXml = workbookXml.replace('</sheets>', `</sheets><definedNames>${printNames.join('')}</definedNames>`);
  }
  // The view's active tab must still name a sheet.
  const count = remaining.length + plan.sheets.length;
  workbookXml = workbookXml.replace(/(<workbookView\b[^>]*\bactiveTab=")(\d+)"/, (all, pre: string, n: string) => (Number(n) < count ? all : `${pre}0"`));
  workbookXml = workbookXml.replace(/(<workbookView\b[^>]*\bfirstSheet=")(\d+)"/, (all, pre: string, n: string) => (Number(n) < count ? all : `${pre}0"`));
  relsXml = relsXml.replace('</Relationships>', `${newRels.join('')}</Relationships>`);
  ctXml = ctXml.replace('</Types>', `${newCt.join('')}</Types>`);
  if (plan.sheets.length || replaced.length) {
    put(pkg.workbookPath, workbookXml);
    put(relsPath, relsXml);
    put('[Content_Types].xml', ctXml);
  }
  const st = styles.result();
  if (st !== null && pkg.stylesPath) put(pkg.stylesPath, st);
  return zip.toBuffer();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Writes bytes to a temp file beside `out`, then renames it into place. */
export function writeBytesAtomically(bytes: Buffer, out: string): void {
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    if (e instanceof Error && /EACCES|ENOENT|EPERM|EROFS|ENOSPC|EISDIR/.test(String((e as NodeJS.ErrnoException).code))) {
      throw new UserError(XLSX_TEXT.cannotWrite(out));
    }
    throw e;
  }
}
