// Criterion marks, numbers and vote shares as offices type them. Never throws: anything
// unreadable is reported so the row goes under review instead of being silently guessed.
import type { MarkValue } from './types';
import { ENGINE_TEXT } from './text/engine';

export type VoteResult = { ok: true; value: number | null } | { ok: false; message: string };

// Lower-cased NFC tokens. "√" (square root) and "☑" are how many offices type a tick in their sheets.
const MET = new Set(['x', 'v', '✓', '✔', '√', '☑', 'đạt', 'có', 'đ', '1', 'true', 'hoàn thành']);
const UNMET = new Set([
  '', 'không', 'không đạt', 'chưa đạt', 'k', '0', 'false', '-', '–', '—', '✗', '✘',
  'chưa hoàn thành', 'không hoàn thành',
]);

const markCache = new Map<string, MarkValue>();

function markKey(s: string): string {
  // Same folding as nfc() without the import cost in this hot path; a trailing full stop
  // ("Đạt.") is punctuation, not meaning.
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

/**
 * Host cell objects (exceljs formula results, rich text, hyperlinks) → their plain value, so
 * every caller gets the same reading whatever shape its host hands over.
 */
function unwrap(v: unknown): unknown {
  for (let depth = 0; depth < 3 && v !== null && typeof v === 'object' && !(v instanceof Date); depth++) {
    const o = v as Record<string, unknown>;
    if ('result' in o) v = o.result;
    else if (Array.isArray(o.richText)) v = o.richText.map((r) => (r && typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('');
    else if (typeof o.text === 'string') v = o.text;
    else return v;
  }
  return v;
}

function describe(v: unknown): string {
  try {
    return typeof v === 'string' ? v : typeof v === 'object' && v !== null ? ENGINE_TEXT.notAValue : String(v);
  } catch {
    return '?';
  }
}

export function parseMark(v: unknown): MarkValue {
  v = unwrap(v);
  if (v === null || v === undefined) return 'unmet';
  if (typeof v === 'boolean') return v ? 'met' : 'unmet';
  if (typeof v === 'number') return v === 1 ? 'met' : v === 0 ? 'unmet' : 'unreadable';
  if (typeof v !== 'string') return 'unreadable';
  let r = markCache.get(v);
  if (r !== undefined) return r;
  const k = markKey(v);
  r = MET.has(k) ? 'met' : UNMET.has(k) ? 'unmet' : 'unreadable';
  if (markCache.size < 10000) markCache.set(v, r);
  return r;
}

/**
 * Numbers as typed in Vietnamese sheets. Rules (the comma is the Vietnamese decimal mark):
 * - spaces (also non-breaking) are dropped: "1 234,5" → 1234.5;
 * - both "." and "," present: the last one is the decimal mark ("1.234,5" → 1234.5, "1,234.5" → 1234.5);
 * - only commas: one comma is a decimal comma ("92,5" → 92.5); several must be thousands groups ("1,234,567");
 * - only dots: one dot is a decimal point ("92.5"); several must be thousands groups ("1.234.567").
 * Anything else (units, "%", letters) → null.
 */
export function parseNumber(v: unknown): number | null {
  v = unwrap(v);
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  let s = v.normalize('NFC').replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, '');
  if (s === '') return null;
  let sign = 1;
  if (s[0] === '-' || s[0] === '−' || s[0] === '+') {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let norm: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    const [intPart, frac, ...rest] = s.split(dec);
    if (rest.length || !/^\d{1,3}(?:[.,]\d{3})*$/.test(intPart) || intPart.includes(dec) || !/^\d+$/.test(frac)) return null;
    norm = intPart.split(thou).join('') + '.' + frac;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length === 2) {
      if (parts[0] === '' && parts[1] === '') return null;
      norm = (parts[0] || '0') + '.' + parts[1];
    } else if (new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`).test(s)) {
      norm = parts.join('');
    } else return null;
  } else norm = s;
  const n = Number(norm);
  return Number.isFinite(n) ? sign * n : null;
}

/**
 * A vote share typed as a number 0–100 (nearly every cell), as a fraction; NaN for any other number
 * (not null: a caller's variable that may hold null keeps the double boxed, one allocation a row).
 */
export function voteFromNumber(v: number): number {
  return v >= 0 && v <= 100 ? Math.min(1, Math.round((v > 1 ? v / 100 : v) * 1e10) / 1e10) : NaN;
}

/**
 * A vote share as a fraction 0–1. A number ≤ 1 is already a fraction (an Excel percent cell
 * holds 0.925); a number above 1 is a percentage (92.5); text with "%" is always a percentage.
 */
export function parseVote(v: unknown): VoteResult {
  v = unwrap(v);
  if (v === null || v === undefined) return { ok: true, value: null };
  let n: number | null;
  let percent = false;
  // The cell's text is only for a message: a readable vote (nearly every row) never builds it.
  const raw = (): string => describe(v);
  if (typeof v === 'number') {
    // A share in range, as most cells hold it: no message can follow.
    const share = voteFromNumber(v);
    if (share === share) return { ok: true, value: share };
    n = Number.isFinite(v) ? v : null;
  } else if (typeof v === 'string') {
    let s = v.normalize('NFC').trim();
    if (s === '') return { ok: true, value: null };
    if (s.endsWith('%')) {
      percent = true;
      s = s.slice(0, -1);
    }
    n = parseNumber(s);
  } else return { ok: false, message: ENGINE_TEXT.voteUnreadable(raw()) };
  if (n === null) return { ok: false, message: ENGINE_TEXT.voteUnreadable(raw()) };
  if (n < 0) return { ok: false, message: ENGINE_TEXT.voteNegative(raw()) };
  const f = percent || n > 1 ? n / 100 : n;
  if (f > 1 + 1e-12) return { ok: false, message: ENGINE_TEXT.voteOver100(raw()) };
  return { ok: true, value: Math.min(1, Math.round(f * 1e10) / 1e10) };
}
