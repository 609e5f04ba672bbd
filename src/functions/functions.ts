// The TDKT.* worksheet functions: thin wrappers that translate Excel's arguments (null for an
// omitted argument, "" for an empty cell, serial numbers for dates, 2-D arrays for ranges) into the
// core's calls and the core's answers back into numbers, booleans, strings or 2-D arrays. The rules
// themselves live in src/core; nothing here decides anything a sheet run would decide differently.
//
// custom-functions-metadata-plugin reads the JSDoc below (ids, en-US descriptions and parameter
// help) into functions.json, the default metadata, and appends the CustomFunctions.associate(...)
// calls to this file at build time, so none are written here. The Vietnamese help Excel shows in a
// vi-VN Excel is FUNCTION_HELP_VI (src/core/text/functions.ts), which the build swaps into a copy
// of functions.json (functions.vi-VN.json, scripts/functionsLocale.js). Ids and names stay English
// in both, so a formula reads the same in every Excel language; error messages stay Vietnamese.

import type { Kind, Plan, Settings } from '../core/types';
import { DEFAULT_SETTINGS } from '../core/types';
import { parseDate, serialFromNumber, serialToYmd, serialYear, ymdToSerial } from '../core/dates';
import { cachedParseDeadline, lastOnTimeFor, occurrenceAt } from '../core/deadline';
import type { DeadlineParse, DeadlineSpec } from '../core/deadline';
import { makeCalendar } from '../core/calendar';
import type { Calendar } from '../core/calendar';
import { parseMark, parseNumber, parseVote } from '../core/marks';
import { compareNominees } from '../core/rank';
import type { RankKey } from '../core/rank';
import { gradeFor } from '../core/grade';
import { decide, STATUSES } from '../core/binhxet';
import { parseQuotaText } from '../core/quotaText';
import { foldKey, nfc } from '../core/normalize';
import { FUNCTION_TEXT as T } from '../core/text/functions';
import { STATUS_LABEL } from '../core/text/status';
import { detectHeader } from '../workbook/header';
import { readNominationTable } from '../workbook/rows';
import type { Grid } from '../workbook/model';
import { detectHistoryHeader, readHistory } from '../workbook/historySheet';
import { buildHistoryIndex, historyOf, type HistoryIndex } from '../core/history/historyIndex';
import { checkNominee } from '../core/history/conditions';
import { matchForm } from '../core/forms/match';
import { ALL_RULES_ON, ruleSwitch } from '../core/forms/rules';

// ------------------------------------------------------------------ errors

type ErrorKind = 'invalidValue' | 'notAvailable';
const ERROR_CODE: Record<ErrorKind, string> = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

/** An error as Excel shows it (#VALUE!, #N/A) with a Vietnamese tooltip. */
export interface FunctionError {
  code: string;
  message: string;
}

/**
 * Inside Excel: a CustomFunctions.Error. Outside (Jest, the playground without the runtime): a
 * plain object with the same code and message, so the wrappers behave identically in tests.
 */
export function excelError(kind: ErrorKind, message: string): FunctionError {
  const msg = message.length > 250 ? message.slice(0, 249) + '…' : message;
  if (typeof CustomFunctions !== 'undefined' && CustomFunctions && typeof CustomFunctions.Error === 'function') {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], msg) as unknown as FunctionError;
  }
  const e = new Error(msg) as Error & FunctionError;
  e.name = 'FunctionError';
  e.code = ERROR_CODE[kind];
  return e;
}

class Fail {
  constructor(readonly kind: ErrorKind, readonly message: string) {}
}
const invalid = (message: string): never => {
  throw new Fail('invalidValue', message);
};
const notAvailable = (message: string): never => {
  throw new Fail('notAvailable', message);
};

/** Any failure as the Excel error it leaves as, with a Vietnamese message. */
function asExcelError(e: unknown): FunctionError {
  if (e instanceof Fail) return excelError(e.kind, e.message);
  return excelError('invalidValue', T.internal);
}

/** Runs a wrapper body; every failure leaves as an Excel error with a Vietnamese message. */
function guard<R>(body: () => R): R {
  try {
    return body();
  } catch (e) {
    throw asExcelError(e);
  }
}

// ------------------------------------------------------------------ argument coercion

