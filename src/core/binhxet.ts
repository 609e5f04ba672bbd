// The bình xét engine: check → late → eligible → rank → quota → status, for every row at once.
//
// Choices where the spec is silent:
// - Submission deadline: settings.deadlineOverride, else the movement's deadlines (first one that
//   resolves to a day), else the plan's top-level deadlines, preferring a phrase that speaks of the
//   dossier ("hồ sơ", "nộp", "gửi", "đề nghị", "danh sách", "báo cáo") and then the first that
//   resolves. A relative/external phrase never resolves: the row is not late and the reason says why.
// - daysLate is 0 for an on-time row, null when it cannot be measured.
// - A sheet without criteria columns does not check criteria (reason says so); otherwise a plan
//   criterion without its column on the sheet counts as not met.
// - A missing vote share when a vote threshold applies is a review, not an ineligibility.
// - rank: competition ranking ("1, 2, 2, 4") among the eligible on-time rows of the movement's
//   ranking group (movement × kind, or the movement's pool), including rows cut by an allocation.
// - A one-movement plan with a movement cell that names nothing: the movement is assumed, with a note.
// - Allocations are layered, narrowest first, within each movement: a per-unit cap naming the row's
//   kind of group ("mỗi xã, phường chọn 02 trường hợp"), a per-unit cap for any unit ("mỗi đơn vị …"),
//   the row's group cap, then the movement quota. A per-unit cap is skipped for a row with no unit
//   (no unit to count within). An allocation with no number for the row's kind does not cut it.
//   Reasons name the allocation's text from the plan and the row's place within that stage.
// - A total built from points above a maximum or negative gets no grade and no points-based
//   eligibility (eligible false, the row is under review); other reviews keep their grade.
import type {
  Allocation, EngineResult, Kind, Movement, NominationInput, NominationResult, Plan, Serial, Settings, Status, Summary,
} from './types';
import { foldKey, nfc } from './normalize';
import { memo } from './memo';
import { matchMovement, type MovementMatch } from './movement';
import {
  allocationMatcher, allocationQuota, effectiveQuota, isPooled, type AllocationLayers, type EffectiveQuota, type MatchedAllocation,
} from './quota';
import { gradeFor, gradeIndex, rubricTotal, sortBands } from './grade';
import { compareRows, competitionRanks, cutAtQuota, sortRows, type CutOutcome } from './rank';
import { cachedParseDeadline, lastOnTimeFor, type DeadlineSpec } from './deadline';
import { makeCalendar } from './calendar';
import { fromIso, serialToYmd, toIso } from './dates';
import { SUMMARY_STATUSES, summariseColumns } from './summary';
import {
  KINDS, MARK_MET, MARK_UNMET, MARK_UNREADABLE, NO_RECEIVED_COLUMN, RECEIVED_UNREADABLE, SOME_MARK_UNREADABLE, tableFromInputs,
  groupAt, markColumnsAt, movementAt, positionAt, unitAt, type NominationTable, type RowScoring,
} from './table';
import { ENGINE_TEXT } from './text/engine';

/** Status codes of the Decisions' status column, in this order. */
export const STATUSES: Status[] = SUMMARY_STATUSES;
const ST_SELECTED = 0;
const ST_OVER = 1;
const ST_TIE = 2;
const ST_INELIGIBLE = 3;
const ST_LATE = 4;
const ST_REVIEW = 5;
const OUTCOME_CODE: Record<CutOutcome, number> = { selected: ST_SELECTED, over_quota: ST_OVER, tie: ST_TIE };

/** A ranking group: one (movement, kind) or one movement's pool, with its quota. */
interface RankGroup {
  mv: Movement;
  qKind: Kind | 'either';
  eq: EffectiveQuota;
  /** Survivors tied at the movement's cut-off. */
  tieCount: number;
}

/** The shared empty list of a row's tie/within texts when it has none (most rows). */
const NONE: string[] = [];

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

/**
 * What the engine decided for every row, column by column (NaN = none; rank 0 = none). Reasons
 * and result objects are built on demand, from the same row checks: a writer asks for them row by
 * row, and a caller that only needs the counts (the summary, a status column) never builds them.
 */
export interface Decisions {
  table: NominationTable;
  length: number;
  /** Index of the matched movement in plan.movements, −1 when none. */
  movement: Int32Array;
  /** Index in STATUSES. */
  status: Uint8Array;
  late: Uint8Array;
  eligible: Uint8Array;
  duplicate: Uint8Array;
  daysLate: Float64Array;
  lastOnTime: Float64Array;
  criteriaMet: Int32Array;
  criteriaTotal: Int32Array;
  score: Float64Array;
  rank: Int32Array;
  /** Grade per row: 0 without one, k + 1 for gradeNames[k] (the bands' own name strings). */
  grade: Uint16Array;
  gradeNames: string[];
  summary: Summary;
  reasonsOf(i: number): string[];
  resultAt(i: number): NominationResult;
  results(): NominationResult[];
}

