// The two date systems of Excel workbooks. The engine counts every date in the 1900 system (serial
// 1 = 01/01/1900); a workbook may count from 1904 instead (Excel for Mac's option, LibreOffice's),
// so the same day is 1462 less there. Each door converts at the edge: the package layer when it
// reads and writes date-formatted cells, the Office.js adapter through SheetData.date1904 and its
// write plan, so nothing inside ever sees a 1904 serial.

/** Days between the 1900 and the 1904 date systems' day 0 (a 1904 workbook's serial + 1462 = the 1900 serial). */
export const DAYS_1904 = 1462;

/** True when a number format code shows a date or a time (quoted text and [colour] sections aside). */
export function isDateFormat(fmt: string): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

/** A number a date cell holds, in the 1900 system the engine counts in. */
export function serialFromBook(n: number, date1904: boolean | undefined): number {
  return date1904 ? n + DAYS_1904 : n;
}

/** A 1900-system serial as a workbook of `date1904` stores it. */
export function serialToBook(n: number, date1904: boolean | undefined): number {
  return date1904 ? n - DAYS_1904 : n;
}
