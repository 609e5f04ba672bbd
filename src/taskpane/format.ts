// Small pure helpers for what the pane shows: dates with weekdays, quotas, column letters.
import { fromIso, formatVN, weekday, parseDate, toIso } from '../core/dates';
import { WEEKDAY_LABEL } from '../core/text';
import type { Quota } from '../core/types';

/** "2023-12-15" → { date: "15/12/2023", weekday: "Thứ Sáu", weekend } (null for a bad ISO date). */
export function describeIso(iso: string | null): { date: string; weekday: string; weekend: boolean } | null {
  if (!iso) return null;
  const s = fromIso(iso);
  if (s == null) return null;
  const wd = weekday(s);
  return { date: formatVN(s), weekday: WEEKDAY_LABEL[wd], weekend: wd === 0 || wd === 6 };
}

/** A user-typed dd/mm/yyyy (or any form parseDate reads) → "YYYY-MM-DD", or null. */
export function userDateToIso(raw: string, year: number | null): string | null {
  const r = parseDate(raw, { year });
  if (!r.ok) return null;
  return toIso(r.serial);
}

/** Column number (1-based) → letters ("A", "AB"). */
export function colLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A quota's numbers as "05 TT · 10 CN" style text, or null when nothing is known. */
export function quotaParts(q: Quota | null): { collective: number | null; individual: number | null; either: number | null } {
  return { collective: q?.collective ?? null, individual: q?.individual ?? null, either: q?.either ?? null };
}

/** Parse a non-negative integer field; '' → null; anything else → undefined (invalid). */
export function parseCount(raw: string): number | null | undefined {
  const t = raw.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return undefined;
  return Number(t);
}

/** Parse a percent field "80", "80,5", "80%" → 0–1; '' → null; invalid → undefined. */
export function parsePercent(raw: string): number | null | undefined {
  const t = raw.trim().replace('%', '').replace(',', '.');
  if (t === '') return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const v = Number(t);
  if (v > 100) return undefined;
  return v / 100;
}