/** Excel passes null for an omitted argument and "" for an empty cell: both mean "not given". */
function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function asText(v: unknown): string {
  if (isBlank(v)) return '';
  return nfc(String(v));
}

/** Every cell of a range (or a single value) in row-major order. */
function cells(v: unknown): unknown[] {
  if (Array.isArray(v)) return (v as unknown[]).flatMap((r) => (Array.isArray(r) ? r : [r]));
  return [v];
}

function optionalYear(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 9999) return v;
  if (isBlank(v)) return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(n) || n < 1900 || n > 9999) return invalid(T.badYear(String(v)));
  return n;
}

function optionalBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (isBlank(v)) return false;
  if (typeof v === 'number') return v !== 0;
  return parseMark(v) === 'met';
}

/** A date argument (serial, date text); null when blank. */
function optionalDate(v: unknown, year: number | null): number | null {
  if (isBlank(v)) return null;
  const r = parseDate(v, { year });
  if (!r.ok) return invalid(r.message);
  return r.serial;
}

function optionalNumber(v: unknown, what: string): number | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return v;
  const n = parseNumber(v);
  if (n === null) return invalid(T.numberUnreadable(what, String(v)));
  return n;
}

function optionalVote(v: unknown): number | null {
  if (isBlank(v)) return null;
  const r = parseVote(v);
  if (!r.ok) return invalid(T.voteUnreadable(r.message));
  return r.value;
}

function kindOf(v: unknown): Kind | null {
  const k = foldKey(asText(v));
  if (k === 'tap the' || k === 'tt' || k === 'collective') return 'collective';
  if (k === 'ca nhan' || k === 'cn' || k === 'individual') return 'individual';
  return null;
}

// ------------------------------------------------------------------ deadlines

let calendar: Calendar | null = null;
/** Built once per runtime: the built-in Vietnamese holiday table (Điều 148 shift). */
function cal(): Calendar {
  return (calendar ??= makeCalendar());
}

function spec(phrase: string, year: number | null, parsed?: DeadlineParse): DeadlineSpec {
  if (!phrase) return invalid(T.noPhrase);
  // Memoised by the core: 10,000 cells on one phrase parse it once.
  const p = parsed ?? cachedParseDeadline(phrase, year);
  if (!p.ok) return invalid(p.message);
  if (p.spec.rule === 'relative' || p.spec.rule === 'external') return notAvailable(T.noDeadlineDate(phrase));
  return p.spec;
}

/**
 * What a deadline cell's text means, once per (raw text, year): the engine's spec, a plain date,
 * or the error every call with it raises. Keyed by the raw string Excel passes (no NFC, no trim on
 * the hot path: one Map lookup). Memoisation only: the entry is what the uncached path computes.
 */
type PhraseEntry =
  | { kind: 'spec'; spec: DeadlineSpec; phrase: string }
  | { kind: 'date'; serial: number }
  | { kind: 'fail'; fail: Fail }
  // Not a phrase, year not given: whether it is a date depends on the received date's year.
  | { kind: 'maybeDate'; phrase: string; parsed: DeadlineParse };

const PHRASES_MAX = 1000;
const phrasesNoYear = new Map<string, PhraseEntry>();
const phrasesByYear = new Map<number, Map<string, PhraseEntry>>();

function phraseEntry(raw: string, year: number | null): PhraseEntry {
  let table = phrasesNoYear;
  if (year !== null) {
    let t = phrasesByYear.get(year);
    if (!t) {
      if (phrasesByYear.size >= 100) phrasesByYear.clear();
      phrasesByYear.set(year, (t = new Map()));
    }
    table = t;
  }
  let e = table.get(raw);
  if (e) return e;
  e = resolvePhrase(raw, year);
  if (table.size >= PHRASES_MAX) table.clear();
  table.set(raw, e);
  return e;
}

