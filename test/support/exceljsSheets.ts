// The reader the command line used before the package layer: exceljs, kept here as an independent
// oracle. The package layer's reader must hand the workbook layer the same SheetData on every
// fixture (test/package/reader.test.ts), except where the issue asks for a change (dates in a
// date1904="true" workbook). Formulas by their cached result, rich text and hyperlinks as plain
// text, merged cells only in their top-left cell.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { UserError } from '../../src/core/errors';
import type { CellValue, SheetData } from '../../src/workbook/model';
import { NO_CACHED_VALUE } from '../../src/workbook/model';
import { colLetter, colNumber } from '../../src/workbook/a1';

/** The oracle's own refusal: exceljs could not read the file. */
const broken = (name: string) => new UserError(`exceljs cannot read ${name}`);

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
  if (bytes.length === 0 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw broken(name);
  let wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // Some generators omit the optional r= attributes of rows and cells, which exceljs needs:
    // add them in memory (the input file is never written) and try once more.
    const repaired = await repairMissingRefs(bytes).catch(() => null);
    if (!repaired) throw broken(name);
    wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(repaired as unknown as ArrayBuffer);
    } catch {
      throw broken(name);
    }
  }
  if (wb.worksheets.length === 0) throw broken(name);
  return wb;
}

export async function readWorkbookFile(file: string): Promise<Workbook> {
  return loadWorkbook(fs.readFileSync(file), path.basename(file));
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
