// The engine's decisions, column by column: what each stage writes and the next one reads. One
// typed array per decision, not an object per row: on 100,000 rows the objects' allocation and
// garbage collection were most of the engine's time (bench/, ARCHITECTURE.md).
import type { Status } from '../types';
import { SUMMARY_STATUSES } from '../summary';

/** Status codes of the status column, in this order. */
export const STATUSES: Status[] = SUMMARY_STATUSES;
export const ST_SELECTED = 0;
export const ST_OVER = 1;
export const ST_TIE = 2;
export const ST_INELIGIBLE = 3;
export const ST_LATE = 4;
export const ST_REVIEW = 5;

/** NaN = none; rank 0 = none. */
export interface DecisionColumns {
  length: number;
  /** Index of the matched movement in plan.movements, −1 when none. */
  movement: Int32Array;
  /**
   * The row's form slot in its movement (engine/forms.ts): 0 for the movement's own quota, k ≥ 1
   * for its k-th form quota.
   */
  formSlot: Int32Array;
  /** Index in STATUSES. */
  status: Uint8Array;
  late: Uint8Array;
  eligible: Uint8Array;
  /** The row goes under review (the check's answer, or a later duplicate). */
  review: Uint8Array;
  duplicate: Uint8Array;
  /** For a duplicate: the row index it names (the first row names the first later one), else −1. */
  dupOther: Int32Array;
  daysLate: Float64Array;
  lastOnTime: Float64Array;
  criteriaMet: Int32Array;
  criteriaTotal: Int32Array;
  /** The ranking score: the points total, else the criteria met. */
  score: Float64Array;
  rank: Int32Array;
  /** 0 without a grade, k + 1 for gradeNames[k] (the bands' own name strings). */
  grade: Uint16Array;
  gradeNames: string[];
  /** 1: "đạt khen cao" — proposed for a form above every award in the nominee's history (engine/history.ts). */
  highForm: Uint8Array;
}

export function decisionColumns(n: number): DecisionColumns {
  return {
    length: n,
    movement: new Int32Array(n),
    formSlot: new Int32Array(n),
    status: new Uint8Array(n),
    late: new Uint8Array(n),
    eligible: new Uint8Array(n),
    review: new Uint8Array(n),
    duplicate: new Uint8Array(n),
    dupOther: new Int32Array(n).fill(-1),
    daysLate: new Float64Array(n),
    lastOnTime: new Float64Array(n),
    criteriaMet: new Int32Array(n),
    criteriaTotal: new Int32Array(n),
    score: new Float64Array(n),
    rank: new Int32Array(n),
    grade: new Uint16Array(n),
    gradeNames: [],
    highForm: new Uint8Array(n),
  };
}
