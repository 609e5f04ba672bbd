// Rubric points and grade bands. Points outside their maximum are data errors for the
// secretary to check, never silently capped.
import type { GradeBand, PointsCell, Rubric } from './types';
import { foldKey } from './normalize';
import { ENGINE_TEXT } from './text/engine';

export interface RubricInput {
  points: PointsCell[];
  bonus: PointsCell | null;
  penalty: PointsCell | null;
  givenScore: number | null;
}

export interface RubricTotal {
  /** Σ item points + bonus − penalty; the given score when there are no points columns; null when none. */
  total: number | null;
  /** Some rubric item scored 0 or was left blank (blocks bands with noZeroCriterion). */
  hasZeroCriterion: boolean;
  /** Vietnamese messages naming the cell; each puts the row under review. */
  problems: string[];
  /** Non-blocking notes (blank item counted as 0, computed total differs from the written one). */
  notes: string[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function rubricTotal(rubric: Rubric | null, row: RubricInput): RubricTotal {
  const problems: string[] = [];
  const notes: string[] = [];
  let hasZero = false;
  const pts = row.points ?? [];
  if (pts.length === 0 && !row.bonus && !row.penalty) {
    const g = row.givenScore;
    if (g !== null && g !== undefined && g < 0) problems.push(ENGINE_TEXT.negativeTotal(g));
    return { total: g ?? null, hasZeroCriterion: false, problems, notes };
  }
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const c = pts[i];
    const item = rubric?.items[i];
    if (c.value === null || c.value === undefined) {
      hasZero = true;
      notes.push(ENGINE_TEXT.blankPoints(c.cell, i + 1));
      continue;
    }
    if (c.value < 0) problems.push(ENGINE_TEXT.negativePoints(c.cell, c.value));
    else if (item && c.value > item.maxPoints + 1e-9) problems.push(ENGINE_TEXT.pointsOverMax(c.cell, c.value, item.maxPoints, i + 1));
    if (c.value === 0) hasZero = true;
    sum += c.value;
  }
  if (row.bonus && row.bonus.value !== null) {
    const b = row.bonus.value;
    if (b < 0) problems.push(ENGINE_TEXT.negativePoints(row.bonus.cell, b));
    else if (rubric?.bonusMax != null && b > rubric.bonusMax + 1e-9) problems.push(ENGINE_TEXT.bonusOverMax(row.bonus.cell, b, rubric.bonusMax));
    sum += b;
  }
  if (row.penalty && row.penalty.value !== null) {
    const p = row.penalty.value;
    if (p < 0) problems.push(ENGINE_TEXT.negativePoints(row.penalty.cell, p));
    else if (rubric?.penaltyMax != null && p > rubric.penaltyMax + 1e-9) problems.push(ENGINE_TEXT.penaltyOverMax(row.penalty.cell, p, rubric.penaltyMax));
    sum -= p;
  }
  const total = round(sum);
  if (row.givenScore !== null && row.givenScore !== undefined && Math.abs(row.givenScore - total) > 1e-6) {
    notes.push(ENGINE_TEXT.givenScoreDiffers(row.givenScore, total));
  }
  return { total, hasZeroCriterion: hasZero, problems, notes };
}

/** Bands best first (highest minimum first; input order kept for equal minima). */
export function sortBands(bands: GradeBand[]): GradeBand[] {
  return bands
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.minScore - x.b.minScore || x.i - y.i)
    .map((x) => x.b);
}

/**
 * Tries the bands best first, each as "at least its minimum and its other conditions met".
 * A total that reaches a band's minimum but is blocked by a zero criterion falls to the next
 * band that fits, and the reason says so (93 with a criterion at 0 → Hoàn thành).
 */
export function gradeFor(
  total: number,
  hasZeroCriterion: boolean,
  bands: GradeBand[],
): { grade: string | null; reason: string | null } {
  if (!bands || bands.length === 0) return { grade: null, reason: null };
  const sorted = sortBands(bands);
  let blocked: GradeBand | null = null;
  for (const b of sorted) {
    if (total + 1e-9 < b.minScore) continue;
    if (b.noZeroCriterion && hasZeroCriterion) {
      blocked ??= b;
      continue;
    }
    return { grade: b.name, reason: blocked ? ENGINE_TEXT.gradeBlockedByZero(total, blocked.name, b.name) : null };
  }
  return { grade: null, reason: ENGINE_TEXT.gradeNone(total) };
}

/** Index of a grade name among bands sorted best first, or -1. */
export function gradeIndex(sortedBands: GradeBand[], name: string | null | undefined): number {
  if (!name) return -1;
  const k = foldKey(name);
  return sortedBands.findIndex((b) => foldKey(b.name) === k);
}
