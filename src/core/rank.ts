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

/**
 * compareNominees on rows of a column table (NaN = missing): −1, 0 or 1, never a difference (a
 * difference of doubles would be a new heap number on every call).
 */
export function compareRows(a: number, b: number, score: Float64Array, vote: Float64Array, received: Float64Array): number {
  const sa = score[a];
  const sb = score[b];
  if (sa !== sb) return sb > sa ? 1 : sb < sa ? -1 : 0;
  const va = vote[a];
  const vb = vote[b];
  if (va === va) {
    if (vb !== vb) return -1;
    if (va !== vb) return vb > va ? 1 : -1;
  } else if (vb === vb) return 1;
  const ra = received[a];
  const rb = received[b];
  if (ra === ra) {
    if (rb !== rb) return -1;
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  }
  return rb === rb ? 1 : 0;
}

/** Runs this long are sorted by insertion before merging. */
const RUN = 16;

/**
 * Sorts row indices in place by compareRows, stably (rows with equal keys keep their order), as
 * rows.sort((a, b) => compareRows(a, b, …)) would. The rows' keys are first copied side by side,
 * and their positions merge-sorted with the comparison called directly: Array.prototype.sort,
 * calling a comparator that read three columns at rows scattered over 100,000, cost 1.6 times as
 * much.
 */
export function sortRows(rows: number[], score: Float64Array, vote: Float64Array, received: Float64Array): void {
  const n = rows.length;
  if (n < 2) return;
  const s = new Float64Array(n);
  const v = new Float64Array(n);
  const r = new Float64Array(n);
  const orig = Int32Array.from(rows);
  let src = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const row = orig[k];
    s[k] = score[row];
    v[k] = vote[row];
    r[k] = received[row];
    src[k] = k;
  }
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i];
      let j = i - 1;
      while (j >= lo && compareRows(src[j], x, s, v, r) > 0) {
        src[j + 1] = src[j];
        j--;
      }
      src[j + 1] = x;
    }
  }
  if (n > RUN) {
    let dst = new Int32Array(n);
    for (let width = RUN; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let i = lo;
        let j = mid;
        let k = lo;
        // Ties take the left run's row first: the merge is stable.
        while (i < mid && j < hi) dst[k++] = compareRows(src[j], src[i], s, v, r) < 0 ? src[j++] : src[i++];
        while (i < mid) dst[k++] = src[i++];
        while (j < hi) dst[k++] = src[j++];
      }
      const t = src;
      src = dst;
      dst = t;
    }
  }
  for (let k = 0; k < n; k++) rows[k] = orig[src[k]];
}