function resolvePhrase(raw: string, year: number | null): PhraseEntry {
  try {
    if (isBlank(raw)) return invalid(T.noPhrase);
    const phrase = asText(raw);
    const parsed = cachedParseDeadline(phrase, year);
    if (!parsed.ok) {
      if (year === null) return { kind: 'maybeDate', phrase, parsed };
      // Not a phrase the core knows: a date written some other way still counts as "by that day".
      const asDate = parseDate(phrase, { year });
      if (asDate.ok) return { kind: 'date', serial: asDate.serial };
    }
    return { kind: 'spec', spec: spec(phrase, year, parsed), phrase };
  } catch (e) {
    if (e instanceof Fail) return { kind: 'fail', fail: e };
    throw e;
  }
}

/**
 * The last on-time day for a dossier received on `received` under `phraseOrDate`: a date cell
 * (serial) is read as "by that day, inclusive"; text is a deadline phrase (the core reads a bare
 * date such as "15/12/2023" as "by" too). A phrase without a year takes `year`, else the received
 * date's year. The hot path (a column of cells on one phrase) allocates nothing: a Map lookup for
 * the phrase and the core's per-spec memo for the occurrence.
 */
function lastOnTime(received: number, phraseOrDate: unknown, shift: boolean, year: number | null): number {
  if (typeof phraseOrDate === 'number') {
    const s = serialFromNumber(phraseOrDate);
    if (s !== -1) return s;
  }
  if (typeof phraseOrDate !== 'string') {
    if (isBlank(phraseOrDate)) return invalid(T.noPhrase);
    if (typeof phraseOrDate === 'number' || phraseOrDate instanceof Date) {
      const d = parseDate(phraseOrDate);
      if (!d.ok) return invalid(d.message);
      return d.serial;
    }
  }
  const raw = typeof phraseOrDate === 'string' ? phraseOrDate : String(phraseOrDate);
  const e = phraseEntry(raw, year);
  let s: DeadlineSpec;
  let phrase: string;
  switch (e.kind) {
    case 'date':
      return e.serial;
    case 'fail':
      throw e.fail;
    case 'maybeDate': {
      const asDate = parseDate(e.phrase, { year: serialYear(received) });
      if (asDate.ok) return asDate.serial;
      return invalid(e.parsed.ok ? T.internal : e.parsed.message);
    }
    default:
      s = e.spec;
      phrase = e.phrase;
  }
  const calendar = shift ? cal() : undefined;
  const r = occurrenceAt(s, year, received, shift, calendar) ?? (year === null ? occurrenceAt(s, serialYear(received), received, shift, calendar) : null);
  if (!r) return notAvailable(T.needYear(phrase));
  return r.lastOnTime;
}

function receivedDate(v: unknown, year: number | null): number {
  if (typeof v === 'number') {
    const s = serialFromNumber(v);
    if (s !== -1) return s;
  }
  if (isBlank(v)) return invalid(T.noReceived);
  const r = parseDate(v, { year });
  if (!r.ok) return invalid(T.receivedUnreadable(r.message));
  return r.serial;
}

// ------------------------------------------------------------------ marks

/** Met/unmet per cell; blank cells are "not met" (the domain's rule), unreadable ones an error. */
function marksOf(range: unknown): boolean[] {
  const all = cells(range);
  if (all.length === 0) return invalid(T.noMarks);
  return all.map((c, i) => {
    const m = parseMark(isBlank(c) ? '' : c);
    if (m === 'unreadable') return invalid(T.markUnreadable(String(c), i + 1));
    return m === 'met';
  });
}

// ================================================================== the functions

/**
 * Reads a date written in any of the ways offices write one (15/6/2023, 15-6-2023, "ngày 15 tháng 10 năm 2029", 2023-06-15, an Excel date serial) and returns it as an Excel date serial (format the cell as a date to see it).
 * @customfunction PARSEDATE
 * @param {any} text The date to read, e.g. "15/6/2023" or "ngày 15 tháng 10 năm 2029".
 * @param {number} [year] Year to use when the date has none, e.g. 2025 (leave blank when the date has a year).
 * @returns {number} The date, as an Excel date serial.
 */
export function tdktParseDate(text: any, year?: number): number {
  return guard(() => {
    if (isBlank(text)) return invalid(T.noDate);
    const r = parseDate(text, { year: optionalYear(year) });
    if (!r.ok) return invalid(r.message);
    return r.serial;
  });
}

