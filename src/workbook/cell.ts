import { nfc } from '../core/normalize';
import type { CellValue } from './model';

/** A Date cell as "YYYY-MM-DD"; an invalid Date (a corrupt file can hold one) reads as empty. */
export function dateCellText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** A cell as text: NFC, whitespace folded; errors and unknown objects read as empty. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return nfc(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return dateCellText(v);
  return '';
}
