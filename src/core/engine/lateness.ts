// Stage "lateness": the received date and the movement's last on-time day.
//
// Choices where the spec is silent:
// - Submission deadline: settings.deadlineOverride, else the movement's deadlines (first one that
//   resolves to a day), else the plan's top-level deadlines, preferring a phrase that speaks of the
//   dossier ("hồ sơ", "nộp", "gửi", "đề nghị", "danh sách", "báo cáo") and then the first that
//   resolves. A relative/external phrase never resolves: the row is not late and the reason says why.
// - daysLate is 0 for an on-time row, null when it cannot be measured.
import type { Movement, Plan, Serial, Settings } from '../types';
import { foldKey, nfc } from '../normalize';
import { cachedParseDeadline, lastOnTimeFor, type DeadlineSpec } from '../deadline';
import { makeCalendar, type Calendar } from '../calendar';
import { fromIso, serialToYmd } from '../dates';
import { NO_RECEIVED_COLUMN, RECEIVED_UNREADABLE, type NominationTable } from '../table';
import { ENGINE_TEXT } from '../text/engine';
import type { DecisionColumns } from './columns';
import type { RowMovement } from './movements';

type Candidate = { kind: 'spec'; spec: DeadlineSpec } | { kind: 'fixed'; due: Serial; lastOnTime: Serial };

interface DeadlineSource {
  candidates: Candidate[];
  /** Why no day can be known (all phrases relative/external/unreadable, or none at all). */
  note: string;
}

const SUBMISSION_WORDS = /\b(ho so|nop|gui|de nghi|danh sach|bao cao)\b/;

function pickPlanDeadlines(plan: Plan): string[] {
  const all = (plan.deadlines ?? []).map((d) => d.text).filter((t) => !!t);
  const preferred = all.filter((t) => SUBMISSION_WORDS.test(foldKey(t)));
  return [...preferred, ...all.filter((t) => !preferred.includes(t))];
}

function deadlineSource(texts: { text: string; dates?: { due: string; lastOnTime: string }[] }[], year: number | null): DeadlineSource {
  const candidates: Candidate[] = [];
  const notes: string[] = [];
  for (const d of texts) {
    const p = cachedParseDeadline(d.text, year);
    if (p.ok === true) {
      if (p.spec.rule === 'relative' || p.spec.rule === 'external') notes.push(ENGINE_TEXT.deadlineUnknowable(d.text));
      else candidates.push({ kind: 'spec', spec: p.spec });
    } else {
      const why = (p as { message: string }).message;
      const first = d.dates?.[0];
      const due = first ? fromIso(first.due) : null;
      const lot = first ? fromIso(first.lastOnTime) : null;
      if (due !== null && lot !== null) candidates.push({ kind: 'fixed', due, lastOnTime: lot });
      else notes.push(ENGINE_TEXT.deadlineUnreadable(d.text, why));
    }
  }
  return { candidates, note: notes.length ? notes.join(' ') : ENGINE_TEXT.noDeadline };
}

/** The deadlines a movement's rows are measured against, for one year. */
function movementDeadlines(plan: Plan, settings: Settings, mv: Movement, year: number | null): DeadlineSource {
  if (settings.deadlineOverride && nfc(settings.deadlineOverride)) return deadlineSource([{ text: settings.deadlineOverride }], year);
  const own = deadlineSource(mv.deadlines ?? [], year);
  if (own.candidates.length > 0) return own;
  const byText = new Map((plan.deadlines ?? []).map((d) => [d.text, d]));
  const fromPlan = deadlineSource(pickPlanDeadlines(plan).map((x) => byText.get(x) ?? { text: x }), year);
  return fromPlan.candidates.length > 0 || (mv.deadlines ?? []).length === 0 ? fromPlan : own;
}

/**
 * One movement's deadlines for one year, and their resolution per received day (a few hundred
 * distinct days even for 100,000 rows), looked up without building a key or a result per row.
 */
interface LotTable {
  src: DeadlineSource;
  byDay: Map<Serial | null, { due: Serial; lastOnTime: Serial } | null>;
  /** lastOnTime by whole received day from `base` (NaN: not asked yet, −Infinity: none resolves). */
  dense: Float64Array | null;
  base: number;
}

/** Received days span weeks, not years: a dense table of the days around the first one asked. */
const DENSE_DAYS = 4096;

/** What the lateness stage keeps between rows: the lot tables and the late reasons many rows share. */
export interface Lateness {
  plan: Plan;
  settings: Settings;
  calendar: Calendar;
  /** The year deadlines are resolved for when known up front (nearly always), else null. */
  fixedYear: number | null;
  /**
   * Deadline sources by movement id and year. By id, as before the engine was split in stages: two
   * movements sharing an id share the first one's deadlines (a plan edited by hand can do that).
   */
  sources: Map<string, DeadlineSource>;
  lotCache: Map<Movement, Map<number | null, LotTable>>;
  /** With a fixed year, each movement's lot table at its index. */
  lotByIndex: (LotTable | undefined)[];
  lateText: Map<number, string>;
}

export function prepareLateness(plan: Plan, settings: Settings): Lateness {
  return {
    plan,
    settings,
    calendar: makeCalendar(settings.calendar ?? []),
    fixedYear: settings.year ?? plan.year ?? null,
    sources: new Map(),
    lotCache: new Map(),
    lotByIndex: new Array((plan.movements ?? []).length),
    lateText: new Map(),
  };
}

