// Ranking keys: score descending, vote share descending (missing last), received ascending
// (missing last). Two nominees equal on all three keys are tied.
import type { Serial } from './types';

export interface RankKey {
  score: number | null;
  vote: number | null;
  received: Serial | null;
}

function desc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return b - a;
}

function asc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a - b;
}

export function compareNominees(a: RankKey, b: RankKey): number {
  return desc(a.score, b.score) || desc(a.vote, b.vote) || asc(a.received, b.received);
}

export function sameRankKey(a: RankKey, b: RankKey): boolean {
  return compareNominees(a, b) === 0;
}

/** A sorted copy (stable: equal keys keep input order). */
export function rankGroup<T extends RankKey>(items: T[]): T[] {
  return items.slice().sort(compareNominees);
}

/**
 * Competition ranks ("1, 2, 2, 4") for a list already sorted by `cmp` (compareNominees on RankKey
 * objects; the engine passes row indices with its own comparison of the same keys).
 */
export function competitionRanks<T = RankKey>(sorted: T[], cmp: (a: T, b: T) => number = compareNominees as never): number[] {
  const r: number[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    r[i] = i > 0 && cmp(sorted[i - 1], sorted[i]) === 0 ? r[i - 1] : i + 1;
  }
  return r;
}

export type CutOutcome = 'selected' | 'over_quota' | 'tie';

/**
 * Cuts a sorted list at quota q. When places q and q+1 are equal on every key, every
 * nominee with that key is a tie: the council decides, nobody is dropped silently.
 * q null = unknown: everyone passes.
 */
export function cutAtQuota<T = RankKey>(sorted: T[], q: number | null, cmp: (a: T, b: T) => number = compareNominees as never): CutOutcome[] {
  const n = sorted.length;
  const out: CutOutcome[] = new Array(n);
  if (q === null || q >= n) return out.fill('selected');
  if (q <= 0) return out.fill('over_quota');
  const boundary = sorted[q - 1];
  const tied = cmp(boundary, sorted[q]) === 0;
  for (let i = 0; i < n; i++) {
    if (tied && cmp(sorted[i], boundary) === 0) out[i] = 'tie';
    else out[i] = i < q ? 'selected' : 'over_quota';
  }
  return out;
}