/** Bình xét on rows given one by one (the row-shaped entry point; the same engine as decide()). */
export function runBinhXet(plan: Plan, rows: NominationInput[], settings: Settings): EngineResult {
  const d = decide(plan, tableFromInputs(rows), settings);
  return { nominations: d.results(), summary: d.summary };
}

export function decide(plan: Plan, t: NominationTable, settings: Settings): Decisions {
  const n = t.length;
  const calendar = makeCalendar(settings.calendar ?? []);
  const participants = settings.participants ?? { collective: null, individual: null };
  const bands = sortBands(plan.grades ?? []);
  const movements = plan.movements ?? [];
  const mvIndex = new Map<Movement, number>(movements.map((m, k) => [m, k]));

  // ---- deadline sources, per (movement, year)
  const sourceCache = new Map<string, DeadlineSource>();
  const deadlineSource = (mv: Movement, year: number | null): DeadlineSource => {
    const key = mv.id + '\u0000' + year;
    let src = sourceCache.get(key);
    if (src) return src;
    // (Called once per (movement, year) thanks to lotCache.)
    const build = (texts: { text: string; dates?: { due: string; lastOnTime: string }[] }[]): DeadlineSource => {
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
    };
    if (settings.deadlineOverride && nfc(settings.deadlineOverride)) {
      src = build([{ text: settings.deadlineOverride }]);
    } else {
      src = build(mv.deadlines ?? []);
      if (src.candidates.length === 0) {
        const planTexts = pickPlanDeadlines(plan);
        const byText = new Map((plan.deadlines ?? []).map((d) => [d.text, d]));
        const fromPlan = build(planTexts.map((x) => byText.get(x) ?? { text: x }));
        if (fromPlan.candidates.length > 0 || (mv.deadlines ?? []).length === 0) src = fromPlan;
      }
    }
    sourceCache.set(key, src);
    return src;
  };
  // Per movement → year: the deadline source and its resolution per received day (a few hundred
  // distinct days even for 100,000 rows). Looked up without building a key or a result per row.
  interface LotTable {
    src: DeadlineSource;
    byDay: Map<Serial | null, { due: Serial; lastOnTime: Serial } | null>;
    /** lastOnTime by whole received day from `base` (NaN: not asked yet, −Infinity: none resolves). */
    dense: Float64Array | null;
    base: number;
  }
  const lotCache = new Map<Movement, Map<number | null, LotTable>>();
  const lotTable = (mv: Movement, year: number | null): LotTable => {
    let byYear = lotCache.get(mv);
    if (!byYear) lotCache.set(mv, (byYear = new Map()));
    let lt = byYear.get(year);
    if (!lt) byYear.set(year, (lt = { src: deadlineSource(mv, year), byDay: new Map(), dense: null, base: 0 }));
    return lt;
  };
  const resolveLot = (lt: LotTable, year: number | null, rec: Serial | null) => {
    // A whole day as a small integer: the map's fast key (the table's days are doubles).
    const received = rec !== null && rec === (rec | 0) ? rec | 0 : rec;
    const byDay = lt.byDay;
    const hit = byDay.get(received);
    if (hit !== undefined || byDay.has(received)) return hit ?? null;
    let r: { due: Serial; lastOnTime: Serial } | null = null;
    for (const c of lt.src.candidates) {
      r = c.kind === 'fixed'
        ? { due: c.due, lastOnTime: c.lastOnTime }
        : lastOnTimeFor(c.spec, { year, received, calendar, shiftDaysOff: settings.shiftDaysOff });
      if (r) break;
    }
    byDay.set(received, r);
    return r;
  };
  // The last on-time day for a received day: the row loop's question, answered from a dense table
  // of the days around the first one asked (received days span weeks, not years).
  const DENSE_DAYS = 4096;
  const lastOnTimeAt = (lt: LotTable, year: number | null, rec: Serial | null): number => {
    if (rec !== null && rec === (rec | 0)) {
      if (lt.dense === null) {
        lt.dense = new Float64Array(DENSE_DAYS).fill(NaN);
        lt.base = rec - DENSE_DAYS / 2;
      }
      const k = rec - lt.base;
      if (k >= 0 && k < DENSE_DAYS) {
        let v = lt.dense[k];
        if (v !== v) {
          const r = resolveLot(lt, year, rec);
          lt.dense[k] = v = r ? r.lastOnTime : -Infinity;
        }
        return v;
      }
    }
    const r = resolveLot(lt, year, rec);
    return r ? r.lastOnTime : -Infinity;
  };

  const iso = memo((x: Serial) => toIso(x));
  const fold = memo((u: string) => foldKey(u));
  // The movement a cell names, with its index in the plan, once per distinct cell text: rows carry
  // their text's movementKey, so a row's match is an array lookup.
  const mvCache = new Map<string, MovementMatch & { index: number }>();
  const matchOf = (cell: string | null): MovementMatch & { index: number } => {
    const key = cell ?? '';
    let mm = mvCache.get(key);
    if (!mm) {
      const m = movements.length === 0 ? { movement: null, message: ENGINE_TEXT.planHasNoMovement } : matchMovement(plan, cell);
      mm = { ...m, index: m.movement ? mvIndex.get(m.movement)! : -1 };
      mvCache.set(key, mm);
    }
    return mm;
  };
  const matchByKey: (MovementMatch & { index: number })[] = [];
  const matchAt = (i: number): MovementMatch & { index: number } => {
    const k = t.movementKey[i];
    if (k < 0) return matchOf(null);
    return (matchByKey[k] ??= matchOf(t.movementTexts[k]));
  };
  // With the year known up front (nearly always), each movement's lot table sits at its index.
  const fixedYear = settings.year ?? plan.year ?? null;
  const lotByIndex: (LotTable | undefined)[] = new Array(movements.length);

  // Reasons many rows share, built once: a plan criterion not met, a late day.
  const unmetText = new Map<Movement, Map<Kind, string[]>>();
  const criterionUnmet = (mv: Movement, kind: Kind, j: number, text: string | null, cell: string): string => {
    // Without the criterion's text the reason names the cell, which is the row's own.
    if (!text) return ENGINE_TEXT.criterionUnmet(j + 1, text, cell);
    let byKind = unmetText.get(mv);
    if (!byKind) unmetText.set(mv, (byKind = new Map()));
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    return (list[j] ??= ENGINE_TEXT.criterionUnmet(j + 1, text, cell));
  };
  const lateText = new Map<number, string>();
  const lateReason = (received: Serial, d: number, lot: Serial): string => {
    // d = received - lot: the pair (received, lot) fixes the text.
    if (!(Number.isInteger(received) && Number.isInteger(lot) && received >= 0 && lot >= 0 && received < 4194304 && lot < 4194304)) {
      return ENGINE_TEXT.late(received, d, lot);
    }
    const key = received * 4194304 + lot;
    let s = lateText.get(key);
    if (s === undefined) {
      s = ENGINE_TEXT.late(received, d, lot);
      if (lateText.size < 100000) lateText.set(key, s);
    }
    return s;
  };

  // ---- the decision columns
  const movementCol = new Int32Array(n);
  const status = new Uint8Array(n);
  const lateCol = new Uint8Array(n);
  const eligibleCol = new Uint8Array(n);
  const duplicate = new Uint8Array(n);
  const daysLateCol = new Float64Array(n);
  const lastOnTimeCol = new Float64Array(n);
  const criteriaMetCol = new Int32Array(n);
  const criteriaTotalCol = new Int32Array(n);
  const scoreCol = new Float64Array(n);
  const rank = new Int32Array(n);
  const grade = new Uint16Array(n);
  const gradeNames: string[] = [];
  const gradeId = new Map<string, number>();
  const review = new Uint8Array(n);
  /** For a duplicate: the row index it names (the first row names the first later one). */
  const dupOther = new Int32Array(n).fill(-1);
  // The plan's criteria count per (movement, kind): slot movement × 3 + kind code.
  const planCritCount = new Int32Array(movements.length * 3);
  movements.forEach((m, k) => {
    planCritCount[k * 3 + 1] = m.criteria?.collective?.length ?? 0;
    planCritCount[k * 3 + 2] = m.criteria?.individual?.length ?? 0;
  });
  const hasProblems = t.problems.size > 0;
  const hasScoring = t.scoring.size > 0;
  const minVoteSetting = settings.minVote ?? null;

  /**
   * The checks of one row, on its own cells: movement, name, kind, read problems, lateness,
   * criteria, points and grade, vote. Writes the row's decision columns and returns whether the row
   * goes under review; with `say`, also lists the reasons in order (the same code decides and
   * explains, so the two never disagree).
   */
  const check = (i: number, say: string[] | null): boolean => {
    let rev = false;
    const mm = matchAt(i);
    const mv = mm.movement;
    if (!mv) {
      rev = true;
      if (say) say.push(mm.message ?? ENGINE_TEXT.movementMissing);
    } else if (mm.message && say) say.push(mm.message);

    // Table texts are null or non-empty: a pointer test, without touching the string.
    if (t.name[i] === null) {
      rev = true;
      if (say) say.push(ENGINE_TEXT.nameMissing);
    }
    const kind: Kind | null = KINDS[t.kind[i]];
    if (!kind) {
      rev = true;
      if (say) say.push(ENGINE_TEXT.kindMissing);
    }
    const rowNo = t.row[i];
    if (hasProblems) {
      const problems = t.problems.get(i);
      if (problems && problems.length > 0) {
        rev = true;
        if (say) for (let k = 0; k < problems.length; k++) say.push(ENGINE_TEXT.rowProblem(problems[k].column, rowNo, problems[k].message));
      }
    }

    // Received date and lateness
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
    if (mv) {
      const year = fixedYear ?? (received !== null ? serialToYmd(received).y : null);
      const lots = fixedYear !== null ? (lotByIndex[mm.index] ??= lotTable(mv, year)) : lotTable(mv, year);
      // A day asked before is read from the dense table here, without a call per row.
      const dense = lots.dense;
      const k = rec - lots.base;
      let lot = dense !== null && k >= 0 && k < DENSE_DAYS && rec === (rec | 0) ? dense[k] : NaN;
      if (lot !== lot) lot = lastOnTimeAt(lots, year, received);
      if (lot !== -Infinity) {
        lastOnTime = lot;
        if (received !== null) {
          const d = received - lot;
          late = d > 0 ? 1 : 0;
          daysLate = late ? d : 0;
          if (late && say) say.push(lateReason(received, d, lot));
        }
      } else if (say) say.push(lots.src.note);
    }

    // Criteria
    let criteriaMet = 0;
    let criteriaTotal = 0;
    let criteriaOk = true;
    const m0 = t.markStart[i];
    const nMarks = t.markStart[i + 1] - m0;
    const marks = t.marks;
    const planCount = mv ? planCritCount[mm.index * 3 + t.kind[i]] : 0;
    if (kind && mv && !say && nMarks > 0 && nMarks >= planCount) {
      // The row loop's case (every criterion has its column, no reasons asked). When every mark
      // counts, the table's count is the answer; otherwise the codes (0 unmet, 1 met, 2
      // unreadable) are counted without a branch per mark.
      const count = planCount || nMarks;
      if (count === nMarks) {
        criteriaMet = t.marksMet[i];
        if (flags & SOME_MARK_UNREADABLE) rev = true;
      } else {
        let unreadable = 0;
        for (let j = m0; j < m0 + count; j++) {
          const code = marks[j];
          criteriaMet += code & 1;
          unreadable |= code & 2;
        }
        if (unreadable) rev = true;
      }
      criteriaTotal = count;
      criteriaOk = criteriaMet === count;
    } else if (kind && mv) {
      const planCrit = mv.criteria?.[kind] ?? [];
      const count = planCrit.length > 0 ? planCrit.length : nMarks;
      if (nMarks === 0) {
        if (planCrit.length > 0 && say) say.push(ENGINE_TEXT.criteriaNotOnSheet(planCrit.length));
      } else {
        criteriaTotal = count;
        for (let j = 0; j < count; j++) {
          if (j >= nMarks) {
            criteriaOk = false;
            if (say) say.push(ENGINE_TEXT.criterionNoColumn(j + 1, planCrit[j] ?? null));
            continue;
          }
          const code = marks[m0 + j];
          if (code === MARK_MET) criteriaMet++;
          else {
            criteriaOk = false;
            if (code === MARK_UNREADABLE) {
              rev = true;
              if (say) say.push(ENGINE_TEXT.markUnreadable(markCellRef(t, i, m0 + j, j), t.markRaw.get(m0 + j) ?? ''));
            }
            if (say) say.push(criterionUnmet(mv, kind, j, planCrit[j] ?? null, markCellRef(t, i, m0 + j, j)));
          }
        }
        for (let j = count; j < nMarks; j++) {
          if (marks[m0 + j] !== MARK_UNMET && say) say.push(ENGINE_TEXT.markBeyondCriteria(markCellRef(t, i, m0 + j, j), kind, count));
        }
      }
    } else {
      for (let j = 0; j < nMarks; j++) {
        if (marks[m0 + j] === MARK_UNREADABLE) {
          rev = true;
          if (say) say.push(ENGINE_TEXT.markUnreadable(markCellRef(t, i, m0 + j, j), t.markRaw.get(m0 + j) ?? ''));
        }
      }
      for (let j = 0; j < nMarks; j++) if (marks[m0 + j] === MARK_MET) criteriaMet++;
    }

    // Points and grade
    let total: number | null = null;
    let g: string | null = null;
    const sc = hasScoring ? t.scoring.get(i) : undefined;
    let hasZero = false;
    // Points above a maximum or negative: the total is built from a data error, so it is neither a
    // grade nor a basis for eligibility until the secretary corrects it.
    let pointsError = false;
    if (sc) {
      const rt = rubricTotal(plan.rubric ?? null, sc);
      if (rt.problems.length > 0) {
        rev = true;
        if (say) say.push(...rt.problems);
      }
      if (say) say.push(...rt.notes);
      total = rt.total;
      hasZero = rt.hasZeroCriterion;
      pointsError = rt.problems.length > 0;
    }
    let eligible = criteriaOk;
    const minScore = mv?.minScore ?? null;
    const pointsRule = bands.length > 0 || minScore !== null;
    if (pointsError) {
      eligible = false;
      if (bands.length > 0 && say) say.push(ENGINE_TEXT.gradeWithheld(pointErrorCells(plan, sc!)));
    } else if (total !== null && bands.length > 0) {
      const gr = gradeFor(total, hasZero, bands);
      g = gr.grade;
      if (gr.reason && say) say.push(gr.reason);
    }
    if (pointsRule && mv && !pointsError) {
      if (total !== null) {
        if (bands.length > 0) {
          let award = gradeIndex(bands, mv.awardGrade ?? null);
          if (award < 0) award = 0;
          const gi = gradeIndex(bands, g);
          if (gi < 0 || gi > award) {
            eligible = false;
            if (say) say.push(ENGINE_TEXT.gradeBelowAward(total, g, bands[award].name));
          }
        }
        if (minScore !== null && total + 1e-9 < minScore) {
          eligible = false;
          if (say) say.push(ENGINE_TEXT.scoreBelowMin(total, minScore));
        }
      } else if (nMarks === 0) {
        eligible = false;
        rev = true;
        if (say) say.push(ENGINE_TEXT.pointsMissing);
      }
    }

    // Vote share
    // The share stays a double, NaN when missing: a variable that may hold null keeps it boxed.
    const vote = t.vote[i];
    const minVote = minVoteSetting ?? mv?.minVote ?? null;
    if (minVote !== null && minVote !== undefined) {
      if (vote !== vote) {
        rev = true;
        if (say) say.push(ENGINE_TEXT.voteMissing(minVote));
      } else if (vote + 1e-12 < minVote) {
        eligible = false;
        if (say) say.push(ENGINE_TEXT.voteBelow(vote, minVote, minVoteSetting !== null));
      }
    }
    if (!kind || !mv) eligible = false;

    movementCol[i] = mm.index;
    lateCol[i] = late;
    daysLateCol[i] = daysLate;
    lastOnTimeCol[i] = lastOnTime;
    criteriaMetCol[i] = criteriaMet;
    criteriaTotalCol[i] = criteriaTotal;
    scoreCol[i] = total ?? criteriaMet;
    eligibleCol[i] = eligible ? 1 : 0;
    if (g !== null) {
      let k = gradeId.get(g);
      if (k === undefined) gradeId.set(g, (k = gradeNames.push(g)));
      grade[i] = k;
    }
    return rev;
  };

  // ---- per-row checks and duplicates
  // A movement cell that names none of the plan's movements is told apart by its folded text.
  const unmatchedIds = new Map<string, number>();
  const unmatchedIdOf = memo((cell: string) => {
    const k = fold(cell);
    let id = unmatchedIds.get(k);
    if (id === undefined) unmatchedIds.set(k, (id = unmatchedIds.size));
    return id;
  });
  const unitKey = t.unitKey;
  // Duplicates by (movement or unmatched cell, unit, name), all as numbers: a hash of the three,
  // and only rows whose hashes meet are folded and compared.
  /** A row's movement for duplicates: its index in the plan, or −1 − the id of its unmatched cell. */
  const dupMovement = (i: number): number => {
    const mvi = movementCol[i];
    return mvi >= 0 ? mvi : -1 - unmatchedIdOf(movementAt(t, i) ?? '');
  };
  // No unit and a unit whose folded text is empty ("…") are one unit here (key 0 is '').
  const dupUnit = (i: number): number => (unitKey[i] < 0 ? 0 : unitKey[i]);
  const dupHashOf = (i: number): number => mix(t.nameHash[i] ^ Math.imul(dupMovement(i), 1000003) ^ Math.imul(dupUnit(i), 8191));

  for (let i = 0; i < n; i++) review[i] = check(i, null) ? 1 : 0;
  // Two bitmaps of the hashes' top bits (seen once, seen again), small enough to stay in the
  // processor's cache: a row whose bits were seen only once has no twin, and only the other rows (a
  // few percent) are grouped by their whole hash. (A Map of every row's hash, a radix sort of the
  // hashes, and an open-addressing table probed at random each cost more on 100,000 rows.)
  let bitsLog = 10;
  while (1 << bitsLog < n * 16 && bitsLog < 24) bitsLog++;
  const shift = 32 - bitsLog;
  const once = new Int32Array(1 << (bitsLog - 5));
  const again = new Int32Array(1 << (bitsLog - 5));
  const dupHash = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (t.name[i] === null) continue;
    const h = dupHashOf(i);
    dupHash[i] = h;
    const b = h >>> shift;
    const m = 1 << (b & 31);
    const w = b >>> 5;
    if (once[w] & m) again[w] |= m;
    else once[w] |= m;
  }
  /** The rows that may have a twin, in sheet order, by their whole hash. */
  const byHash = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (t.name[i] === null) continue;
    const h = dupHash[i];
    const b = h >>> shift;
    if (!(again[b >>> 5] & (1 << (b & 31)))) continue;
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
  }
  for (const rows of byHash.values()) {
    if (rows.length < 2) continue;
    // Rows of one hash, in sheet order: each is a duplicate of the first earlier row with its key.
    const firsts: number[] = [];
    for (const i of rows) {
      const key = foldKey(t.name[i]!);
      let first = -1;
      for (const f of firsts) {
        if (dupMovement(f) === dupMovement(i) && dupUnit(f) === dupUnit(i) && foldKey(t.name[f]!) === key) {
          first = f;
          break;
        }
      }
      if (first < 0) {
        firsts.push(i);
        continue;
      }
      if (!duplicate[first]) {
        duplicate[first] = 1;
        dupOther[first] = i;
      }
      duplicate[i] = 1;
      dupOther[i] = first;
      review[i] = 1;
    }
  }

  // ---- ranking and quotas
  // Rows that take part, as indices: their keys are the score, vote and received columns.
  const rankable: number[] = [];
  for (let i = 0; i < n; i++) {
    if (review[i] || lateCol[i] || !eligibleCol[i] || movementCol[i] < 0 || !t.kind[i]) continue;
    rankable.push(i);
  }
  const voteOf = t.vote;
  const receivedOf = t.received;
  /** compareNominees on rows (score ↓, vote ↓ missing last, received ↑ missing last; NaN = missing). */
  const cmpRows = (a: number, b: number): number => compareRows(a, b, scoreCol, voteOf, receivedOf);
  const sortByRank = (rows: number[]): number[] => {
    sortRows(rows, scoreCol, voteOf, receivedOf);
    return rows;
  };
  // What the allocation stages said of a row, only for rows they touched: why one cut it, where it
  // tied at a cut-off (the council decides), where it came within a quota.
  const cutText = new Map<number, string>();
  const tieTexts = new Map<number, string[]>();
  const withinTexts = new Map<number, string[]>();
  const push = (m: Map<number, string[]>, i: number, s: string) => {
    const list = m.get(i);
    if (list) list.push(s);
    else m.set(i, [s]);
  };

  // Allocation stages, narrowest first: each unit's cap (rank within the unit), then the group's cap
  // (rank the survivors within the group); the movement's quota comes last. A row cut at a stage
  // takes no further part; a row tied at a stage's cut-off goes on (the council decides), unless a
  // later stage cuts it.
  const allocations: Allocation[] = plan.allocations ?? [];
  if (allocations.length > 0) {
    const matcher = allocationMatcher(allocations);
    const layers = rankable.map((i) => matcher.layers(groupAt(t, i), unitAt(t, i)));
    const levels: (keyof AllocationLayers)[] = ['eachSpecific', 'eachGeneric', 'group'];
    interface Bucket { rows: number[]; m: MatchedAllocation; kind: Kind | 'either'; q: number | null; unit: string | null }
    for (const level of levels) {
      const buckets = new Map<string, Bucket>();
      for (let k = 0; k < rankable.length; k++) {
        const i = rankable[k];
        const m = layers[k][level];
        if (!m || cutText.has(i)) continue;
        const unit = unitAt(t, i);
        const unitFolded = m.alloc.each ? fold(unit ?? '') : '';
        if (m.alloc.each && !unitFolded) continue; // no unit named: a per-unit cap cannot be applied
        const aq = allocationQuota(m.alloc);
        const bk: Kind | 'either' = isPooled(aq) ? 'either' : KINDS[t.kind[i]]!;
        const key = movements[movementCol[i]].id + '\u0000' + m.index + '\u0000' + unitFolded + '\u0000' + bk;
        let b = buckets.get(key);
        if (!b) buckets.set(key, (b = { rows: [], m, kind: bk, q: effectiveQuota(aq, bk, participants).value, unit }));
        if (b.q !== null) b.rows.push(i); // no number for this kind in the allocation: no cut here
      }
      for (const b of buckets.values()) {
        if (b.q === null || b.rows.length === 0) continue;
        const sorted = sortByRank(b.rows);
        const out = cutAtQuota(sorted, b.q, cmpRows);
        const pos = competitionRanks(sorted, cmpRows);
        let tieCount = 0;
        for (const o of out) if (o === 'tie') tieCount++;
        for (let k = 0; k < sorted.length; k++) {
          const i = sorted[k];
          const part = ENGINE_TEXT.allocationPart({
            each: b.m.alloc.each, generic: b.m.generic, group: b.m.alloc.group, unit: b.unit, q: b.q, k: b.kind, pos: pos[k],
          });
          if (out[k] === 'over_quota') cutText.set(i, ENGINE_TEXT.allocationCut(part));
          else if (out[k] === 'tie') push(tieTexts, i, ENGINE_TEXT.allocationTie(part, tieCount));
          else push(withinTexts, i, part);
        }
      }
    }
  }

  // Movement stage: rank within (movement, kind) or the pool; cut the survivors at the movement's quota.
  const groups = new Map<number, number[]>();
  for (let k = 0; k < rankable.length; k++) {
    const i = rankable[k];
    const mvi = movementCol[i];
    const gk = mvi * 3 + (isPooled(movements[mvi].quota) ? 0 : t.kind[i]);
    let g = groups.get(gk);
    if (!g) groups.set(gk, (g = []));
    g.push(i);
  }
  const rankGroups: RankGroup[] = [];
  /** A rankable row's group in rankGroups, −1 for any other row. */
  const groupOf = new Int32Array(n).fill(-1);
  /** The movement stage's outcome (a status code) for a row no allocation cut, −1 otherwise. */
  const outcome = new Int8Array(n).fill(-1);
  for (const list of groups.values()) {
    const mv = movements[movementCol[list[0]]];
    const qKind: Kind | 'either' = isPooled(mv.quota) ? 'either' : KINDS[t.kind[list[0]]]!;
    const gi = rankGroups.push({ mv, qKind, eq: effectiveQuota(mv.quota, qKind, participants), tieCount: 0 }) - 1;
    const group = rankGroups[gi];
    sortByRank(list);
    const ranks = competitionRanks(list, cmpRows);
    for (let k = 0; k < list.length; k++) {
      rank[list[k]] = ranks[k];
      groupOf[list[k]] = gi;
    }
    const survivors = cutText.size > 0 ? list.filter((i) => !cutText.has(i)) : list;
    const out = cutAtQuota(survivors, group.eq.value, cmpRows);
    for (let k = 0; k < out.length; k++) if (out[k] === 'tie') group.tieCount++;
    for (let k = 0; k < survivors.length; k++) {
      const i = survivors[k];
      const code = OUTCOME_CODE[out[k]];
      outcome[i] = code;
      status[i] = code === ST_SELECTED && tieTexts.has(i) ? ST_TIE : code;
    }
    if (cutText.size > 0) for (let k = 0; k < list.length; k++) if (cutText.has(list[k])) status[list[k]] = ST_OVER;
  }

  // ---- statuses by precedence: review › late › ineligible › ranking
  for (let i = 0; i < n; i++) {
    if (review[i]) status[i] = ST_REVIEW;
    else if (lateCol[i]) status[i] = ST_LATE;
    else if (!eligibleCol[i]) status[i] = ST_INELIGIBLE;
  }

  /** The reasons the ranking stage gives a rankable row, after its own. */
  const rankingReasons = (i: number, say: string[]): void => {
    const cut = cutText.get(i);
    if (cut !== undefined) {
      say.push(cut);
      return;
    }
    const g = rankGroups[groupOf[i]];
    const eq = g.eq;
    const r = rank[i];
    const tie = tieTexts.get(i) ?? NONE;
    const within = withinTexts.get(i) ?? NONE;
    const out = STATUSES[outcome[i]] as CutOutcome;
    say.push(...tie);
    if (eq.value === null) {
      if (within.length === 0 && tie.length === 0) say.push(ENGINE_TEXT.noQuotaProposed(eq.note, g.mv.quotaNote));
      else {
        // An allocation limited the row: its quota is the one that counts. A movement quota still
        // unknown for want of participants is said, since it will apply once they are given.
        if (within.length > 0) say.push(ENGINE_TEXT.allocationWithin(within));
        if (eq.note && eq.note !== ENGINE_TEXT.noQuota) say.push(eq.note);
      }
    } else if (eq.value === 0) say.push(ENGINE_TEXT.quotaZero(g.mv.id, g.qKind));
    else if (out === 'tie') say.push(ENGINE_TEXT.tieAtCut(r, g.tieCount, eq.value, g.qKind));
    else say.push(ENGINE_TEXT.ranked(out, r, eq.value, g.qKind));
    if (eq.value !== null && eq.note) say.push(eq.note);
  };

  const reasonsOf = (i: number): string[] => {
    const say: string[] = [];
    check(i, say);
    if (duplicate[i]) {
      const other = dupOther[i];
      // The first row names the first later one; a later row names the first.
      say.push(ENGINE_TEXT.duplicateOf(t.row[other], other > i));
    }
    if (groupOf[i] >= 0) rankingReasons(i, say);
    return say;
  };

  const resultAt = (i: number): NominationResult => {
    const mvi = movementCol[i];
    const rec = t.received[i];
    const lot = lastOnTimeCol[i];
    const dl = daysLateCol[i];
    const v = t.vote[i];
    return {
      row: t.row[i],
      name: t.name[i],
      unit: unitAt(t, i),
      kind: KINDS[t.kind[i]],
      movement: mvi >= 0 ? movements[mvi].id : null,
      received: rec === rec ? iso(rec) : null,
      lastOnTime: lot === lot ? iso(lot) : null,
      daysLate: dl === dl ? dl : null,
      late: lateCol[i] === 1,
      criteriaMet: criteriaMetCol[i],
      criteriaTotal: criteriaTotalCol[i],
      score: scoreCol[i],
      eligible: eligibleCol[i] === 1,
      vote: v === v ? v : null,
      rank: rank[i] || null,
      status: STATUSES[status[i]],
      duplicate: duplicate[i] === 1,
      group: groupAt(t, i),
      grade: grade[i] === 0 ? null : gradeNames[grade[i] - 1],
      reasons: reasonsOf(i),
      position: positionAt(t, i),
    };
  };

  const summary = summariseColumns(plan, settings, {
    length: n, status, movement: movementCol, kind: t.kind, late: lateCol, eligible: eligibleCol,
    unitTextKey: t.unitTextKey, unitTexts: t.unitTexts, unitKey, groupKey: t.groupKey, groupTexts: t.groupTexts,
    grade, gradeNames,
  });

  return {
    table: t,
    length: n,
    movement: movementCol,
    status,
    late: lateCol,
    eligible: eligibleCol,
    duplicate,
    daysLate: daysLateCol,
    lastOnTime: lastOnTimeCol,
    criteriaMet: criteriaMetCol,
    criteriaTotal: criteriaTotalCol,
    score: scoreCol,
    rank,
    grade,
    gradeNames,
    summary,
    reasonsOf,
    resultAt,
    results: () => {
      const out: NominationResult[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = resultAt(i);
      return out;
    },
  };
}

