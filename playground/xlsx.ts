// Reads an .xlsx in the browser (exceljs's browser build, loaded lazily) into SheetData the way
// Office.js would hand it over: dates as serial numbers with a date number format, formulas as
// their cached results, rich text and hyperlinks as plain text.
import type { CellValue, SheetData } from '../src/workbook/model';

const MS_PER_DAY = 86400000;
/** Excel serial of 1970-01-01 (epoch 1899-12-30; valid after 1900-03-01). */
const UNIX_EPOCH_SERIAL = 25569;

export function dateToSerial(d: Date): number {
  // exceljs gives dates as UTC midnight of the written day.
  return Math.round(d.getTime() / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function plain(v: any): { value: CellValue; isDate: boolean } {
  if (v === null || v === undefined) return { value: null, isDate: false };
  if (v instanceof Date) return { value: dateToSerial(v), isDate: true };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v, isDate: false };
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return { value: v.richText.map((r: { text: string }) => r.text).join(''), isDate: false };
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plain(v.result ?? null);
    if ('hyperlink' in v) return { value: typeof v.text === 'string' ? v.text : String(v.text?.richText?.map((r: { text: string }) => r.text).join('') ?? ''), isDate: false };
    // Office.js hands error cells over as their text ("#N/A"); so does the fake host.
    if ('error' in v) return { value: String(v.error), isDate: false };
  }
  return { value: String(v), isDate: false };
}

export interface LoadedWorkbook {
  sheets: SheetData[];
  active: string;
}

export async function readXlsx(bytes: ArrayBuffer): Promise<LoadedWorkbook> {
  const mod = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ExcelJS: any = (mod as any).default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const sheets: SheetData[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  wb.eachSheet((ws: any) => {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const rows = ws.actualRowCount ? ws.rowCount : 0;
    const cols = ws.columnCount;
    for (let r = 1; r <= rows; r++) {
      const vr: CellValue[] = [];
      const fr: string[] = [];
      const row = ws.getRow(r);
      for (let c = 1; c <= cols; c++) {
        const cell = row.getCell(c);
        const { value, isDate } = plain(cell.value);
        vr.push(value);
        const fmt = cell.numFmt || 'General';
        fr.push(isDate && fmt === 'General' ? 'dd/mm/yyyy' : fmt);
      }
      values.push(vr);
      numberFormats.push(fr);
    }
    sheets.push({ name: ws.name, values, numberFormats });
  });
  const activeIdx = wb.views?.[0]?.activeTab ?? 0;
  return { sheets, active: sheets[activeIdx]?.name ?? sheets[0]?.name ?? '' };
}
