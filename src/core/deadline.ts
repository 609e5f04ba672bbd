// Deadline phrases → due dates and last on-time days (shared/domain.md, "Deadline phrases").
//
// Choices where the spec is silent (documented here because the engine and the CLI rely on them):
// - A date written with its year ("trước ngày 15/12/2023") keeps that year whatever year is asked;
//   the asked year (--year, else the plan's year given as ctx) fills in only dates without a year,
//   recurring phrases and "năm sau" (asked year + 1).
// - A bare date without a rule word ("15/12/2023", "ngày 15 tháng 12") is read as "by" (inclusive):
//   only "trước" directly before the date makes it exclusive.
// - A monthly/annual day beyond the month's length (31 in a 30-day month, 29/02 in a common year)
//   falls on the month's last day.
// - lastOnTimeFor: quarterly/monthly phrases are measured against the occurrence of the quarter or
//   month the received date falls in; annual ones against the asked year, else the received date's
//   year; a one-off phrase without a year and without an asked year gives null (never guessed).
// - Điều 148 (next working day) applies only with shiftDaysOff; otherwise a last on-time day that is
//   a day off is reported as a note.

import type { Deadline, DeadlineDate, DeadlineRule, Serial } from './types';
import type { Calendar } from './calendar';
import { builtinCalendar, nextWorkingDay, workingDaysBetween } from './calendar';
import { daysInMonth, formatVN, isValidYmd, serialToYmd, serialYear, serialYearMonth, toIso, weekday, ymdToSerial } from './dates';
import { nfc } from './normalize';
import { DATE_TEXT, DEADLINE_TEXT, WEEKDAYS_VN } from './text/dates';

export interface DeadlineSpec {
  /** The phrase as written (NFC). */
  text: string;
  rule: DeadlineRule;
  /** Whether the written day D itself is on time. */
  inclusive: boolean;
  /** Day of month D (before/by/annual/quarterly/monthly). */
  day: number | null;
  /** Month (before/by/annual/month); quarter number 1–4 for the 'quarter' rule. */
  month: number | null;
  /** The year written in the phrase, or null. */
  year: number | null;
  /** "năm sau": the year after the asked/plan year. */
  nextYear: boolean;
  /** A window's first day ("từ ngày A đến ngày B"); its year null when it takes the due date's. */
  from: { day: number; month: number; year: number | null } | null;
  /** A stated working-day count ("trong 10 ngày làm việc (…)"), checked against the calendar. */
  workingDays: number | null;
  /** Relative rule: the phrase naming the event. */
  event: string | null;
  /** The plan's year given as context when parsing (used when no year is asked). */
  ctxYear: number | null;
}

export type DeadlineParse = { ok: true; spec: DeadlineSpec } | { ok: false; message: string };

export interface ResolveOptions {
  calendar?: Calendar;
  shiftDaysOff?: boolean;
}

// ------------------------------------------------------------------ parsing

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const RE_ANNUAL = /(?:hằng|hàng|mỗi)\s*năm/u;
// "tháng cuối quý", "tháng cuối của mỗi quý", "tháng cuối cùng hàng quý".
const LAST_MONTH_OF_QUARTER = 'tháng\\s*cuối(?:\\s*cùng)?\\s*(?:của\\s*)?(?:(?:mỗi|hằng|hàng)\\s*)?quý';
const RE_QUARTERLY = new RegExp(`(?:hằng|hàng|mỗi)\\s*quý|${LAST_MONTH_OF_QUARTER}`, 'u');
const RE_MONTHLY = /(?:hằng|hàng|mỗi)\s*tháng/u;
const RE_NEXT_YEAR = /năm\s*(?:sau|kế\s*tiếp|tiếp\s*theo)/u;
const RE_WORKING_DAYS = /(\d{1,3})\s*ngày\s*làm\s*việc/u;
const RE_EXTERNAL =
  /^(?:thời\s*điểm[^:]*:\s*)?theo\s*(?:kế\s*hoạch|lịch|thông\s*báo|hướng\s*dẫn|văn\s*bản|quy\s*định|quyết\s*định|công\s*văn|chỉ\s*đạo)|cơ\s*quan\s*có\s*thẩm\s*quyền/u;
const RE_RELATIVE =
  /trước\s*(?:ngày\s*)?\d{1,3}\s*ngày|(?:ít\s*nhất|tối\s*thiểu|chậm\s*nhất)\s*\d{1,3}\s*ngày|\d{1,3}\s*ngày\s*(?:làm\s*việc\s*)?(?:kể\s*từ|sau|trước)|^khi\s|kể\s*từ\s*ngày\s*(?!\d)|sau\s*khi\s/u;

