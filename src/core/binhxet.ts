// The bình xét engine: every row through its stages, in order, over the column table —
//   check       (engine/check.ts: movement, name, kind, problems; lateness.ts; eligibility.ts;
//                history.ts: the award history against the form's conditions)
//   duplicates  (engine/duplicates.ts)
//   ranking     (engine/ranking.ts: per movement × award form × kind, or a pool; forms.ts)
//   cut         (engine/cut.ts: allocations narrowest first, then the movement's quota, ties)
//   status      (engine/status.ts: review › late › ineligible › ranking)
// then the summary (summary.ts). Each stage writes its columns (engine/columns.ts) and the next
// reads them; reasons and result objects are built on demand, by the same row check that decided.
import type { EngineResult, NominationInput, NominationResult, Plan, Settings, Status, Summary } from './types';
import { summariseColumns } from './summary';
import { tableFromInputs, type NominationTable } from './table';
import { decisionColumns, STATUSES as STATUS_CODES, type DecisionColumns } from './engine/columns';
import { checkRows, rowCheck } from './engine/check';
import { findDuplicates } from './engine/duplicates';
import { rankRows } from './engine/ranking';
import { cutAtAllocations, cutAtMovementQuota } from './engine/cut';
import { applyPrecedence } from './engine/status';
import { rowResults } from './engine/results';
import { prepareHistory, type EngineHistory } from './engine/history';

export type { EngineHistory } from './engine/history';

/** What a run may bring beyond the plan, the table and the settings. */
export interface DecideOptions {
  /** The award history (built once per run, workbook/historySource.ts): its conditions are checked. */
  history?: EngineHistory | null;
}

/** Status codes of the Decisions' status column, in this order. */
export const STATUSES: Status[] = STATUS_CODES;

/**
 * What the engine decided for every row, column by column (NaN = none; rank 0 = none). Reasons
 * and result objects are built on demand, from the same row checks: a writer asks for them row by
 * row, and a caller that only needs the counts (the summary, a status column) never builds them.
 */
export interface Decisions extends Omit<DecisionColumns, 'review' | 'dupOther'> {
  table: NominationTable;
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

export function decide(plan: Plan, t: NominationTable, settings: Settings, opts: DecideOptions = {}): Decisions {
  const cols = decisionColumns(t.length);
  const history = opts.history ? prepareHistory(plan, t, cols, opts.history) : null;
  const check = rowCheck(plan, t, settings, cols, history);
  checkRows(cols, check);
  findDuplicates(t, cols);
  const ranking = rankRows(plan, t, cols, settings);
  const cuts = cutAtAllocations(plan, t, cols, ranking, settings);
  cutAtMovementQuota(ranking, cols, cuts);
  applyPrecedence(cols);
  if (history) history.markHighForms();
  const summary = summariseColumns(plan, settings, {
    length: t.length, status: cols.status, movement: cols.movement, kind: t.kind, late: cols.late, eligible: cols.eligible,
    unitTextKey: t.unitTextKey, unitTexts: t.unitTexts, unitKey: t.unitKey, groupKey: t.groupKey, groupTexts: t.groupTexts,
    grade: cols.grade, gradeNames: cols.gradeNames,
    forms: t.hasForms ? { slot: cols.formSlot, key: t.formKey, texts: t.formTexts, high: history ? cols.highForm : undefined } : undefined,
  });
  const { reasonsOf, resultAt } = rowResults(plan, t, cols, check, ranking, cuts, history);
  return {
    table: t,
    length: t.length,
    movement: cols.movement,
    formSlot: cols.formSlot,
    status: cols.status,
    late: cols.late,
    eligible: cols.eligible,
    duplicate: cols.duplicate,
    daysLate: cols.daysLate,
    lastOnTime: cols.lastOnTime,
    criteriaMet: cols.criteriaMet,
    criteriaTotal: cols.criteriaTotal,
    score: cols.score,
    rank: cols.rank,
    grade: cols.grade,
    gradeNames: cols.gradeNames,
    highForm: cols.highForm,
    summary,
    reasonsOf,
    resultAt,
    results: () => {
      const out: NominationResult[] = new Array(t.length);
      for (let i = 0; i < t.length; i++) out[i] = resultAt(i);
      return out;
    },
  };
}
