// Stage "eligibility": the criteria of the row's kind, points and grade, the vote share.
//
// Choices where the spec is silent:
// - A sheet without criteria columns does not check criteria (reason says so); otherwise a plan
//   criterion without its column on the sheet counts as not met.
// - A missing vote share when a vote threshold applies is a review, not an ineligibility.
// - A total built from points above a maximum or negative gets no grade and no points-based
//   eligibility (eligible false, the row is under review); other reviews keep their grade.
import type { GradeBand, Kind, Movement, Plan, Settings } from '../types';
import { gradeFor, gradeIndex, rubricTotal, sortBands } from '../grade';
import { KINDS, MARK_MET, MARK_UNMET, MARK_UNREADABLE, SOME_MARK_UNREADABLE, markColumnsAt, type NominationTable, type RowScoring } from '../table';
import { ENGINE_TEXT } from '../text/engine';
import type { DecisionColumns } from './columns';
import type { RowMovement } from './movements';

/** A check's answer, as bits: the row goes under review, the row is not eligible. */
const REVIEW = 1;
const FAILS = 2;

/** What the eligibility stage keeps between rows. */
export interface Eligibility {
  plan: Plan;
  bands: GradeBand[];
  /** The plan's criteria count per (movement, kind): slot movement × 3 + kind code. */
  planCritCount: Int32Array;
  hasScoring: boolean;
  /** Whether any row can have points checks (points on the sheet, grade bands, a minimum score). */
  pointsChecks: boolean;
  /** A vote threshold the user chose (it wins over the plan's). */
  minVoteSetting: number | null;
  /** Whether any row can meet a vote threshold (the user's or a movement's). */
  voteChecks: boolean;
  /** "Chưa đạt tiêu chí j: …" per movement and kind, built once (many rows share it). */
  unmetText: Map<Movement, Map<Kind, string[]>>;
  gradeId: Map<string, number>;
}

export function prepareEligibility(plan: Plan, settings: Settings, t: NominationTable): Eligibility {
  const movements = plan.movements ?? [];
  const planCritCount = new Int32Array(movements.length * 3);
  movements.forEach((m, k) => {
    planCritCount[k * 3 + 1] = m.criteria?.collective?.length ?? 0;
    planCritCount[k * 3 + 2] = m.criteria?.individual?.length ?? 0;
  });
  const bands = sortBands(plan.grades ?? []);
  const hasScoring = t.scoring.size > 0;
  const minVoteSetting = settings.minVote ?? null;
  return {
    plan,
    bands,
    planCritCount,
    hasScoring,
    pointsChecks: hasScoring || bands.length > 0 || movements.some((m) => (m.minScore ?? null) !== null),
    minVoteSetting,
    voteChecks: minVoteSetting !== null || movements.some((m) => (m.minVote ?? null) !== null),
    unmetText: new Map(),
    gradeId: new Map(),
  };
}

/**
 * Row i's eligibility: writes its criteria, score, grade and eligible columns, lists the reasons in
 * `say` when asked, and returns whether the row goes under review.
 */
export function checkEligibility(E: Eligibility, t: NominationTable, cols: DecisionColumns, i: number, mm: RowMovement, say: string[] | null): boolean {
  const mv = mm.movement;
  const kind: Kind | null = KINDS[t.kind[i]];
  let r = checkCriteria(E, t, cols, i, mm, kind, say);
  // Most lists have neither points nor a vote threshold: a call per row each saved.
  if (E.pointsChecks) r |= checkPoints(E, t, cols, i, mv, say);
  else cols.score[i] = cols.criteriaMet[i];
  if (E.voteChecks) r |= checkVote(E, t, i, mv, say);
  if (!kind || !mv) r |= FAILS;
  cols.eligible[i] = r & FAILS ? 0 : 1;
  return (r & REVIEW) !== 0;
}

/** The criteria of the row's kind, mark by mark; writes criteriaMet and criteriaTotal. */
function checkCriteria(E: Eligibility, t: NominationTable, cols: DecisionColumns, i: number, mm: RowMovement, kind: Kind | null, say: string[] | null): number {
  const mv = mm.movement;
  let r = 0;
  let criteriaMet = 0;
  let criteriaTotal = 0;
  const m0 = t.markStart[i];
  const nMarks = t.markStart[i + 1] - m0;
  const marks = t.marks;
  const planCount = mv ? E.planCritCount[mm.index * 3 + t.kind[i]] : 0;
  if (kind && mv && !say && nMarks > 0 && nMarks >= planCount) {
    // The row loop's case (every criterion has its column, no reasons asked). When every mark
    // counts, the table's count is the answer; otherwise the codes (0 unmet, 1 met, 2
    // unreadable) are counted without a branch per mark.
    const count = planCount || nMarks;
    if (count === nMarks) {
      criteriaMet = t.marksMet[i];
      if (t.flags[i] & SOME_MARK_UNREADABLE) r |= REVIEW;
    } else {
      let unreadable = 0;
      for (let j = m0; j < m0 + count; j++) {
        const code = marks[j];
        criteriaMet += code & 1;
        unreadable |= code & 2;
      }
      if (unreadable) r |= REVIEW;
    }
    criteriaTotal = count;
    if (criteriaMet !== count) r |= FAILS;
  } else if (kind && mv) {
    const planCrit = mv.criteria?.[kind] ?? [];
    const count = planCrit.length > 0 ? planCrit.length : nMarks;
    if (nMarks === 0) {
      if (planCrit.length > 0 && say) say.push(ENGINE_TEXT.criteriaNotOnSheet(planCrit.length));
    } else {
      criteriaTotal = count;
      for (let j = 0; j < count; j++) {
        if (j >= nMarks) {
          r |= FAILS;
          if (say) say.push(ENGINE_TEXT.criterionNoColumn(j + 1, planCrit[j] ?? null));
          continue;
        }
        const code = marks[m0 + j];
        if (code === MARK_MET) criteriaMet++;
        else {
          r |= FAILS;
          if (code === MARK_UNREADABLE) {
            r |= REVIEW;
            if (say) say.push(ENGINE_TEXT.markUnreadable(markCellRef(t, i, m0 + j, j), t.markRaw.get(m0 + j) ?? ''));
          }
          if (say) say.push(criterionUnmet(E, mv, kind, j, planCrit[j] ?? null, markCellRef(t, i, m0 + j, j)));
        }
      }
      for (let j = count; j < nMarks; j++) {
        if (marks[m0 + j] !== MARK_UNMET && say) say.push(ENGINE_TEXT.markBeyondCriteria(markCellRef(t, i, m0 + j, j), kind, count));
      }
    }
  } else {
    for (let j = 0; j < nMarks; j++) {
      if (marks[m0 + j] === MARK_UNREADABLE) {
        r |= REVIEW;
        if (say) say.push(ENGINE_TEXT.markUnreadable(markCellRef(t, i, m0 + j, j), t.markRaw.get(m0 + j) ?? ''));
      }
    }
    for (let j = 0; j < nMarks; j++) if (marks[m0 + j] === MARK_MET) criteriaMet++;
  }
  cols.criteriaMet[i] = criteriaMet;
  cols.criteriaTotal[i] = criteriaTotal;
  return r;
}