/**
 * The last on-time day of a submission deadline phrase from a plan ("trước ngày 15/12/2023" → 14/12/2023; "chậm nhất ngày 15/3 năm sau"; "hằng quý trước ngày 20 tháng cuối quý"). A recurring deadline: its first occurrence on or after on_or_after.
 * @customfunction DEADLINE
 * @param {string} phrase The deadline phrase, copied word for word from the plan.
 * @param {number} [year] Year that applies when the phrase has none (e.g. 2029).
 * @param {any} [on_or_after] For a yearly, quarterly or monthly deadline: take the first occurrence from this date on.
 * @returns {number} The last on-time day, as an Excel date serial.
 */
export function tdktDeadline(phrase: string, year?: number, on_or_after?: any): number {
  return guard(() => {
    const p = asText(phrase);
    const y = optionalYear(year);
    const s = spec(p, y);
    let from = optionalDate(on_or_after, y);
    const recurring = s.rule === 'annual' || s.rule === 'quarterly' || s.rule === 'monthly';
    if (!recurring) {
      const r = lastOnTimeFor(s, { year: y, received: from });
      if (!r) return notAvailable(T.needYear(p));
      return r.lastOnTime;
    }
    if (from === null) {
      if (y === null && s.rule !== 'annual') return invalid(T.needStart(p));
      if (y !== null) from = ymdToSerial(y, 1, 1);
    }
    if (s.rule === 'annual') {
      const startYear = from !== null ? serialToYmd(from).y : y ?? s.ctxYear ?? s.year;
      if (startYear === null || startYear === undefined) return invalid(T.needYear(p));
      // The occurrence of that year, or the next year's when it is already past.
      for (let k = 0; k < 2; k++) {
        const r = lastOnTimeFor(s, { year: startYear + k, received: null });
        if (r && (from === null || r.lastOnTime >= from)) return r.lastOnTime;
      }
      return invalid(T.needYear(p));
    }
    // Quarterly / monthly: the period `from` falls in, else the next one (at most 4 steps).
    let probe = from as number;
    for (let k = 0; k < 4; k++) {
      const r = lastOnTimeFor(s, { year: null, received: probe });
      if (r && r.lastOnTime >= (from as number)) return r.lastOnTime;
      const { y: py, m } = serialToYmd(probe);
      const step = s.rule === 'quarterly' ? 3 - ((m - 1) % 3) : 1; // months to the next period's start
      const nm = m + step;
      probe = nm > 12 ? ymdToSerial(py + 1, nm - 12, 1) : ymdToSerial(py, nm, 1);
    }
    return invalid(T.needStart(p));
  });
}

/**
 * Whether a dossier is late: TRUE when it was received after the last on-time day of the deadline.
 * @customfunction ISLATE
 * @param {any} received Date the dossier was received (a date cell or text such as "16/10/2029").
 * @param {any} phrase_or_date The deadline: a phrase from the plan ("trước ngày 15 tháng 10 hằng năm") or the last day a dossier is accepted.
 * @param {boolean} [shift_days_off] TRUE: a deadline falling on a day off moves to the next working day (Article 148 of the Civil Code). Default FALSE.
 * @param {number} [year] Year that applies when the deadline has none; blank: the year of the received date.
 * @returns {boolean} TRUE if late.
 */
export function tdktIsLate(received: any, phrase_or_date: any, shift_days_off?: boolean, year?: number): boolean {
  // No guard(() => …) closure here: this is the call a whole column makes.
  try {
    const y = optionalYear(year);
    const r = receivedDate(received, y);
    return r > lastOnTime(r, phrase_or_date, optionalBool(shift_days_off), y);
  } catch (e) {
    throw asExcelError(e);
  }
}

/**
 * How many days (calendar days) a dossier is late; 0 when on time.
 * @customfunction DAYSLATE
 * @param {any} received Date the dossier was received (a date cell or text such as "16/10/2029").
 * @param {any} phrase_or_date The deadline: a phrase from the plan or the last day a dossier is accepted.
 * @param {boolean} [shift_days_off] TRUE: a deadline falling on a day off moves to the next working day (Article 148 of the Civil Code). Default FALSE.
 * @param {number} [year] Year that applies when the deadline has none; blank: the year of the received date.
 * @returns {number} Days late, 0 when on time.
 */
