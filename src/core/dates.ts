// Dates as Excel serial numbers. Everything is integer arithmetic on days (no Date objects in
// the hot paths): the custom functions and the engine compare thousands of dates per sheet.
//
// Excel's epoch is 1899-12-30 for serials ≥ 61, but Excel (after Lotus 1-2-3) pretends 1900 was a
// leap year: serial 60 is the fictitious 29/02/1900 and serials 1–59 are 1900-01-01…1900-02-28,
// i.e. one day later than the plain epoch count would give. We mirror that exactly so a serial
// read from a workbook means the same day Excel shows.

import type { Serial } from './types';
import { nfc } from './normalize';
import { DATE_TEXT } from './text/dates';

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day count since 1970-01-01 (daysFromCivil's inverse). */
export function ymdFromDays(z: number): { y: number; m: number; d: number } {
  return civilFromDays(z);
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: m <= 2 ? y + 1 : y, m, d };
}

/** 1899-12-30 in days since 1970-01-01. */
const EPOCH = daysFromCivil(1899, 12, 30);
/** Largest serial Excel accepts (31/12/9999). */
export const MAX_SERIAL = 2958465;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** A real calendar day (29/02/1900 is not one, although Excel has a serial for it). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

export function ymdToSerial(y: number, m: number, d: number): Serial {
  const s = daysFromCivil(y, m, d) - EPOCH;
  // Before 1900-03-01 Excel counts one day more (its fictitious 29/02/1900 comes after).
  return s < 61 ? s - 1 : s;
}

/**
 * serialToYmd(s).y * 12 + serialToYmd(s).m - 1 without building the object: the deadline memo
 * keys each TDKT.ISLATE call by it, a million times a second.
 */
export function serialYearMonth(s: Serial): number {
  s = Math.floor(s);
  if (s === 60) return 1900 * 12 + 1;
  const z = (s < 60 ? s + 1 : s) + EPOCH + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}

/** The year of a serial (serialToYmd(s).y), allocation-free. */
export function serialYear(s: Serial): number {
  return Math.floor(serialYearMonth(s) / 12);
}

/**
 * A number as a date cell holds it: its whole serial (a fraction is a time and is dropped), or -1
 * when the number is no date Excel has (outside 1 … 2958465, NaN, the fictitious 29/02/1900).
 * parseDate's fast path; allocation-free so the custom functions can call it per cell.
 */
export function serialFromNumber(n: number): Serial {
  if (!(n >= 1 && n < MAX_SERIAL + 1)) return -1;
  const s = Math.floor(n);
  return s === 60 ? -1 : s;
}

export function serialToYmd(s: Serial): { y: number; m: number; d: number } {
  s = Math.floor(s);
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  return civilFromDays((s < 60 ? s + 1 : s) + EPOCH);
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

export function toIso(s: Serial): string {
  const { y, m, d } = serialToYmd(s);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function fromIso(s: string): Serial | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof s === 'string' ? s.trim() : '');
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidYmd(y, mo, d) ? ymdToSerial(y, mo, d) : null;
}

export function formatVN(s: Serial): string {
  const { y, m, d } = serialToYmd(s);
  return `${pad2(d)}/${pad2(m)}/${pad4(y)}`;
}

/** 0 = Sunday … 6 = Saturday. 1899-12-30 (serial 0 on the plain count) was a Saturday. */
export function weekday(s: Serial): number {
  s = Math.floor(s);
  const real = s < 61 ? s + 1 : s;
  return (((real + 6) % 7) + 7) % 7;
}

/** s + n days; plain addition except around Excel's fictitious 29/02/1900. */
export function addDays(s: Serial, n: number): Serial {
  if (s >= 61 && s + n >= 61) return s + n;
  const r = (s < 61 ? s + 1 : s) + n;
  return r < 61 ? r - 1 : r;
}

export type DateResult = { ok: true; serial: Serial } | { ok: false; partial: boolean; message: string };

const fail = (message: string, partial = false): DateResult => ({ ok: false, partial, message });

function fromParts(y: number, m: number, d: number): DateResult {
  if (!isValidYmd(y, m, d)) return fail(DATE_TEXT.impossible(d, m, y));
  return { ok: true, serial: ymdToSerial(y, m, d) };
}