// Day-level dates. Groups: numeric d, m, y | worded d, m, y.
const DATE_SRC =
  '(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?(?![\\d/])' +
  '|(\\d{1,2})\\s*tháng\\s*(\\d{1,2})(?:\\s*(?:năm|/|,)\\s*(\\d{4}))?(?!\\d)';
const RE_DATE_G = new RegExp(DATE_SRC, 'gu');
const RE_QUARTER_DAY = new RegExp(`(?:ngày\\s*)?(\\d{1,2})\\s*(?:của\\s*)?${LAST_MONTH_OF_QUARTER}`, 'u');
const RE_MONTH_DAY = /ngày\s*(\d{1,2})(?!\s*(?:\d|tháng|[/.\-]\s*\d))/u;
const RE_MONTH_ONLY = /tháng\s*(\d{1,2})\s*(?:(?:\/|năm|-)\s*(\d{4}))?(?![\d/])/u;
const RE_QUARTER = /quý\s*(iv|iii|ii|i|[1-4])(?![\p{L}\d])\s*(?:(?:\/|năm|-)\s*(\d{4}))?/u;
const RE_YEAR = /(?:cuối|trong|hết|kết\s*thúc)\s*năm\s*(\d{4})?/u;

type Found = { d: number; m: number; y: number | null; index: number; end: number };