export function tdktDaysLate(received: any, phrase_or_date: any, shift_days_off?: boolean, year?: number): number {
  try {
    const y = optionalYear(year);
    const r = receivedDate(received, y);
    return Math.max(0, r - lastOnTime(r, phrase_or_date, optionalBool(shift_days_off), y));
  } catch (e) {
    throw asExcelError(e);
  }
}

/**
 * Whether a criterion cell says met: TRUE for x, v, ✓, Đạt, Có, 1…; FALSE for a blank cell, Không, Chưa đạt, 0, -…; #VALUE! when unclear ("?", "xem lại").
 * @customfunction MET
 * @param {any} mark The criterion cell to read.
 * @returns {boolean} TRUE if met.
 */
export function tdktMet(mark: any): boolean {
  return guard(() => {
    const m = parseMark(isBlank(mark) ? '' : mark);
    if (m === 'unreadable') return invalid(T.markUnreadable(String(mark), 1));
    return m === 'met';
  });
}

/**
 * A dossier's score: the number of criteria met, or the total points of the criteria met when a points range is given.
 * @customfunction SCORE
 * @param {any[][]} marks The dossier's criterion cells (one row).
 * @param {any[][]} [points] Points of each criterion, as many cells as marks (blank: each criterion met counts 1).
 * @returns {number} Criteria met, or total points.
 */
export function tdktScore(marks: any[][], points?: any[][]): number {
  return guard(() => {
    const met = marksOf(marks);
    if (isBlank(points)) return met.filter(Boolean).length;
    const pts = cells(points);
    if (pts.length !== met.length) return invalid(T.pointsCount(met.length, pts.length));
    let total = 0;
    pts.forEach((p, i) => {
      if (!met[i]) return;
      const n = typeof p === 'number' ? p : isBlank(p) ? 0 : parseNumber(p);
      if (n === null) return invalid(T.pointsUnreadable(String(p), i + 1));
      total += n;
    });
    return total;
  });
}

/**
 * Whether a dossier meets the standard: by default every criterion must be met, or at least a minimum number of them; and the vote share must not be below the minimum when one is given.
 * @customfunction ELIGIBLE
 * @param {any[][]} marks The dossier's criterion cells (one row).
 * @param {number} [min_score] Minimum number of criteria to meet (blank: all of them).
 * @param {any} [vote] The dossier's vote share, e.g. 92.5% or 0.925.
 * @param {any} [min_vote] Minimum vote share, e.g. 80% (blank: votes are not checked).
 * @returns {boolean} TRUE if the dossier meets the standard.
 */
export function tdktEligible(marks: any[][], min_score?: number, vote?: any, min_vote?: any): boolean {
  return guard(() => {
    const met = marksOf(marks);
    const count = met.filter(Boolean).length;
    const min = optionalNumber(min_score, T.what.minScore);
    const enough = min === null ? count === met.length : count >= min;
    const minVote = optionalVote(min_vote);
    if (minVote === null) return enough;
    const v = optionalVote(vote);
    return enough && v !== null && v >= minVote;
  });
}

/**
 * The award quota a plan's sentence gives for one kind of nominee ("05 tập thể và 10 cá nhân", "không quá 05 cá nhân", "02 trường hợp (tập thể hoặc cá nhân)").
 * @customfunction QUOTA
 * @param {string} text The plan's sentence on the number of awards.
 * @param {string} kind Kind of nominee: "tập thể" (TT, collective) or "cá nhân" (CN, individual).
 * @returns {number} Number of awards for that kind of nominee.
 */
export function tdktQuota(text: string, kind: string): number {
  return guard(() => {
    const t = asText(text);
    if (!t) return invalid(T.noQuotaText);
    const k = kindOf(kind);
    if (!k) return invalid(T.kindUnknown(asText(kind)));
    const r = parseQuotaText(t);
    if (!r) return notAvailable(T.quotaNone(t));
    if (!r.quota) return notAvailable(T.quotaLater(r.note ?? t));
    const q = r.quota;
    const own = q[k];
    if (own !== null && own !== undefined && !(own === 0 && q.either !== null)) return own;
    if (q.either !== null && q.either !== undefined) return q.either;
    const pct = q.percent ? q.percent[k] : null;
    if (pct !== null && pct !== undefined) return notAvailable(T.quotaPercent(pct));
    return notAvailable(T.quotaNoneForKind(k === 'collective' ? 'tập thể' : 'cá nhân'));
  });
}