/**
 * The cell reference of row i's j-th mark (at index m in the marks). A function of its own, not a
 * closure in check(): a closure there made every row's call allocate its context.
 */
function markCellRef(t: NominationTable, i: number, m: number, j: number): string {
  return (t.markCell.size > 0 ? t.markCell.get(m) : undefined) ?? markColumnsAt(t, i)[j] + t.row[i];
}

/** murmur3's finaliser: spreads a hash over all its bits (the duplicate bitmaps take the top ones). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The cells whose points are negative or above their maximum (as rubricTotal checks them). */
function pointErrorCells(plan: Plan, row: RowScoring): string[] {
  const rubric = plan.rubric ?? null;
  const cells: string[] = [];
  const pts = row.points ?? [];
  for (let i = 0; i < pts.length; i++) {
    const v = pts[i].value;
    if (v === null || v === undefined) continue;
    const max = rubric?.items[i]?.maxPoints;
    if (v < 0 || (max !== undefined && v > max + 1e-9)) cells.push(pts[i].cell);
  }
  const extra: [typeof row.bonus, number | null | undefined][] = [[row.bonus, rubric?.bonusMax], [row.penalty, rubric?.penaltyMax]];
  for (const [c, max] of extra) {
    if (!c || c.value === null || c.value === undefined) continue;
    if (c.value < 0 || (max !== null && max !== undefined && c.value > max + 1e-9)) cells.push(c.cell);
  }
  return cells;
}
