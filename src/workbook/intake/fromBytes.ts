// One unit's file from its bytes, whatever door it came through (the command line reads it from
// disk, the task pane from a file input): .csv by csv.ts, .docx through the plan reader's guarded
// mammoth step into html.ts's blocks, .xlsx/.xlsm by the reader the adapter hands in (src/package,
// which this layer may not import: the adapters pass its readWorkbook). A file that cannot be read
// comes back with its error, never a throw, so the others are still merged.
import type { Serial } from '../../core/types';
import { isUserError } from '../../core/errors';
import { ymdToSerial } from '../../core/dates';
import { INTAKE } from '../../core/text/intake';
import { docxToHtml } from '../../plan/docx';
import { htmlBlocks } from '../../plan/document/html';
import { readCsv } from './csv';
import type { UnitFile, UnitSheet } from './types';

/** An .xlsx file's sheets with their visibility; throws UserError (naming the file) for anything refused. */
export type XlsxSheets = (bytes: Uint8Array, fileName: string) => UnitSheet[] | Promise<UnitSheet[]>;

/** The extensions a unit's list may come in (a folder's other files are left alone). */
export const UNIT_FILE_EXT = /\.(xlsx|xlsm|csv|docx|xls|doc)$/i;

/** The local calendar day of a file's modification time, as a serial (its date when nothing else dates it). */
export function fileDay(t: Date): Serial {
  return ymdToSerial(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

function extOf(fileName: string): string {
  const m = /\.[^.]*$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

/** The file's sheets (or Word document) as the intake reads them. */
export async function unitFileFromBytes(bytes: Uint8Array, fileName: string, fileDate: Serial | null, readXlsx: XlsxSheets): Promise<UnitFile> {
  const ext = extOf(fileName);
  try {
    if (ext === '.csv') {
      const csv = readCsv(bytes, fileName);
      return { fileName, fileDate, sheets: [csv.sheet], notes: csv.encoding === 'windows-1258' ? [INTAKE.csvEncoding(csv.encoding)] : [] };
    }
    if (ext === '.xlsx' || ext === '.xlsm') return { fileName, fileDate, sheets: await readXlsx(bytes, fileName) };
    if (ext === '.docx') {
      const html = await docxToHtml(bytes, fileName, INTAKE.badDocx);
      return { fileName, fileDate, sheets: [], word: { blocks: htmlBlocks(html) } };
    }
    const error = ext === '.xls' ? INTAKE.xlsOld : ext === '.doc' ? INTAKE.docOld : INTAKE.unsupported(ext);
    return { fileName, fileDate, sheets: [], error };
  } catch (e) {
    // One file the readers choke on is reported like any bad file: the others are still merged.
    const error = isUserError(e) ? e.message : INTAKE.readFailed(e instanceof Error ? e.message : String(e));
    return { fileName, fileDate, sheets: [], error };
  }
}
