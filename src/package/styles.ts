// What the reader needs from styles.xml: each cell format's number format code (to tell a date
// serial from a number) and how many cell formats there are (a cell's s= must name one).
import { attr, attrsOf, elements, readRoot, SPREADSHEET_NS } from './xml';
import { isDateFormat } from '../core/dateSystem';

/**
 * Built-in number formats by id (ECMA-376 Part 1, 18.8.30), as exceljs names them. Ids 27–36 and
 * 50–58 are the East Asian built-ins: all dates or times whatever the locale (WPS and Excel in
 * those locales write them without a code), so they get a date or time code here.
 */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
for (const id of [27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]) BUILTIN_FORMATS[id] = 'yyyy-mm-dd';
for (const id of [32, 33, 34, 35, 55, 56]) BUILTIN_FORMATS[id] = 'h:mm:ss';

export interface StyleInfo {
  /** Number format code per cellXfs index ('' for General or none, as exceljs gives it). */
  formats: string[];
  isDate: boolean[];
  /** How many cell formats there are: a cell's s= must be below it. */
  count: number;
}

export const NO_STYLES: StyleInfo = { formats: [], isDate: [], count: 0 };

export function parseStyles(xml: string): StyleInfo {
  const root = readRoot(xml, 'styleSheet', SPREADSHEET_NS);
  const p = root.p;
  const custom = new Map<number, string>();
  for (const e of elements(xml, `${p}numFmt`)) {
    const a = attrsOf(e.attrs);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const cellXfs = elements(xml, `${p}cellXfs`)[0];
  const formats = (cellXfs ? elements(cellXfs.inner, `${p}xf`) : []).map((x) => {
    const id = Number(attr(x.attrs, 'numFmtId') ?? '0');
    if (!id) return '';
    return custom.get(id) || BUILTIN_FORMATS[id] || '';
  });
  return { formats, isDate: formats.map(isDateFormat), count: formats.length };
}
