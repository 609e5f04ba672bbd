// Stage "check": one row on its own cells — movement, name, kind, the reader's problems, the award
// form within the movement's form quotas (forms.ts) — then its lateness and eligibility
// (lateness.ts, eligibility.ts) and, with an award history, the conditions of its form (history.ts). The same function decides a row (the row loop, reasons not asked)
// and explains it (a writer asks for its reasons): the two never disagree, and the reasons are
// built only for the rows a writer asks about.
//
// A one-movement plan with a movement cell that names nothing: the movement is assumed, with a note
// (movement.ts).
import type { Plan, Settings } from '../types';
import { KINDS, type NominationTable } from '../table';
import { ENGINE_TEXT } from '../text/engine';
import type { DecisionColumns } from './columns';
import { movementOfRow, type RowMovement } from './movements';
import { formOfRow } from './forms';
import { checkLateness, prepareLateness } from './lateness';
import { checkEligibility, prepareEligibility } from './eligibility';
import type { HistoryStage } from './history';

/**
 * Checks row i: writes its decision columns (movement, lateness, criteria, score, grade, eligible)
 * and returns whether it goes under review; with `say`, also lists its reasons in order.
 */
export type RowCheck = (i: number, say: string[] | null) => boolean;

export function rowCheck(plan: Plan, t: NominationTable, settings: Settings, cols: DecisionColumns, history: HistoryStage | null = null): RowCheck {
  const movementOf = movementOfRow(plan, t);
  const lateness = prepareLateness(plan, settings);
  const eligibility = prepareEligibility(plan, settings, t);
  const hasProblems = t.problems.size > 0;
  const formOf = formOfRow(plan, t);
  return (i, say) => {
    const mm = movementOf(i);
    cols.movement[i] = mm.index;
    let rev = checkIdentity(t, i, mm, hasProblems, say);
    if (t.hasForms && mm.movement) {
      const fm = formOf(i, mm.index);
      cols.formSlot[i] = fm.slot;
      if (fm.review) rev = true;
      if (fm.message && say) say.push(fm.message);
    }
    if (checkLateness(lateness, t, cols, i, mm, say)) rev = true;
    if (checkEligibility(eligibility, t, cols, i, mm, say)) rev = true;
    // The award history against the form's conditions, after the criteria: a failed rule makes the
    // row not eligible, one the history cannot tell puts it under review.
    if (history && history.check(i, say)) rev = true;
    return rev;
  };
}

/** Checks every row (reasons not asked): the review column. */
export function checkRows(cols: DecisionColumns, check: RowCheck): void {
  const review = cols.review;
  for (let i = 0; i < cols.length; i++) review[i] = check(i, null) ? 1 : 0;
}

/** What the row must name: a movement of the plan, a name, a kind; and cells the reader could read. */
function checkIdentity(t: NominationTable, i: number, mm: RowMovement, hasProblems: boolean, say: string[] | null): boolean {
  let rev = false;
  if (!mm.movement) {
    rev = true;
    if (say) say.push(mm.message ?? ENGINE_TEXT.movementMissing);
  } else if (mm.message && say) say.push(mm.message);
  // Table texts are null or non-empty: a pointer test, without touching the string.
  if (t.name[i] === null) {
    rev = true;
    if (say) say.push(ENGINE_TEXT.nameMissing);
  }
  if (!KINDS[t.kind[i]]) {
    rev = true;
    // A kind cell the reader could not read (blank, or words it does not know) is named by its problem below.
    if (say && !(hasProblems && t.problems.get(i)?.some((p) => p.field === 'kind'))) say.push(ENGINE_TEXT.kindMissing);
  }
  if (hasProblems) {
    const problems = t.problems.get(i);
    if (problems && problems.length > 0) {
      rev = true;
      const rowNo = t.row[i];
      if (say) for (let k = 0; k < problems.length; k++) say.push(ENGINE_TEXT.rowProblem(problems[k].column, rowNo, problems[k].message));
    }
  }
  return rev;
}
