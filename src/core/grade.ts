// Rubric points and grade bands. Points outside their maximum are data errors for the
// secretary to check, never silently capped.
import type { GradeBand, PointsCell, Rubric } from './types';

export interface RubricInput {
  points: PointsCell[];
  bonus: PointsCell | null;
  penalty: PointsCell | null;
  givenScore: number | null;
}

export interface RubricTotal {
  /** Σ item points + bonus − penalty; the given score when there are no points columns; null when none. */
  total: number | null;
  /** Some rubric item scored exactly 0 (blocks bands with noZeroCriterion). */
  hasZeroCriterion: boolean;
  /** Vietnamese messages naming the cell; each puts the row under review. */
  problems: string[];
  /** Non-blocking notes (e.g. computed total differs from the written total). */
  notes: string[];
}

export function rubricTotal(rubric: Rubric | null, row: RubricInput): RubricTotal {
  void rubric; void row;
  return { total: null, hasZeroCriterion: false, problems: [], notes: [] };
}

export function gradeFor(
  total: number,
  hasZeroCriterion: boolean,
  bands: GradeBand[],
): { grade: string | null; reason: string | null } {
  void total; void hasZeroCriterion; void bands;
  return { grade: null, reason: null };
}
