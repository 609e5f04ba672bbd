// exceljs ↔ SheetData / WritePlan for the command line. Reads every sheet's values (formulas by
// their cached result, rich text and hyperlinks as plain text, merged cells only in their top-left
// cell, as Excel's own usedRange gives them), and applies a WritePlan: the band cells and the owned
// sheets, leaving every other cell, format, merge and sheet as it was. Output goes to a temp file
// that is renamed into place, so a failed run never leaves half a workbook.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { UserError } from '../core/errors';
import { WB, XLSX_TEXT } from '../core/text/workbook';
import { SC } from '../core/text/scoring';
import type { CellBlock, CellValue, OwnedSheet, SheetData, WritePlan } from '../workbook/model';
import { NO_CACHED_VALUE } from '../workbook/rows';
import { colLetter, colNumber, parseRef } from '../workbook/a1';

export type Workbook = ExcelJS.Workbook;

function plainOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o && typeof o.error === 'string') return { error: o.error };
    if ('richText' in o && Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      // A formula never calculated (no cached value) is not an empty cell: say so.
      if (r === undefined || r === null) return { error: NO_CACHED_VALUE };
      return plainOf(r);
    }
    if ('hyperlink' in o || 'text' in o) return plainOf(o.text);
  }
  return null;
}

/** Sheet XML with r= added to every row and cell lacking it, counting as the format defines. */
export function addCellRefs(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(/<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(\/?)>/g, (m, rowAttrs?: string, rowSelf?: string, cAttrs?: string, cSelf?: string) => {
    if (rowAttrs !== undefined) {
      const r = /\sr="(\d+)"/.exec(rowAttrs);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      return r ? m : `<row r="${row}"${rowAttrs}${rowSelf ?? ''}>`;
    }
    const attrs = cAttrs ?? '';
    const r = /\sr="([A-Za-z]+)(\d+)"/.exec(attrs);
    if (r) {
      col = colNumber(r[1]);
      return m;
    }
    col += 1;
    return `<c r="${colLetter(col)}${row}"${attrs}${cSelf ?? ''}>`;
  });
}

async function repairMissingRefs(bytes: Buffer): Promise<Buffer | null> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const fixed = addCellRefs(xml);
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer' }) : null;
}

/** Reads an .xlsx held in memory; UserError when it is not one. */
export async function loadWorkbook(bytes: Buffer, name: string): Promise<Workbook> {
  if (bytes.length === 0) throw new UserError(XLSX_TEXT.empty(name));
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE compound file: an encrypted .xlsx (EncryptedPackage stream) or an old .xls.
    const encrypted = bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new UserError(encrypted ? XLSX_TEXT.encrypted(name) : XLSX_TEXT.oldXls(name));
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError(XLSX_TEXT.notXlsx(name));
  let wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // Some generators omit the optional r= attributes of rows and cells, which exceljs needs:
    // add them in memory (the input file is never written) and try once more.
    const repaired = await repairMissingRefs(bytes).catch(() => null);
    if (!repaired) throw new UserError(XLSX_TEXT.broken(name));
    wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(repaired as unknown as ArrayBuffer);
    } catch {
      throw new UserError(XLSX_TEXT.broken(name));
    }
  }
  if (wb.worksheets.length === 0) throw new UserError(XLSX_TEXT.noSheets(name));
  return wb;
}

export async function readWorkbookFile(file: string): Promise<Workbook> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UserError(XLSX_TEXT.cannotRead(file));
  }
  return loadWorkbook(bytes, path.basename(file));
}

/** One worksheet as SheetData: values from A1, merged non-anchor cells empty. */
export function sheetData(ws: ExcelJS.Worksheet): SheetData {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vals: CellValue[] = [];
    const fmts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const isSlave = cell.type === ExcelJS.ValueType.Merge || (cell.isMerged && cell.master && cell.master.address !== cell.address);
      // exceljs drops a cached result of 0 or FALSE from cell.value; cell.result still has it.
      const v = cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
      vals[c - 1] = isSlave ? null : plainOf(v);
      fmts[c - 1] = cell.numFmt ?? '';
    });
    for (let i = 0; i < vals.length; i++) {
      if (vals[i] === undefined) vals[i] = null;
      if (fmts[i] === undefined) fmts[i] = '';
    }
    values[r - 1] = vals;
    numberFormats[r - 1] = fmts;
  });
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) values[i] = [];
    if (!numberFormats[i]) numberFormats[i] = [];
  }
  return { name: ws.name, values, numberFormats };
}

export function allSheets(wb: Workbook): SheetData[] {
  return wb.worksheets.map(sheetData);
}

