import { nfc } from '../core/normalize';
import { ymdFromDays } from '../core/dates';
import type { CellValue } from './model';

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

/** A Date cell as "YYYY-MM-DD"; an invalid Date (a corrupt file can hold one) reads as empty. */
export function dateCellText(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  // Day arithmetic instead of toISOString(): a list holds a date on every row and this is on the
  // row reader's path. Years outside 0–9999 keep toISOString()'s extended form.
  const { y, m, d: day } = ymdFromDays(Math.floor(t / 86400000));
  if (y < 0 || y > 9999) return d.toISOString().slice(0, 10);
  return String(y).padStart(4, '0') + '-' + pad2(m) + '-' + pad2(day);
}

/** A cell as text: NFC, whitespace folded; errors and unknown objects read as empty. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return nfc(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return dateCellText(v);
  return '';
}
