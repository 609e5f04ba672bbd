// The command line's side of the package layer: file I/O only. The bytes are read here, read and
// written by src/package (the same code the browser runs), and the result is written to a
// temporary file beside the output and renamed into place, so a failed run never leaves half a
// workbook and a refused one leaves nothing.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { PKG_TEXT } from '../core/text/package';
import { XLSX_TEXT } from '../core/text/workbook';
import type { SheetData, WritePlan } from '../workbook/model';
import { readWorkbook, writeWorkbook, type ReadOptions } from '../package';

/** The extensions of the workbooks `binhxet score` reads (and keeps on its output). */
export const WORKBOOK_EXT = /\.(xlsx|xlsm|xltx|xltm)$/i;

export interface OpenedWorkbook {
  readonly sheets: SheetData[];
  /** Lets the grids go (sheets becomes empty): writing needs only the package and the plan. */
  release(): void;
  write(plan: WritePlan, out: string): void;
}

function readBytes(file: string): Uint8Array {
  try {
    const b = fs.readFileSync(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch {
    throw new UserError(XLSX_TEXT.cannotRead(file));
  }
}

/** Reads a workbook file for `binhxet score`; UserError (naming the file) for anything it refuses. */
export function openWorkbookFile(file: string, o: ReadOptions = {}): OpenedWorkbook {
  const read = readWorkbook(readBytes(file), path.basename(file), o);
  return {
    sheets: read.sheets,
    release: () => void (read.sheets.length = 0),
    write: (plan, out) => writeBytesAtomically(writeWorkbook(read.pkg, plan), out),
  };
}

/** Writes bytes to a temp file beside `out`, then renames it into place. */
export function writeBytesAtomically(bytes: Uint8Array, out: string): void {
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

/** Default output: `<input>-ketqua.<ext>` beside the input, keeping its extension (a .xlsm stays a .xlsm). */
export function defaultOutput(input: string): string {
  const ext = WORKBOOK_EXT.exec(input)?.[0] ?? '.xlsx';
  return path.join(path.dirname(input), `${path.basename(input).slice(0, -ext.length)}-ketqua${ext}`);
}

/** The output keeps the input's kind of file: Excel refuses a macro workbook named .xlsx, and the reverse. */
export function checkOutputType(input: string, out: string): void {
  const want = (WORKBOOK_EXT.exec(input)?.[0] ?? '.xlsx').toLowerCase();
  if ((WORKBOOK_EXT.exec(out)?.[0] ?? path.extname(out)).toLowerCase() !== want) throw new UserError(PKG_TEXT.outputType(out, want));
}