function fillOf(hex: string | null | undefined): ExcelJS.Fill {
  return hex ? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + hex } } : { type: 'pattern', pattern: 'none' };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const THIN_BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN } as Partial<ExcelJS.Borders>;

function writeBlock(ws: ExcelJS.Worksheet, b: CellBlock, font: { name: string; size: number } | null): void {
  b.values.forEach((rowVals, i) => {
    rowVals.forEach((v, j) => {
      const cell = ws.getCell(b.row + i, b.col + j);
      // A plain value only: exceljs treats a string as text, never as a formula, so cell text such as
      // "=HYPERLINK(…)" copied from the user's sheet stays inert.
      cell.value = v === undefined ? null : v;
      const fmt = typeof b.numberFormats === 'string' ? b.numberFormats : b.numberFormats?.[i]?.[j];
      if (fmt) cell.numFmt = fmt;
      const f: Partial<ExcelJS.Font> = font ? { name: font.name, size: font.size } : { ...(cell.font ?? {}) };
      if (b.bold) f.bold = true;
      else if (font) f.bold = false;
      cell.font = f;
      if (b.fills) cell.fill = fillOf(b.fills[i] ?? null);
      cell.alignment = { vertical: 'top', wrapText: !!b.wrap || (typeof v === 'string' && v.length > 40), ...(b.align ? { horizontal: b.align } : {}) };
      if (b.border) cell.border = THIN_BOX;
    });
  });
}

function addOwnedSheet(wb: Workbook, s: OwnedSheet): void {
  const ws = wb.addWorksheet(s.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: s.print.landscape ? 'landscape' : 'portrait',
      fitToPage: s.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(s.print.titleRows ? { printTitlesRow: s.print.titleRows } : {}),
    },
    views: s.freezeRows > 0 ? [{ state: 'frozen', ySplit: s.freezeRows }] : [],
  });
  s.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const b of s.blocks) writeBlock(ws, b, s.font);
  for (const m of s.merges) ws.mergeCells(m);
  // Explicit heights: a library-written file gets no autofit, so wrapped text would overlap in print.
  (s.rowHeights ?? []).forEach((h, i) => {
    if (h !== null && h !== undefined) ws.getRow(i + 1).height = h;
  });
  // exceljs keeps data validations on worksheet.dataValidations (not in its typings): add(range, rule).
  const dv = (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of s.validations ?? []) {
    dv.add(v.range, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [v.min, v.max],
      showErrorMessage: true,
      errorStyle: 'error',
      errorTitle: SC.validationTitle,
      error: v.message,
    });
  }
}

/** Applies a WritePlan: band cells on the nominations sheet, owned sheets deleted and recreated. */
export function applyWritePlan(wb: Workbook, plan: WritePlan): void {
  if (plan.band) {
    const ws = wb.getWorksheet(plan.band.sheet);
    if (!ws) throw new Error(`sheet not found: ${plan.band.sheet}`);
    // Merged cells read as empty (only their first cell holds the value), so the band check in the
    // workbook layer cannot see a merge reaching into the band: check it here, before writing.
    const top = Math.min(...plan.band.blocks.map((b) => b.row));
    const bottom = Math.max(...plan.band.blocks.map((b) => b.row + b.values.length - 1));
    const hits = ((ws.model as unknown as { merges?: string[] }).merges ?? []).filter((m) => {
      const [a, b] = m.split(':').map((x) => parseRef(x));
      if (!a || !b) return false;
      return a.row <= bottom && b.row >= top && a.col <= plan.band!.lastCol && b.col >= plan.band!.firstCol;
    });
    if (hits.length) throw new UserError(WB.bandConflict(ws.name, hits));
    for (const b of plan.band.blocks) writeBlock(ws, b, null);
    plan.band.columnWidths.forEach((w, i) => {
      ws.getColumn(plan.band!.firstCol + i).width = w;
    });
  }
  for (const s of plan.sheets) {
    const old = wb.getWorksheet(s.name);
    if (old) wb.removeWorksheet(old.id);
  }
  for (const s of plan.sheets) addOwnedSheet(wb, s);
}

/** Writes to a temp file beside `out`, then renames it into place. */
export async function writeWorkbookFile(wb: Workbook, out: string): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    const buf = await wb.xlsx.writeBuffer();
    fs.writeFileSync(tmp, Buffer.from(buf as ArrayBuffer));
    fs.renameSync(tmp, out);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    if (e instanceof Error && /EACCES|ENOENT|EPERM|EROFS|ENOSPC/.test(String((e as NodeJS.ErrnoException).code))) {
      throw new UserError(XLSX_TEXT.cannotWrite(out));
    }
    throw e;
  }
}

/** Default output: `<input>-ketqua.xlsx` beside the input. */
export function defaultOutput(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  return path.join(dir, `${base}-ketqua.xlsx`);
}
