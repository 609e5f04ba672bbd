// A unit's list sent as .csv, read into the same SheetData an .xlsx gives. Parsing is papaparse's
// (quoted fields, doubled quotes, line breaks inside quotes, the separator guessed among "," ";"
// and tab: Excel writes ";" where the decimal separator is a comma, as in Vietnamese settings).
// Decoding is ours: Excel saves "CSV UTF-8" with a BOM, "Unicode text" as UTF-16, and plain
// "CSV" in the Windows code page, which for Vietnamese is windows-1258 (tones as combining marks,
// made NFC by the readers).
import Papa from 'papaparse';
import type { CellValue, SheetData } from '../model';

export interface CsvRead {
  sheet: SheetData;
  /** The encoding the bytes were read in: "utf-8", "utf-16le", "utf-16be" or "windows-1258". */
  encoding: string;
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    // TextDecoder drops a UTF-8 BOM itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

/** The sheet of a .csv file, named after the file as Excel names it when it opens one. */
export function readCsv(bytes: Uint8Array, fileName: string): CsvRead {
  const { text, encoding } = decode(bytes);
  // The separator is guessed on the first lines without the blank ones (they would count as
  // one-field rows against every separator); the file is then read with its blank lines, which are
  // rows as Excel shows them, so row numbers in messages match what the unit sees.
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy', preview: 50 });
  const parsed = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  const values: CellValue[][] = parsed.data.map((row) => row.map((c) => (c.trim() === '' ? null : c)));
  while (values.length && values[values.length - 1].every((c) => c === null)) values.pop();
  return { sheet: { name: fileName.replace(/\.[^.]*$/, ''), values }, encoding };
}