function lotTable(L: Lateness, mv: Movement, year: number | null): LotTable {
  let byYear = L.lotCache.get(mv);
  if (!byYear) L.lotCache.set(mv, (byYear = new Map()));
  let lt = byYear.get(year);
  if (!lt) byYear.set(year, (lt = { src: sourceOf(L, mv, year), byDay: new Map(), dense: null, base: 0 }));
  return lt;
}

function sourceOf(L: Lateness, mv: Movement, year: number | null): DeadlineSource {
  const key = mv.id + '\u0000' + year;
  let src = L.sources.get(key);
  if (!src) L.sources.set(key, (src = movementDeadlines(L.plan, L.settings, mv, year)));
  return src;
}

function resolveLot(L: Lateness, lt: LotTable, year: number | null, rec: Serial | null): { due: Serial; lastOnTime: Serial } | null {
  // A whole day as a small integer: the map's fast key (the table's days are doubles).
  const received = rec !== null && rec === (rec | 0) ? rec | 0 : rec;
  const byDay = lt.byDay;
  const hit = byDay.get(received);
  if (hit !== undefined || byDay.has(received)) return hit ?? null;
  let r: { due: Serial; lastOnTime: Serial } | null = null;
  for (const c of lt.src.candidates) {
    r = c.kind === 'fixed'
      ? { due: c.due, lastOnTime: c.lastOnTime }
      : lastOnTimeFor(c.spec, { year, received, calendar: L.calendar, shiftDaysOff: L.settings.shiftDaysOff });
    if (r) break;
  }
  byDay.set(received, r);
  return r;
}

/** The last on-time day for a received day (−Infinity: none resolves), through the dense table. */
function lastOnTimeAt(L: Lateness, lt: LotTable, year: number | null, rec: Serial | null): number {
  if (rec !== null && rec === (rec | 0)) {
    if (lt.dense === null) {
      lt.dense = new Float64Array(DENSE_DAYS).fill(NaN);
      lt.base = rec - DENSE_DAYS / 2;
    }
    const k = rec - lt.base;
    if (k >= 0 && k < DENSE_DAYS) {
      let v = lt.dense[k];
      if (v !== v) {
        const r = resolveLot(L, lt, year, rec);
        lt.dense[k] = v = r ? r.lastOnTime : -Infinity;
      }
      return v;
    }
  }
  const r = resolveLot(L, lt, year, rec);
  return r ? r.lastOnTime : -Infinity;
}

/** The late reason, built once per (received, last on-time day) pair. */
function lateReason(L: Lateness, received: Serial, d: number, lot: Serial): string {
  if (!(Number.isInteger(received) && Number.isInteger(lot) && received >= 0 && lot >= 0 && received < 4194304 && lot < 4194304)) {
    return ENGINE_TEXT.late(received, d, lot);
  }
  const key = received * 4194304 + lot;
  let s = L.lateText.get(key);
  if (s === undefined) {
    s = ENGINE_TEXT.late(received, d, lot);
    if (L.lateText.size < 100000) L.lateText.set(key, s);
  }
  return s;
}

/**
 * Row i's received date and lateness: writes its late, daysLate and lastOnTime columns, lists the
 * reasons in `say` when asked, and returns whether the row goes under review (a received date
 * missing or unreadable).
 */
export function checkLateness(L: Lateness, t: NominationTable, cols: DecisionColumns, i: number, mm: RowMovement, say: string[] | null): boolean {
  let rev = false;
  const flags = t.flags[i];
  const rec = t.received[i];
  const received: Serial | null = rec === rec ? rec : null;
  if (flags & RECEIVED_UNREADABLE) {
    rev = true;
    if (say) say.push(ENGINE_TEXT.receivedUnreadable);
  } else if (received === null && flags & NO_RECEIVED_COLUMN) {
    if (say) say.push(ENGINE_TEXT.noReceivedColumn);
  } else if (received === null) {
    rev = true;
    if (say) say.push(ENGINE_TEXT.receivedMissing);
  }
  let lastOnTime = NaN;
  let daysLate = NaN;
  let late = 0;
  const mv = mm.movement;
  if (mv) {
    const fixedYear = L.fixedYear;
    const year = fixedYear ?? (received !== null ? serialToYmd(received).y : null);
    const lots = fixedYear !== null ? (L.lotByIndex[mm.index] ??= lotTable(L, mv, year)) : lotTable(L, mv, year);
    // A day asked before is read from the dense table here, without a call per row.
    const dense = lots.dense;
    const k = rec - lots.base;
    let lot = dense !== null && k >= 0 && k < DENSE_DAYS && rec === (rec | 0) ? dense[k] : NaN;
    if (lot !== lot) lot = lastOnTimeAt(L, lots, year, received);
    if (lot !== -Infinity) {
      lastOnTime = lot;
      if (received !== null) {
        const d = received - lot;
        late = d > 0 ? 1 : 0;
        daysLate = late ? d : 0;
        if (late && say) say.push(lateReason(L, received, d, lot));
      }
    } else if (say) say.push(lots.src.note);
  }
  cols.late[i] = late;
  cols.daysLate[i] = daysLate;
  cols.lastOnTime[i] = lastOnTime;
  return rev;
}