/**
 * A dossier's rank within its group: higher score first; on equal score, higher vote share, then earlier submission; equal on every key, equal rank.
 * @customfunction RANK
 * @param {any} score Score of the dossier to rank.
 * @param {any[][]} scores Scores of all dossiers (one column).
 * @param {any} [vote] The dossier's vote share.
 * @param {any[][]} [votes] Vote shares of all dossiers, as many cells as scores.
 * @param {any} [received] Date the dossier was received.
 * @param {any[][]} [receiveds] Received dates of all dossiers, as many cells as scores.
 * @param {any} [group] The dossier's group (block, cluster, kind of nominee): ranks only within this group.
 * @param {any[][]} [groups] Groups of all dossiers, as many cells as scores.
 * @returns {number} The rank, 1 being the highest.
 */
export function tdktRank(
  score: any,
  scores: any[][],
  vote?: any,
  votes?: any[][],
  received?: any,
  receiveds?: any[][],
  group?: any,
  groups?: any[][],
): number {
  return guard(() => {
    const s = cells(scores);
    if (s.length === 0) return invalid(T.rankNoScores);
    const column = (v: unknown): unknown[] | null => {
      if (isBlank(v)) return null;
      const c = cells(v);
      if (c.length !== s.length) return invalid(T.rankLengths);
      return c;
    };
    const v = column(votes);
    const r = column(receiveds);
    const g = column(groups);
    const me: RankKey = {
      score: optionalNumber(score, T.what.score),
      vote: v ? optionalVote(vote) : null,
      received: r ? optionalDate(received, null) : null,
    };
    const myGroup = g ? foldKey(asText(group)) : null;
    let better = 0;
    for (let i = 0; i < s.length; i++) {
      if (isBlank(s[i])) continue; // blank rows of a whole-column range are not nominees
      if (g && foldKey(asText(g[i])) !== myGroup) continue;
      const other: RankKey = {
        score: optionalNumber(s[i], T.what.score),
        vote: v ? optionalVote(v[i]) : null,
        received: r ? optionalDate(r[i], null) : null,
      };
      if (compareNominees(other, me) < 0) better++;
    }
    return better + 1;
  });
}

/**
 * Grade of a total score under the plan's grading table (e.g. "Hoàn thành xuất sắc" ≥ 95 with no criterion at 0 points; "Hoàn thành tốt" ≥ 85; "Hoàn thành" ≥ 75).
 * @customfunction GRADE
 * @param {any} total The dossier's total score.
 * @param {any[][]} bands The grading table, one row per grade: grade name | minimum score | TRUE if no criterion may score 0.
 * @param {boolean} [zero_criterion] TRUE if the dossier has a criterion scored 0.
 * @returns {string} The grade's name.
 */
export function tdktGrade(total: any, bands: any[][], zero_criterion?: boolean): string {
  return guard(() => {
    const t = optionalNumber(total, T.what.total);
    if (t === null) return invalid(T.numberUnreadable(T.what.total, ''));
    const rows = Array.isArray(bands) ? bands.map((r) => (Array.isArray(r) ? r : [r])) : [];
    const parsed: { name: string; minScore: number; noZeroCriterion: boolean }[] = [];
    rows.forEach((row, i) => {
      const name = asText(row[0]);
      if (!name && rows[i].every(isBlank)) return;
      const min = typeof row[1] === 'number' ? row[1] : parseNumber(row[1]);
      if (min === null) {
        if (i === 0) return; // a header row ("Loại | Điểm từ | …")
        return invalid(T.bandRow(i + 1));
      }
      parsed.push({ name, minScore: min, noZeroCriterion: optionalBool(row[2]) });
    });
    if (parsed.length === 0) return invalid(T.bandsEmpty);
    parsed.sort((a, b) => b.minScore - a.minScore); // the core tries bands best first
    const g = gradeFor(t, optionalBool(zero_criterion), parsed);
    if (!g.grade) return notAvailable(g.reason ?? T.noGrade);
    return g.grade;
  });
}

