// The date a unit's own document carries: the place-date line of an administrative document
// ("Sông Lam, ngày 12 tháng 10 năm 2026", Nghị định 30/2020 Phụ lục I), written in a title cell or
// under the signature. A received date is taken from it when the file has no received column:
// it is the day the unit signed, the nearest the file itself says to the day it was sent.
import type { Serial } from '../types';
import { nfc } from '../normalize';
import { parseDate } from '../dates';

export interface DocumentDate {
  serial: Serial;
  /** The line it was read from, as written (NFC). */
  text: string;
}

// "…, ngày 12 tháng 10 năm 2026", "Ngày 12 tháng 10 năm 2026", "…, ngày 12/10/2026". A header
// ("Ngày nộp"), a partial date ("ngày … tháng … năm 2026", an unsigned draft) or a date inside a
// sentence ("Quyết định số 12 ngày 05/3/2024") is not a place-date line.
const PLACE_DATE = /^(?:[^,;:]{1,60},\s*)?ngày\s*(\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*\.?$/iu;

/** The date of one place-date line, or null when the text is none. */
export function placeDate(text: string): DocumentDate | null {
  if (text.length > 120) return null;
  const t = nfc(text);
  const m = PLACE_DATE.exec(t);
  if (!m) return null;
  const d = parseDate(m[1].replace(/\s+/g, ' '));
  return d.ok ? { serial: d.serial, text: t } : null;
}

/**
 * The document's date from its texts, footer lines first (the signature's date), then title
 * lines; `others` are the other distinct dates found, so a caller can say there were several.
 */
export function findDocumentDate(footer: string[], title: string[]): { date: DocumentDate; others: DocumentDate[] } | null {
  const found: DocumentDate[] = [];
  for (const t of [...footer, ...title]) {
    const d = placeDate(t);
    if (d && !found.some((f) => f.serial === d.serial)) found.push(d);
  }
  return found.length ? { date: found[0], others: found.slice(1) } : null;
}
