// Reads an .xlsx in the browser into SheetData the way Office.js would hand it over — dates as
// serial numbers with a date number format, formulas as their cached results, rich text and
// hyperlinks as plain text, errors as their text — through the same package layer the command line
// uses (src/package), loaded lazily. A file the layer refuses (hostile, broken) throws its message.
import type { SheetData } from '../src/workbook/model';

export interface LoadedWorkbook {
  sheets: SheetData[];
  active: string;
}

export async function readXlsx(bytes: ArrayBuffer, fileName = 'workbook.xlsx'): Promise<LoadedWorkbook> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../src/package');
  const read = readWorkbook(new Uint8Array(bytes), fileName, { form: 'office' });
  return { sheets: read.sheets, active: read.active };
}