/**
 * Reviews a whole nomination table (with its header row): returns, for each row of the table, the columns "Điểm" (score), "Trễ hạn (ngày)" (days late), "Đạt tiêu chuẩn" (eligible), "Hạng" (rank), "Kết quả" (result). Put the formula in the cell just right of the table's first row.
 * @customfunction BINHXET
 * @param {any[][]} table The whole list, from the header row (or the title rows above it) to the last row.
 * @param {string} [quota] The sentence on the number of awards, e.g. "05 tập thể và 10 cá nhân" (blank: no quota yet).
 * @param {string} [deadline] The deadline phrase, e.g. "chậm nhất đến trước ngày 15 tháng 10 hàng năm".
 * @param {number} [year] Year that applies when the deadline has none.
 * @returns {any[][]} The result columns, as many rows as the table.
 */
export function tdktBinhXet(table: any[][], quota?: string, deadline?: string, year?: number): any[][] {
  return guard(() => {
    const grid: Grid = Array.isArray(table) ? table.map((r) => (Array.isArray(r) ? r : [r])) : [[table]];
    if (grid.length === 0 || grid.every((r) => r.every(isBlank))) return invalid(T.tableEmpty);
    const y = optionalYear(year);
    const q = asText(quota);
    const qt = q ? parseQuotaText(q) : null;
    const phrase = asText(deadline);
    if (phrase) spec(phrase, y); // an unreadable phrase is the user's error, not a silent "on time"
    const plan: Plan = {
      title: '',
      issuer: '',
      year: y,
      period: { from: null, to: null },
      movements: [
        {
          id: '1',
          name: T.movementName,
          quota: qt ? qt.quota : null,
          quotaNote: qt ? qt.note : null,
          criteria: { collective: [], individual: [] },
          deadlines: [],
        },
      ],
      deadlines: [],
      allocations: [],
      rubric: null,
      grades: [],
    };
    const settings: Settings = { ...DEFAULT_SETTINGS, year: y, deadlineOverride: phrase || null };
    const header = detectHeader(grid, plan);
    if (!header) return invalid(T.noHeader);
    const read = readNominationTable({ name: '', values: grid }, header, plan, { year: y });
    // The decision columns only: this formula shows no reasons, so none are built.
    const d = decide(plan, read.table, settings);
    const byRow = new Map<number, number>();
    for (let k = 0; k < d.length; k++) byRow.set(read.table.row[k], k);
    const width = T.resultHeader.length;
    return grid.map((_, i) => {
      const row = i + 1; // the range's first row is row 1 of the model
      if (row === header.headerRow) return [...T.resultHeader];
      const k = byRow.get(row);
      if (k === undefined) return new Array(width).fill('');
      const daysLate = d.daysLate[k];
      return [
        d.score[k],
        Number.isNaN(daysLate) ? '' : Math.max(0, daysLate),
        d.eligible[k] ? T.met : T.unmet,
        d.rank[k] || '',
        STATUS_LABEL[STATUSES[d.status[k]]],
      ];
    });
  });
}

// ------------------------------------------------------------------ history

/** FNV-1a over a range's cells: the same range gives the same number, so its index is built once. */
function gridHash(grid: unknown[][]): number {
  let h = 2166136261 | 0;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 31, 16777619);
  };
  mix(`${grid.length}`);
  for (const row of grid) {
    for (const c of row) mix(c === null || c === undefined ? '' : typeof c === 'object' ? JSON.stringify(c) : String(c));
    h = Math.imul(h ^ 10, 16777619);
  }
  return h;
}

// A column of formulas passes the same history range to every call: its index is memoised by the
// range's content (a hash, then the grid compared cell by cell), never by identity.
let historyCache: { hash: number; grid: unknown[][]; index: HistoryIndex } | null = null;

function sameGrid(a: unknown[][], b: unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c] && !(x[c] instanceof Date && y[c] instanceof Date && +x[c]! === +y[c]!)) return false;
  }
  return true;
}

