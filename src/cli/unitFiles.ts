// The units' files on disk for `binhxet gop`: folders walked, each file read into a UnitFile
// (sheets, its modification date, or why it could not be read). The .xlsx reading goes through
// src/package, the same checked reader `binhxet score` and the browser use.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import type { Serial } from '../core/types';
import { GOP_TEXT, INTAKE } from '../core/text/intake';
import { fileDay, UNIT_FILE_EXT, unitFileFromBytes, type UnitFile, type UnitSheet } from '../workbook/intake/index';
import { readWorkbook } from '../package';

/** An .xlsx file's sheets with their visibility; UserError (naming the file) for anything refused. */
export async function readXlsxSheets(bytes: Uint8Array, fileName: string): Promise<UnitSheet[]> {
  return readWorkbook(bytes, fileName).sheets.map((s) => ({ ...s, hidden: s.visibility !== undefined && s.visibility !== 'Visible' }));
}

/**
 * The files to merge: files as given, folders walked (sorted, hidden and Excel lock files skipped).
 * `skip` (the output) is left out of a folder and refused as a file; `also` (the units list) is
 * left out of a folder: neither is a unit's list.
 */
export function expandInputs(inputs: string[], cwd: string, skip: string | null, also: string | null = null): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const p = path.join(dir, name);
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p);
      else if (UNIT_FILE_EXT.test(name) && p !== skip && p !== also) out.push(p);
    }
  };
  for (const input of inputs) {
    const p = path.resolve(cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw new UserError(GOP_TEXT.noInput(input));
    }
    if (st.isDirectory()) {
      const before = out.length;
      walk(p);
      if (out.length === before) throw new UserError(GOP_TEXT.emptyFolder(input));
    } else {
      if (p === skip) throw new UserError(GOP_TEXT.outputIsInput(input));
      out.push(p);
    }
  }
  return out;
}

/** One unit's file from disk; a file that cannot be read comes back with its error, never a throw. */
export async function readUnitFileFromDisk(file: string): Promise<UnitFile> {
  const fileName = path.basename(file);
  let bytes: Buffer;
  let fileDate: Serial | null = null;
  try {
    bytes = fs.readFileSync(file);
    fileDate = fileDay(fs.statSync(file).mtime);
  } catch {
    return { fileName, fileDate, sheets: [], error: INTAKE.cannotRead };
  }
  return unitFileFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, fileDate, readXlsxSheets);
}
