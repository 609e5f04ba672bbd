// The fast reader must give the workbook layer exactly what the exceljs reader gave, on every
// workbook the project has: real-world shapes, the genre fixtures and the malformed ones.
import * as fs from 'fs';
import * as path from 'path';
import { allSheets, loadWorkbook } from '../../src/cli/xlsx';
import { openPackage, readPackageSheets } from '../../src/cli/xlsxZip';
import { Declined } from '../../src/cli/sheetXml';
import { UserError } from '../../src/core/errors';
import type { SheetData } from '../../src/workbook/model';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['test/fixtures/malformed', 'test/fixtures/workbooks', 'test/fixtures/genre', 'assets/samples'];
const FILES = DIRS.flatMap((d) =>
  fs
    .readdirSync(path.join(ROOT, d))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(d, f)),
);

type Outcome = { sheets: SheetData[] } | { error: string } | { declined: true };

async function viaExceljs(bytes: Buffer, name: string): Promise<Outcome> {
  try {
    return { sheets: allSheets(await loadWorkbook(bytes, name)) };
  } catch (e) {
    if (e instanceof UserError) return { error: e.message };
    throw e;
  }
}

async function viaFast(bytes: Buffer, name: string): Promise<Outcome> {
  try {
    return { sheets: await readPackageSheets(await openPackage(bytes), name) };
  } catch (e) {
    if (e instanceof Declined) return { declined: true };
    if (e instanceof UserError) return { error: e.message };
    throw e;
  }
}

/** Formats of empty cells tell nothing (a value decides what a format means): compare them only beside a value. */
function comparable(s: SheetData) {
  return {
    name: s.name,
    values: s.values,
    formats: s.values.map((row, r) => row.map((v, c) => (v === null ? null : (s.numberFormats?.[r]?.[c] ?? '')))),
  };
}

describe('fast .xlsx reader = exceljs reader', () => {
  test('the fixture list is not empty', () => {
    expect(FILES.length).toBeGreaterThan(60);
  });
  test.each(FILES)('%s', async (file) => {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const name = path.basename(file);
    const old = await viaExceljs(bytes, name);
    const fast = await viaFast(bytes, name);
    if ('declined' in fast) {
      // Declining is allowed only for what exceljs cannot read either, or reads through its repair.
      expect('sheets' in old ? `fast path declined a file exceljs reads` : 'ok').toBe('ok');
      return;
    }
    if ('error' in old) {
      expect('error' in fast ? fast.error : 'fast path read a file exceljs refuses').toBe(old.error);
      return;
    }
    expect('sheets' in fast).toBe(true);
    expect((fast as { sheets: SheetData[] }).sheets.map(comparable)).toEqual((old as { sheets: SheetData[] }).sheets.map(comparable));
  });
});