function historyIndexOf(range: unknown): HistoryIndex {
  const grid = Array.isArray(range) ? (range as unknown[]).map((r) => (Array.isArray(r) ? r : [r])) : [[range]];
  const hash = gridHash(grid);
  if (historyCache && historyCache.hash === hash && sameGrid(historyCache.grid, grid)) return historyCache.index;
  const header = detectHistoryHeader(grid as Grid);
  if (!header) return invalid(T.historyNoHeader);
  const read = readHistory({ name: '', values: grid as Grid }, header);
  const index = buildHistoryIndex(read.records);
  historyCache = { hash, grid, index };
  return index;
}

function requiredYear(v: unknown): number {
  const y = optionalYear(v);
  if (y === null) return invalid(T.noYear);
  return y;
}

/**
 * The number of consecutive years, counting back from year, in which a person or collective received a form (e.g. 3 for Chiến sĩ thi đua cơ sở in 2023, 2024 and 2025); 0 when year itself has none.
 * @customfunction YEARSINROW
 * @param {any} name Full name of the person, or name of the collective.
 * @param {any} unit Their unit, as in the history (blank: none).
 * @param {any} form The form, e.g. "Chiến sĩ thi đua cơ sở", "CSTĐCS", "Hoàn thành xuất sắc nhiệm vụ".
 * @param {number} year The last year to count, e.g. 2025.
 * @param {any[][]} history The award history table with its header row (name, unit, year, form, decision number columns).
 * @returns {number} Consecutive years with that form up to year.
 */
export function tdktYearsInRow(name: any, unit: any, form: any, year: number, history: any[][]): number {
  return guard(() => {
    const who = asText(name);
    if (!who) return invalid(T.noName);
    const formText = asText(form);
    if (!formText) return invalid(T.noForm);
    const y = requiredYear(year);
    const index = historyIndexOf(history);
    const f = matchForm(formText);
    const key = foldKey(formText);
    const years = new Set(
      historyOf(index, { name: who, unit: asText(unit) || null })
        .filter((r) => (f ? r.form === f.id : foldKey(r.formText) === key))
        .map((r) => r.year),
    );
    let n = 0;
    while (years.has(y - n)) n++;
    return n;
  });
}

/**
 * Whether a nominee's award history meets the conditions of the form proposed (those on by default: only rules whose legal text is confirmed), as text: "Đạt", "Không đạt" or "Cần kiểm tra", with the years found or missing and the legal source of each rule.
 * @customfunction CONDITION
 * @param {any} form The form proposed, e.g. "Bằng khen của Chủ tịch UBND tỉnh".
 * @param {any} name Full name of the person, or name of the collective.
 * @param {any} unit Their unit, as in the history (blank: none).
 * @param {number} year The year under review, e.g. 2025.
 * @param {any[][]} history The award history table with its header row (name, unit, year, form, decision number columns).
 * @param {any} [kind] "tập thể" (TT, collective) or "cá nhân" (CN, individual); blank: as the form implies.
 * @param {boolean} [all_rules] TRUE: also check the rules whose legal text is not confirmed (each still shows its source). Default FALSE.
 * @returns {string} The result and its reasons.
 */
export function tdktCondition(form: any, name: any, unit: any, year: number, history: any[][], kind?: any, all_rules?: boolean): string {
  return guard(() => {
    const who = asText(name);
    if (!who) return invalid(T.noName);
    const y = requiredYear(year);
    const k = isBlank(kind) ? null : kindOf(kind);
    if (!isBlank(kind) && !k) return invalid(T.kindUnknown(asText(kind)));
    const index = historyIndexOf(history);
    const on = optionalBool(all_rules) ? ALL_RULES_ON : ruleSwitch(null);
    const c = checkNominee(index, { name: who, unit: asText(unit) || null, kind: k, formText: asText(form) || null, year: y }, on);
    return T.conditionResult(c.result, c.reasons);
  });
}

// Kept for the tests and the playground, which call the functions by their Excel ids.
export const TDKT = {
  PARSEDATE: tdktParseDate,
  DEADLINE: tdktDeadline,
  ISLATE: tdktIsLate,
  DAYSLATE: tdktDaysLate,
  MET: tdktMet,
  SCORE: tdktScore,
  ELIGIBLE: tdktEligible,
  QUOTA: tdktQuota,
  RANK: tdktRank,
  GRADE: tdktGrade,
  BINHXET: tdktBinhXet,
  YEARSINROW: tdktYearsInRow,
  CONDITION: tdktCondition,
};
