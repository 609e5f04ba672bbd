// Columns a unit's list carries that the scoring list has no field for but the merged list keeps:
// the birth year (the duplicate rules need it: two people of one name in one unit), the award
// form proposed, and the summary of achievements. Recognised by their header, as header.ts does
// for the scoring fields (folded: case, diacritics and punctuation ignored).
import { foldKey } from '../../core/normalize';
import type { CellValue } from '../model';

export type ExtraField = 'birthYear' | 'form' | 'achievement';

const PATTERNS: [RegExp, ExtraField][] = [
  // "Năm sinh", "Ngày tháng năm sinh", "Năm sinh / Nam", "Năm sinh / Nữ" (a two-row header by gender).
  [/^(?:nam sinh|ngay sinh|ngay thang nam sinh|sinh nam)\b/, 'birthYear'],
  // "Hình thức khen thưởng (đề nghị)", "Danh hiệu đề nghị", "Hình thức đề nghị".
  [/^(?:hinh thuc|danh hieu)\b/, 'form'],
  // "Thành tích", "Tóm tắt thành tích", "Nội dung thành tích".
  [/^(?:tom tat |noi dung )?thanh tich\b/, 'achievement'],
];

/** The extra field a header names, or null. */
export function classifyExtra(header: string): ExtraField | null {
  const k = foldKey(header);
  for (const [re, f] of PATTERNS) if (re.test(k)) return f;
  return null;
}

/** A birth year from a cell: a year (1980), a date (a Date cell or "12/03/1980"), or null. */
export function birthYearOf(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const y = v.getUTCFullYear();
    return Number.isFinite(y) ? y : null;
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return v;
    return null;
  }
  if (typeof v !== 'string') return null;
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(v);
  return m ? Number(m[1]) : null;
}