function findDates(t: string): Found[] {
  const out: Found[] = [];
  RE_DATE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_DATE_G.exec(t))) {
    const num = m[1] !== undefined;
    const d = +(num ? m[1] : m[4]);
    const mo = +(num ? m[2] : m[5]);
    const ys = num ? m[3] : m[6];
    out.push({ d, m: mo, y: ys !== undefined ? +ys : null, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

function clean(text: string): string {
  return nfc(String(text))
    .replace(/[*_`#>"“”]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:\s]+$/u, '');
}

function baseSpec(text: string, rule: DeadlineRule, ctxYear: number | null): DeadlineSpec {
  return {
    text, rule, inclusive: true, day: null, month: null, year: null, nextYear: false,
    from: null, workingDays: null, event: null, ctxYear,
  };
}

/** Reads one deadline phrase. Never throws. */
export function parseDeadline(text: string, ctx?: { year?: number | null }): DeadlineParse {
  try {
    const y = ctx?.year;
    return parseInner(typeof text === 'string' ? text : String(text ?? ''), Number.isInteger(y) ? (y as number) : null);
  } catch {
    return { ok: false, message: DEADLINE_TEXT.unreadable(String(text).slice(0, 200)) };
  }
}

function parseInner(raw: string, ctxYear: number | null): DeadlineParse {
  const text = clean(raw.length > 500 ? raw.slice(0, 500) : raw);
  if (!text) return { ok: false, message: DEADLINE_TEXT.empty };
  const t = text.toLowerCase();
  const unreadable = (): DeadlineParse => ({ ok: false, message: DEADLINE_TEXT.unreadable(text) });

  const annual = RE_ANNUAL.test(t);
  const quarterly = RE_QUARTERLY.test(t);
  const monthly = !quarterly && RE_MONTHLY.test(t);
  const nextYear = RE_NEXT_YEAR.test(t);
  const wd = RE_WORKING_DAYS.exec(t);
  const dates = findDates(t);

  // A rule word directly before the date decides inclusive/exclusive.
  const exclusiveBefore = (index: number) => {
    const prefix = t.slice(Math.max(0, index - 40), index);
    if (/trước\s*hoặc\s*(?:trong\s*)?(?:ngày\s*)?$/u.test(prefix)) return false;
    return /trước\s*(?:ngày\s*)?$/u.test(prefix);
  };

  // Quarterly: "trước ngày 20 tháng cuối Quý".
  const qd = RE_QUARTER_DAY.exec(t);
  if (quarterly && qd) {
    const spec = baseSpec(text, 'quarterly', ctxYear);
    spec.day = +qd[1];
    if (spec.day < 1 || spec.day > 31) return unreadable();
    spec.inclusive = !exclusiveBefore(qd.index);
    return { ok: true, spec };
  }

  if (dates.length === 0) {
    if (monthly) {
      const md = RE_MONTH_DAY.exec(t);
      if (md) {
        const spec = baseSpec(text, 'monthly', ctxYear);
        spec.day = +md[1];
        if (spec.day < 1 || spec.day > 31) return unreadable();
        spec.inclusive = !/trước\s*$/u.test(t.slice(0, md.index));
        return { ok: true, spec };
      }
    }
    if (RE_EXTERNAL.test(t)) return { ok: true, spec: baseSpec(text, 'external', ctxYear) };
    if (RE_RELATIVE.test(t)) {
      const spec = baseSpec(text, 'relative', ctxYear);
      spec.event = text;
      return { ok: true, spec };
    }
    const q = RE_QUARTER.exec(t);
    if (q) {
      const spec = baseSpec(text, 'quarter', ctxYear);
      spec.month = ROMAN[q[1]];
      spec.year = q[2] !== undefined ? +q[2] : null;
      return { ok: true, spec };
    }
    const mo = RE_MONTH_ONLY.exec(t);
    if (mo && !/tháng\s*cuối/u.test(t)) {
      const month = +mo[1];
      if (month < 1 || month > 12) return unreadable();
      const spec = baseSpec(text, 'month', ctxYear);
      spec.month = month;
      spec.year = mo[2] !== undefined ? +mo[2] : null;
      spec.nextYear = nextYear && spec.year === null;
      return { ok: true, spec };
    }
    const yr = RE_YEAR.exec(t);
    if (yr) {
      const spec = baseSpec(text, 'year', ctxYear);
      spec.year = yr[1] !== undefined ? +yr[1] : null;
      spec.nextYear = nextYear && spec.year === null;
      return { ok: true, spec };
    }
    return unreadable();
  }

  // The due date is the last date written (a window's end); the first is the window's start.
  const due = dates[dates.length - 1];
  const check = (d: number, m: number, y: number | null): string | null => {
    const yy = y ?? 2000; // a leap year, so 29/02 without a year is accepted
    return isValidYmd(yy, m, d) ? null : DEADLINE_TEXT.impossible(DATE_TEXT.impossible(d, m, yy).replace(/\/2000$/, ''));
  };
  const bad = check(due.d, due.m, due.y);
  if (bad) return { ok: false, message: bad };

  let rule: DeadlineRule;
  let inclusive = !exclusiveBefore(due.index);
  let from: DeadlineSpec['from'] = null;
  if (dates.length >= 2) {
    const a = dates[0];
    // "từ ngày 10 đến ngày 15 tháng 12": the first date may lack its month, caught as none.
    const badA = check(a.d, a.m, a.y);
    if (badA) return { ok: false, message: badA };
    from = { day: a.d, month: a.m, year: a.y };
    inclusive = true;
  } else {
    const w = /từ\s*(?:ngày\s*)?(\d{1,2})\s*(?:đến|tới|-)\s*(?:hết\s*)?(?:ngày\s*)?$/u.exec(t.slice(0, due.index));
    if (w) {
      const bad2 = check(+w[1], due.m, due.y);
      if (bad2) return { ok: false, message: bad2 };
      from = { day: +w[1], month: due.m, year: null };
      inclusive = true;
    }
  }
  if (annual && due.y === null) rule = 'annual';
  else if (monthly) rule = 'monthly';
  else rule = inclusive ? 'by' : 'before';

  const spec = baseSpec(text, rule, ctxYear);
  spec.inclusive = inclusive;
  spec.day = due.d;
  spec.month = due.m;
  spec.year = due.y;
  spec.nextYear = nextYear && due.y === null;
  spec.from = from;
  spec.workingDays = wd ? +wd[1] : null;
  return { ok: true, spec };
}

// ------------------------------------------------------------------ resolving

function clampYmd(y: number, m: number, d: number): Serial {
  return ymdToSerial(y, m, Math.min(d, daysInMonth(y, m)));
}

/** The year whose occurrence a spec names: written year, else asked (or context) year (+1 for "năm sau"). */
function effectiveYear(spec: DeadlineSpec, asked: number | null): number | null {
  if (spec.year !== null) return spec.year;
  const base = asked ?? spec.ctxYear;
  if (base === null) return null;
  return spec.nextYear ? base + 1 : base;
}

/** Due dates (serials) of a spec for one year. */
function dueDates(spec: DeadlineSpec, y: number): Serial[] {
  switch (spec.rule) {
    case 'before':
    case 'by':
    case 'annual':
      return [clampYmd(y, spec.month as number, spec.day as number)];
    case 'quarterly':
      return [3, 6, 9, 12].map((m) => clampYmd(y, m, spec.day as number));
    case 'monthly':
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => clampYmd(y, m, spec.day as number));
    case 'month':
      return [ymdToSerial(y, spec.month as number, daysInMonth(y, spec.month as number))];
    case 'quarter': {
      const m = (spec.month as number) * 3;
      return [ymdToSerial(y, m, daysInMonth(y, m))];
    }
    case 'year':
      return [ymdToSerial(y, 12, 31)];
    default:
      return [];
  }
}

function lastFor(due: Serial, inclusive: boolean, cal: Calendar | undefined, shift: boolean): Serial {
  const last = inclusive ? due : due - 1;
  return shift ? nextWorkingDay(cal ?? builtinCalendar(), last) : last;
}

const wdName = (s: Serial) => WEEKDAYS_VN[weekday(s)];

/** Resolves a spec for the asked year (null: the year in the text, else the parse context's). */
export function resolveDeadline(spec: DeadlineSpec, year: number | null, opts?: ResolveOptions): Deadline {
  const cal = opts?.calendar ?? builtinCalendar();
  const shift = opts?.shiftDaysOff === true;
  const notes: string[] = [];
  const out: Deadline = { text: spec.text, rule: spec.rule, inclusive: spec.inclusive, from: null, dates: [], notes };
  if (spec.rule === 'relative') {
    notes.push(DEADLINE_TEXT.relativeNote);
    return out;
  }
  if (spec.rule === 'external') {
    notes.push(DEADLINE_TEXT.externalNote);
    return out;
  }
  const recurring = spec.rule === 'annual' || spec.rule === 'quarterly' || spec.rule === 'monthly';
  const y = recurring ? (year ?? spec.ctxYear) : effectiveYear(spec, year);
  if (y === null) {
    notes.push(DEADLINE_TEXT.noYearNote);
    return out;
  }
  if (spec.nextYear && spec.year === null) notes.push(DEADLINE_TEXT.nextYearNote(y));
  const dates: DeadlineDate[] = [];
  for (const due of dueDates(spec, y)) {
    const literal = spec.inclusive ? due : due - 1;
    const last = lastFor(due, spec.inclusive, cal, shift);
    if (cal.isDayOff(literal)) {
      if (shift && last !== literal) {
        notes.push(DEADLINE_TEXT.shiftedNote(wdName(literal), formatVN(literal), wdName(last), formatVN(last)));
      } else {
        const name = cal.dayOffName(literal);
        notes.push(DEADLINE_TEXT.dayOffNote(wdName(literal), formatVN(literal), name === wdName(literal) ? null : name));
      }
    }
    dates.push({ due: toIso(due), lastOnTime: toIso(last) });
  }
  out.dates = dates;
  if (spec.from && dates.length === 1) {
    const dueS = dueDates(spec, y)[0];
    const dueYmd = serialToYmd(dueS);
    let fy = spec.from.year ?? dueYmd.y;
    let fromS = clampYmd(fy, spec.from.month, spec.from.day);
    if (spec.from.year === null && fromS > dueS) fromS = clampYmd(--fy, spec.from.month, spec.from.day);
    out.from = toIso(fromS);
    if (spec.workingDays !== null) {
      const counted = workingDaysBetween(cal, fromS, dueS);
      if (counted !== spec.workingDays) {
        notes.push(DEADLINE_TEXT.workingDaysMismatch(spec.workingDays, counted, formatVN(fromS), formatVN(dueS)));
      }
    }
  }
  return out;
}

/** One occurrence of a deadline: its due date and the last on-time day. Shared and frozen. */
export interface Occurrence {
  readonly due: Serial;
  readonly lastOnTime: Serial;
}

/**
 * Memo of resolved occurrences for one spec (specs are never mutated once parsed). Keyed by the
 * period (year for one-off and annual rules, year·12 + month for quarterly/monthly ones) and, when
 * the Điều 148 shift applies, by the calendar too (a calendar answers the same day the same way for
 * its whole life). The last answer is kept in plain fields so a column of cells on one phrase and
 * one period — what TDKT.ISLATE sees — costs a few comparisons and no Map lookup.
 */
class SpecMemo {
  lastKey = NaN;
  lastShift = false;
  lastCal: Calendar | undefined = undefined;
  lastOcc: Occurrence | null = null;
  readonly plain = new Map<number, Occurrence>();
  readonly shifted = new Map<Calendar, Map<number, Occurrence>>();
}

const MEMO_MAX = 4096; // periods per spec and calendar: far beyond any real sheet's range of years
const memos = new WeakMap<DeadlineSpec, SpecMemo>();

function memoOf(spec: DeadlineSpec): SpecMemo {
  let m = memos.get(spec);
  if (!m) memos.set(spec, (m = new SpecMemo()));
  return m;
}

/** Serial of y-m-d, day clamped to the month's end, for the period key of a spec. */
function dueForKey(spec: DeadlineSpec, key: number): Serial {
  switch (spec.rule) {
    case 'quarterly':
    case 'monthly': {
      const y = Math.floor(key / 12);
      return clampYmd(y, key - y * 12 + 1, spec.day as number);
    }
    case 'annual':
      return clampYmd(key, spec.month as number, spec.day as number);
    default:
      return dueDates(spec, key)[0];
  }
}

/**
 * The period key lastOnTimeFor resolves for (see its rules), or NaN when there is none. Integer
 * arithmetic only.
 */
function periodKey(spec: DeadlineSpec, year: number | null, received: Serial | null): number {
  switch (spec.rule) {
    case 'relative':
    case 'external':
      return NaN;
    case 'quarterly':
    case 'monthly': {
      if (received === null || !Number.isFinite(received)) return NaN;
      const ym = serialYearMonth(received);
      if (spec.rule === 'monthly') return ym;
      const y = Math.floor(ym / 12);
      const m0 = ym - y * 12; // 0-based month
      return y * 12 + (Math.floor(m0 / 3) * 3 + 2); // the quarter's last month
    }
    case 'annual': {
      const y = year ?? spec.ctxYear ?? (received !== null && Number.isFinite(received) ? serialYear(received) : null);
      return y === null ? NaN : y;
    }
    default: {
      const y = effectiveYear(spec, year);
      return y === null ? NaN : y;
    }
  }
}

/**
 * The occurrence a dossier received on `received` is measured against. After the first call for a
 * (spec, period, shift, calendar) it is O(1) integer arithmetic and returns the same frozen object
 * (the custom functions call it for every cell, the engine for every row).
 */
export function lastOnTimeFor(
  spec: DeadlineSpec,
  o: { year: number | null; received: Serial | null; calendar?: Calendar; shiftDaysOff?: boolean },
): Occurrence | null {
  return occurrenceAt(spec, o.year, o.received, o.shiftDaysOff === true, o.calendar);
}

/** lastOnTimeFor with positional arguments (no options object on the hot path). */
export function occurrenceAt(
  spec: DeadlineSpec,
  year: number | null,
  received: Serial | null,
  shift: boolean,
  calendar?: Calendar,
): Occurrence | null {
  const key = periodKey(spec, year, received);
  if (key !== key) return null; // NaN: no occurrence
  const memo = memoOf(spec);
  // Without the shift the calendar plays no part, so it does not split the memo.
  const cal = shift ? calendar ?? builtinCalendar() : undefined;
  if (key === memo.lastKey && shift === memo.lastShift && cal === memo.lastCal) return memo.lastOcc;
  let table = memo.plain;
  if (cal) {
    let t = memo.shifted.get(cal);
    if (!t) memo.shifted.set(cal, (t = new Map()));
    table = t;
  }
  let occ = table.get(key);
  if (!occ) {
    const due = dueForKey(spec, key);
    occ = Object.freeze({ due, lastOnTime: lastFor(due, spec.inclusive, cal, shift) });
    if (table.size >= MEMO_MAX) table.clear();
    table.set(key, occ);
  }
  memo.lastKey = key;
  memo.lastShift = shift;
  memo.lastCal = cal;
  memo.lastOcc = occ;
  return occ;
}

// ------------------------------------------------------------------ finding phrases in a plan

const SP = '[\\s*_]*';
const DATE_IN_TEXT =
  `(?:\\d{1,2}${SP}[/.\\-]${SP}\\d{1,2}(?:${SP}[/.\\-]${SP}\\d{4})?(?![\\d/])` +
  `|\\d{1,2}${SP}tháng${SP}\\d{1,2}(?:${SP}(?:năm|/)${SP}\\d{4})?(?!\\d)` +
  `|\\d{1,2}${SP}(?:của${SP})?tháng${SP}cuối(?:${SP}cùng)?${SP}(?:của${SP})?(?:(?:mỗi|hằng|hàng)${SP})?quý)`;
const TAIL = `(?:${SP}(?:hằng|hàng)${SP}(?:năm|quý|tháng)|${SP}năm${SP}(?:sau|kế${SP}tiếp|tiếp${SP}theo))?`;
const RECUR_HEAD = `(?:(?:hằng|hàng)${SP}(?:quý|tháng)${SP})?`;
const ANCHOR =
  `(?:chậm${SP}nhất${SP}(?:là${SP})?(?:đến${SP})?(?:trước${SP}|vào${SP})?|trước${SP}hoặc${SP}trong${SP}|không${SP}quá${SP}|đến${SP}hết${SP}|hạn${SP}(?:chót|cuối(?:${SP}cùng)?)${SP}(?:(?:nộp|nhận|gửi)${SP}(?:hồ${SP}sơ${SP})?)?(?:là${SP})?:?${SP}|thời${SP}hạn${SP}(?:nộp|nhận|gửi)${SP}(?:hồ${SP}sơ${SP})?(?:là${SP})?:?${SP}|trước${SP}|đến${SP}|hạn${SP}(?:nộp${SP})?(?:là${SP})?:?${SP})`;
// A time of day before the date ("trước 17h00 ngày 15/12/2024", "16 giờ 30 phút, ngày …"): the
// date itself is still on time, so the phrase reads as "by" (parseDeadline sees no "trước ngày").
const TIME_OF_DAY = `(?:\\d{1,2}${SP}(?:h|giờ)(?:${SP}\\d{1,2}${SP}(?:phút|')?)?${SP},?${SP})?`;
const RE_FIND = new RegExp(
  [
    // windows: "trong 10 ngày làm việc (từ ngày A đến ngày B)", "từ ngày 10 đến ngày 15 tháng 12",
    // "từ 25/11/2024 - 05/12/2024"
    `(?:trong${SP}\\d{1,3}${SP}ngày${SP}làm${SP}việc${SP}\\(?${SP})?từ${SP}(?:ngày${SP})?(?:${DATE_IN_TEXT}|\\d{1,2})${SP}(?:đến|tới|[-–])${SP}(?:hết${SP})?(?:ngày${SP})?${DATE_IN_TEXT}${TAIL}\\)?`,
    `${RECUR_HEAD}${ANCHOR}${TIME_OF_DAY}(?:ngày${SP})?${DATE_IN_TEXT}${TAIL}`,
    `${RECUR_HEAD}trước${SP}ngày${SP}\\d{1,2}(?!${SP}(?:\\d|tháng|[/.\\-]))`,
    // relative: "trước ngày trao thưởng ít nhất 07 ngày", "trước 03 ngày"
    `trước${SP}ngày${SP}[\\p{L}\\s]{2,40}?${SP}(?:ít|tối)${SP}(?:nhất|thiểu)${SP}\\d{1,3}${SP}ngày`,
    `trước${SP}\\d{1,3}${SP}ngày(?!${SP}làm)`,
  ].join('|'),
  'giu',
);

/**
 * Deadline phrases inside running text (the plan reader's helper). Indices refer to the text
 * after NFC normalisation (what the plan reader works on). Each phrase is accepted by parseDeadline.
 */
// Every phrase RE_FIND reads holds a day and month, a day after "trước (ngày)", or "N ngày": a
// text without one is skipped before the long expression runs (the plan reader asks of every paragraph).
const MAY_HOLD = /\d\s*[*_]*\s*(?:[/.\-]\s*[*_]*\s*\d|tháng|(?:của\s*)?tháng|ngày)|trước[\s*_]*(?:ngày[\s*_]*)?\d/u;

export function findDeadlinePhrases(text: string): { phrase: string; index: number }[] {
  const out: { phrase: string; index: number }[] = [];
  if (typeof text !== 'string' || !text) return out;
  const t = text.normalize('NFC');
  if (!MAY_HOLD.test(t)) return out;
  RE_FIND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_FIND.exec(t))) {
    const phrase = m[0].replace(/[\s*_(]+$/u, '');
    if (parseDeadline(phrase).ok) out.push({ phrase, index: m.index });
    if (m[0].length === 0) RE_FIND.lastIndex++;
  }
  return out;
}

// ------------------------------------------------------------------ cache

const CACHE_MAX = 500;
const cache = new Map<string, DeadlineParse>();

/** parseDeadline memoised per (phrase, year); bounded (oldest entries dropped first). */
export function cachedParseDeadline(text: string, year: number | null): DeadlineParse {
  const key = `${year ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = parseDeadline(text, { year });
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, r);
  return r;
}
