// Ranking keys: score descending, vote share descending (missing last), received ascending
// (missing last). Two nominees equal on all three keys are tied.
import type { Serial } from './types';

export interface RankKey {
  score: number | null;
  vote: number | null;
  received: Serial | null;
}

export function compareNominees(a: RankKey, b: RankKey): number {
  void a; void b;
  return 0;
}

export function sameRankKey(a: RankKey, b: RankKey): boolean {
  return compareNominees(a, b) === 0;
}

/** A sorted copy (stable: equal keys keep input order). */
export function rankGroup<T extends RankKey>(items: T[]): T[] {
  return items.slice().sort(compareNominees);
}
