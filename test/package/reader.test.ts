// The package layer's reader must hand the workbook layer what the command line's reader always
// handed it (exceljs's, kept as an oracle in test/support/exceljsSheets.ts), cell for cell, on every
// workbook the project has: real-world shapes, the genre fixtures, the malformed ones and the
// sample. A file exceljs cannot read is refused by the layer too, with a message naming it.
import * as fs from 'fs';
import * as path from 'path';
import { allSheets, loadWorkbook } from '../support/exceljsSheets';
import { readWorkbook } from '../../src/package';
import { isUserError } from '../../src/core/errors';
import type { SheetData } from '../../src/workbook/model';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['test/fixtures/malformed', 'test/fixtures/workbooks', 'test/fixtures/genre', 'assets/samples'];
const FILES = DIRS.flatMap((d) =>
  fs
    .readdirSync(path.join(ROOT, d))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(d, f)),
);

type Outcome = { sheets: ReturnType<typeof comparable>[] } | { error: string };

/** Formats of empty cells tell nothing (a value decides what a format means): compare them only beside a value. */
function comparable(s: SheetData) {
  return {
    name: s.name,
    values: s.values,
    formats: s.values.map((row, r) => row.map((v, c) => (v === null ? null : (s.numberFormats?.[r]?.[c] ?? '')))),
  };
}

async function viaExceljs(bytes: Buffer, name: string): Promise<Outcome> {
  try {
    return { sheets: allSheets(await loadWorkbook(bytes, name)).map(comparable) };
  } catch (e) {
    if (isUserError(e)) return { error: e.message };
    throw e;
  }
}

function viaPackage(bytes: Buffer, name: string): Outcome {
  try {
    return { sheets: readWorkbook(new Uint8Array(bytes), name, { formats: true }).sheets.map(comparable) };
  } catch (e) {
    if (isUserError(e)) return { error: e.message };
    throw e;
  }
}

describe('package reader = the exceljs reader', () => {
  test('the fixture list is not empty', () => {
    expect(FILES.length).toBeGreaterThan(60);
  });
  test.each(FILES)('%s', async (file) => {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const name = path.basename(file);
    const old = await viaExceljs(bytes, name);
    const now = viaPackage(bytes, name);
    if ('error' in old) {
      // Refused by both; the layer's message names the file (exceljs's says nothing useful).
      expect('error' in now ? now.error : 'the package layer read a file exceljs cannot').toContain(`"${name}"`);
      return;
    }
    expect('error' in now ? now.error : null).toBeNull();
    expect((now as { sheets: unknown[] }).sheets).toEqual(old.sheets);
  });
});
