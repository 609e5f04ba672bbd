// The .xlsx package as a zip of parts, for the command line at scale: read only the parts bình xét
// needs (workbook, rels, shared strings, styles, sheets) with the fast scanners of sheetXml.ts,
// and write the result by patching the package (xlsxPatch.ts) instead of rebuilding it, so every
// part we do not touch — charts, pivot tables, comments, slicers — leaves byte for byte as it came.
import * as fs from 'fs';
import * as path from 'path';
import { deflatePieces, inflateEntry, makeEntry, readZip, writeZip, ZipError, type ZipEntry } from './zipFile';
import { UserError } from '../core/errors';
import { XLSX_TEXT } from '../core/text/workbook';
import { XLSX_LIMIT_TEXT } from '../core/text/xlsxLimit';
import type { SheetData, WritePlan } from '../workbook/model';
import { allSheets, applyWritePlan, loadWorkbook, writeWorkbookFile } from './xlsx';
import { patchPackage, writeBytesAtomically } from './xlsxPatch';
import {
  Declined,
  parseRels,
  parseSharedStrings,
  parseStyles,
  parseWorkbook,
  resolveTarget,
  scanSheet,
  type Relationship,
  type StyleInfo,
  type WorkbookInfo,
} from './sheetXml';

/**
 * Rows of one sheet the CLI reads at most. Measured on a 2-core machine with
 * `node --max-old-space-size=2048` and an 11-column list: 200,000 rows in 16 s / 1.0 GB RSS,
 * 500,000 rows in 47 s / 2.06 GB RSS (heap 1.3 GB after scoring). Beyond it a clear message beats
 * an out-of-memory crash halfway through.
 */
export const MAX_SHEET_ROWS = 500_000;

export interface PackageSheet {
  name: string;
  sheetId: string;
  rId: string;
  /** Zip path of the sheet part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

/** The parts of a package: read lazily, changed parts replaced, the rest kept as their compressed bytes. */
export class PartStore {
  private entries: ZipEntry[];
  private byName = new Map<string, ZipEntry>();

  constructor(bytes: Buffer) {
    try {
      this.entries = readZip(bytes);
    } catch (e) {
      if (e instanceof ZipError) throw new Declined(e.message);
      throw new Declined('not a readable zip');
    }
    for (const e of this.entries) this.byName.set(e.name, e);
  }