function fromSerialNumber(n: number, raw: string | null): DateResult {
  const fast = serialFromNumber(n);
  if (fast !== -1) return { ok: true, serial: fast };
  // Only a refused number needs its text (for the message): String(n) is not free.
  if (raw === null) raw = String(n);
  if (!Number.isFinite(n)) return fail(DATE_TEXT.notADate(raw));
  const s = Math.floor(n); // a date-time cell carries the time as a fraction
  if (s < 1 || s > MAX_SERIAL) return fail(DATE_TEXT.outOfRange(raw));
  if (s === 60) return fail(DATE_TEXT.impossible(29, 2, 1900));
  return { ok: true, serial: s };
}

const TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:SA|CH|AM|PM))?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const RE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const RE_DMY = /^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const RE_DM = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
const RE_YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
// "ngày 15 tháng 10 năm 2029", possibly inside a longer line ("Hà Nội, ngày 15 tháng 10 năm 2029").
const RE_VN = /(?:^|[^\p{L}])(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?![\p{L}\d])/iu;
// Blank day or month, as in unsigned drafts: "ngày  tháng 6 năm 2024", "ngày … tháng … năm 2024".
const RE_VN_PARTIAL = /ngày\s*[.…_\s-]*tháng\s*(?:\d{1,2}|[.…_\s-]*)\s*(?:năm\s*(?:\d{4})?)?/iu;

/**
 * Reads every date form the offices use. Never throws.
 * - JS Date: its UTC y/m/d (exceljs hands date cells over as UTC midnight).
 * - number: an Excel serial (a fraction is a time and is dropped); 1 … 2958465, not 60.
 * - string: "15/6/2023", "15/06/2023", "15-6-2023", "15.6.2023", "15/06/23" (→ 2023), ISO
 *   "2023-06-15", "2023/06/15", "ngày 15 tháng 10 năm 2029", "ngày 15 tháng 10" and "15/6" (year from
 *   opts.year), any of them with a time after it. A bare digit string is read as a serial only when it
 *   has exactly five digits (10000–99999: 1927–2173, what a serial exported as text looks like); "2023"
 *   alone is a year, not a date, and is refused.
 * - "ngày  tháng 6 năm 2024" (blank day) → partial.
 */
export function parseDate(input: unknown, opts?: { year?: number | null }): DateResult {
  // Fast path: a date cell's whole serial (the common case, thousands per sheet).
  if (typeof input === 'number') return fromSerialNumber(input, null);
  try {
    return parseDateInner(input, opts?.year ?? null);
  } catch {
    return fail(DATE_TEXT.notADate(safeString(input)));
  }
}

function safeString(x: unknown): string {
  try {
    return String(x).slice(0, 100);
  } catch {
    return '?';
  }
}

function parseDateInner(input: unknown, year: number | null): DateResult {
  if (input === null || input === undefined) return fail(DATE_TEXT.empty);
  if (input instanceof Date) {
    const t = input.getTime();
    if (!Number.isFinite(t)) return fail(DATE_TEXT.notADate('Invalid Date'));
    return fromParts(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number') return fromSerialNumber(input, null);
  if (typeof input !== 'string') return fail(DATE_TEXT.notADate(safeString(input)));
  const raw = input.length > 300 ? input.slice(0, 300) : input;
  const s = nfc(raw).replace(TIME_SUFFIX, '').trim();
  if (s === '') return fail(DATE_TEXT.empty);
  let m: RegExpExecArray | null;
  if ((m = RE_DMY.exec(s))) {
    let y = +m[4];
    if (m[4].length === 2) y += 2000;
    return fromParts(y, +m[3], +m[1]);
  }
  if ((m = RE_ISO.exec(s)) || (m = RE_YMD_SLASH.exec(s))) return fromParts(+m[1], +m[2], +m[3]);
  if ((m = RE_DM.exec(s))) {
    if (year === null) return fail(DATE_TEXT.noYear(s));
    return fromParts(year, +m[2], +m[1]);
  }
  if (/^\d{5}$/.test(s)) return fromSerialNumber(+s, s);
  if ((m = RE_VN.exec(s))) {
    const y = m[3] !== undefined ? +m[3] : year;
    if (y === null) return fail(DATE_TEXT.noYear(s));
    return fromParts(y, +m[2], +m[1]);
  }
  if (RE_VN_PARTIAL.test(s)) return fail(DATE_TEXT.partial(s), true);
  return fail(DATE_TEXT.notADate(s));
}