/** Points, the grade they give, and the points rules of the plan; writes score and grade. */
function checkPoints(E: Eligibility, t: NominationTable, cols: DecisionColumns, i: number, mv: Movement | null, say: string[] | null): number {
  const plan = E.plan;
  const bands = E.bands;
  let r = 0;
  let total: number | null = null;
  let g: string | null = null;
  const sc = E.hasScoring ? t.scoring.get(i) : undefined;
  let hasZero = false;
  // Points above a maximum or negative: the total is built from a data error, so it is neither a
  // grade nor a basis for eligibility until the secretary corrects it.
  let pointsError = false;
  if (sc) {
    const rt = rubricTotal(plan.rubric ?? null, sc);
    if (rt.problems.length > 0) {
      r |= REVIEW;
      if (say) say.push(...rt.problems);
    }
    if (say) say.push(...rt.notes);
    total = rt.total;
    hasZero = rt.hasZeroCriterion;
    pointsError = rt.problems.length > 0;
  }
  const minScore = mv?.minScore ?? null;
  const pointsRule = bands.length > 0 || minScore !== null;
  if (pointsError) {
    r |= FAILS;
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
          r |= FAILS;
          if (say) say.push(ENGINE_TEXT.gradeBelowAward(total, g, bands[award].name));
        }
      }
      if (minScore !== null && total + 1e-9 < minScore) {
        r |= FAILS;
        if (say) say.push(ENGINE_TEXT.scoreBelowMin(total, minScore));
      }
    } else if (t.markStart[i + 1] === t.markStart[i]) {
      r |= FAILS | REVIEW;
      if (say) say.push(ENGINE_TEXT.pointsMissing);
    }
  }
  cols.score[i] = total ?? cols.criteriaMet[i];
  if (g !== null) {
    let k = E.gradeId.get(g);
    if (k === undefined) E.gradeId.set(g, (k = cols.gradeNames.push(g)));
    cols.grade[i] = k;
  }
  return r;
}

/** The vote share against the user's threshold, else the movement's. */
function checkVote(E: Eligibility, t: NominationTable, i: number, mv: Movement | null, say: string[] | null): number {
  // The share stays a double, NaN when missing: a variable that may hold null keeps it boxed.
  const vote = t.vote[i];
  const minVote = E.minVoteSetting ?? mv?.minVote ?? null;
  if (minVote === null || minVote === undefined) return 0;
  if (vote !== vote) {
    if (say) say.push(ENGINE_TEXT.voteMissing(minVote));
    return REVIEW;
  }
  if (vote + 1e-12 < minVote) {
    if (say) say.push(ENGINE_TEXT.voteBelow(vote, minVote, E.minVoteSetting !== null));
    return FAILS;
  }
  return 0;
}

/** "Chưa đạt tiêu chí j: …", shared by the rows of one movement and kind when the plan names it. */
function criterionUnmet(E: Eligibility, mv: Movement, kind: Kind, j: number, text: string | null, cell: string): string {
  // Without the criterion's text the reason names the cell, which is the row's own.
  if (!text) return ENGINE_TEXT.criterionUnmet(j + 1, text, cell);
  let byKind = E.unmetText.get(mv);
  if (!byKind) E.unmetText.set(mv, (byKind = new Map()));
  let list = byKind.get(kind);
  if (!list) byKind.set(kind, (list = []));
  return (list[j] ??= ENGINE_TEXT.criterionUnmet(j + 1, text, cell));
}

/**
 * The cell reference of row i's j-th mark (at index m in the marks). A function of its own, not a
 * closure: a closure in the row check made every row's call allocate its context.
 */
function markCellRef(t: NominationTable, i: number, m: number, j: number): string {
  return (t.markCell.size > 0 ? t.markCell.get(m) : undefined) ?? markColumnsAt(t, i)[j] + t.row[i];
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