  has(p: string): boolean {
    return this.byName.has(p);
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** A part's text (UTF-8), or null when absent; Declined when it does not inflate. */
  text(p: string): string | null {
    const e = this.byName.get(p);
    if (!e) return null;
    let b: Buffer;
    try {
      b = inflateEntry(e);
    } catch {
      // A part that does not inflate (corrupt data): the exceljs path reports the file as broken.
      throw new Declined(`part ${p} does not inflate`);
    }
    if (b[0] === 0xff || b[0] === 0xfe) throw new Declined('UTF-16 part');
    return b.toString('utf8');
  }

  put(p: string, content: string): void {
    this.set(p, makeEntry(p, content));
  }

  /** A part written from pieces of text, deflated as they come (never one big string or buffer). */
  async putPieces(p: string, pieces: Iterable<string>): Promise<void> {
    this.set(p, await deflatePieces(p, pieces));
  }

  private set(p: string, e: ZipEntry): void {
    const old = this.byName.get(p);
    if (old) this.entries[this.entries.indexOf(old)] = e;
    else this.entries.push(e);
    this.byName.set(p, e);
  }

  remove(p: string): void {
    const old = this.byName.get(p);
    if (!old) return;
    this.entries.splice(this.entries.indexOf(old), 1);
    this.byName.delete(p);
  }

  toBuffer(): Buffer {
    return writeZip(this.entries);
  }
}

export interface XlsxPackage {
  zip: PartStore;
  /** Zip paths as they appear (case as stored). */
  workbookPath: string;
  workbook: WorkbookInfo;
  workbookXml: string;
  rels: Relationship[];
  relsXml: string;
  sheets: PackageSheet[];
  shared: (string | null)[];
  stylesPath: string | null;
  styles: StyleInfo;
}

export interface ReadOptions {
  /** Rows per sheet beyond which the file is refused with a UserError (default MAX_SHEET_ROWS). */
  maxRows?: number;
}

async function text(zip: PartStore, p: string): Promise<string | null> {
  return zip.text(p);
}

/**
 * Opens the package and reads its bookkeeping parts. Throws Declined for anything the fast path
 * does not handle (not a zip, strict OOXML, missing parts…): the exceljs path then reads it or
 * reports it exactly as before.
 */
export async function openPackage(bytes: Buffer): Promise<XlsxPackage> {
  const zip = new PartStore(bytes);
  if (!zip.has('[Content_Types].xml')) throw new Declined('no content types');
  const rootRels = await text(zip, '_rels/.rels');
  if (rootRels === null) throw new Declined('no _rels/.rels');
  const officeDoc = parseRels(rootRels).find((r) => /\/officeDocument$/.test(r.type));
  if (!officeDoc) throw new Declined('no office document');
  const workbookPath = resolveTarget('', officeDoc.target);
  const workbookXml = await text(zip, workbookPath);
  if (workbookXml === null) throw new Declined('no workbook part');
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const relsXml = await text(zip, relsPath);
  if (relsXml === null) throw new Declined('no workbook rels');
  const workbook = parseWorkbook(workbookXml);
  const rels = parseRels(relsXml);
  const sheets: PackageSheet[] = [];
  for (const s of workbook.sheets) {
    const rel = rels.find((r) => r.id === s.rId);
    if (!rel || !/\/worksheet$/.test(rel.type)) throw new Declined('sheet that is not a worksheet');
    const p = resolveTarget(dir, rel.target);
    if (!zip.has(p)) throw new Declined('missing sheet part');
    sheets.push({ name: s.name, sheetId: s.sheetId, rId: s.rId, path: p });
  }
  const sstRel = rels.find((r) => /\/sharedStrings$/.test(r.type));
  const sstXml = sstRel ? await text(zip, resolveTarget(dir, sstRel.target)) : null;
  const stylesRel = rels.find((r) => /\/styles$/.test(r.type));
  const stylesPath = stylesRel ? resolveTarget(dir, stylesRel.target) : null;
  const stylesXml = stylesPath ? await text(zip, stylesPath) : null;
  return {
    zip,
    workbookPath,
    workbook,
    workbookXml,
    rels,
    relsXml,
    sheets,
    shared: sstXml === null ? [] : parseSharedStrings(sstXml),
    stylesPath: stylesXml === null ? null : stylesPath,
    styles: parseStyles(stylesXml),
  };
}

/** Every worksheet's values, in workbook order (as exceljs's worksheets list gives them). */
export async function readPackageSheets(pkg: XlsxPackage, fileName: string, o: ReadOptions = {}): Promise<SheetData[]> {
  const maxRows = o.maxRows ?? MAX_SHEET_ROWS;
  const out: SheetData[] = [];
  for (const s of pkg.sheets) {
    let xml: string | null = await text(pkg.zip, s.path);
    if (xml === null) throw new Declined('missing sheet part');
    out.push(
      scanSheet(s.name, xml, {
        shared: pkg.shared,
        styles: pkg.styles,
        date1904: pkg.workbook.date1904,
        maxRows,
        onTooBig: (rows) => {
          throw new UserError(XLSX_LIMIT_TEXT.tooManyRows(fileName, s.name, rows, maxRows));
        },
      }),
    );
    xml = null;
  }
  if (out.length === 0) throw new UserError(XLSX_TEXT.noSheets(fileName));
  return out;
}

export { Declined };

/** A workbook read for one bình xét run: its sheets and how to write a plan into a copy of it. */
export interface OpenedWorkbook {
  sheets: SheetData[];
  /** Which reader read it: "package" (patched on write) or "exceljs" (rebuilt on write). */
  via: 'package' | 'exceljs';
  write(plan: WritePlan, out: string): Promise<void>;
}

/**
 * Reads a workbook file for `binhxet score`: by the fast package path when it can, else by
 * exceljs (which also gives every "not an .xlsx / broken / encrypted" message).
 */
export async function openWorkbookFile(file: string, o: ReadOptions = {}): Promise<OpenedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UserError(XLSX_TEXT.cannotRead(file));
  }
  const name = path.basename(file);
  let pkg: XlsxPackage | null = null;
  let sheets: SheetData[] | null = null;
  if (bytes.length > 0 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      pkg = await openPackage(bytes);
      sheets = await readPackageSheets(pkg, name, o);
    } catch (e) {
      if (!(e instanceof Declined)) throw e;
      pkg = null;
    }
  }
  const viaExceljs = async (): Promise<OpenedWorkbook> => {
    const wb = await loadWorkbook(bytes, name);
    return {
      sheets: allSheets(wb),
      via: 'exceljs',
      write: async (plan, out) => {
        applyWritePlan(wb, plan);
        await writeWorkbookFile(wb, out);
      },
    };
  };
  if (!pkg || !sheets) return viaExceljs();
  const p = pkg;
  return {
    sheets,
    via: 'package',
    write: async (plan, out) => {
      let result: Buffer;
      try {
        result = await patchPackage(p, plan);
      } catch (e) {
        if (!(e instanceof Declined)) throw e;
        // A package shape the patcher does not know: rebuild with exceljs, as before.
        return (await viaExceljs()).write(plan, out);
      }
      writeBytesAtomically(result, out);
    },
  };
}
