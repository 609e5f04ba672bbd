// Turning what Office returns for a used range into the host-free SheetData the workbook layer reads.
import type { CellValue, Grid, SheetData } from '../workbook/model';

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/** One cell as Office gives it ('' for empty, error text for errors) → CellValue. */
export function fromOffice(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_VALUES.has(v) ? { error: v } : v;
  return String(v);
}

/**
 * The used range (which may start below/right of A1) padded to start at A1, as SheetData.
 * rowIndex/columnIndex are Office's 0-based indexes of the used range's top-left cell.
 */
export function toSheetData(name: string, values: unknown[][], numberFormats: unknown[][] | null, rowIndex: number, columnIndex: number): SheetData {
  const grid: Grid = [];
  const formats: string[][] = [];
  for (let r = 0; r < rowIndex; r++) {
    grid.push([]);
    formats.push([]);
  }
  // A blank sheet's used range is A1 with ''.
  const blank = values.length === 1 && values[0].length === 1 && values[0][0] === '' && rowIndex === 0 && columnIndex === 0;
  if (!blank) {
    for (let r = 0; r < values.length; r++) {
      const row: CellValue[] = new Array(columnIndex).fill(null);
      const frow: string[] = new Array(columnIndex).fill('General');
      for (let c = 0; c < values[r].length; c++) {
        row.push(fromOffice(values[r][c]));
        frow.push(String(numberFormats?.[r]?.[c] ?? 'General'));
      }
      grid.push(row);
      formats.push(frow);
    }
  }
  return numberFormats ? { name, values: blank ? [] : grid, numberFormats: blank ? [] : formats } : { name, values: blank ? [] : grid };
}

/** The sheet marked as read from a 1904 workbook (SheetData.date1904); a 1900 one's is left as it is. */
export function inDateSystem(sheet: SheetData, date1904: boolean): SheetData {
  return date1904 ? { ...sheet, date1904: true } : sheet;
}
