// Stage "ranking": the eligible, on-time rows of each ranking group — one (movement, kind), or one
// movement's pool for both kinds — sorted by score ↓, vote ↓, received ↑, with competition ranks
// ("1, 2, 2, 4") in the rank column. Rows an allocation cuts later keep their rank in the movement.
import type { Kind, Movement, Plan, Settings } from '../types';
import { effectiveQuota, isPooled, type EffectiveQuota } from '../quota';
import { compareRows, competitionRanks, sortRows } from '../rank';
import { KINDS, type NominationTable } from '../table';
import type { DecisionColumns } from './columns';

/** A ranking group: one (movement, kind) or one movement's pool, with its quota. */
export interface RankGroup {
  mv: Movement;
  qKind: Kind | 'either';
  eq: EffectiveQuota;
  /** The group's rows, best first. */
  rows: number[];
  /** Rows tied at the movement's cut-off (the cut stage counts them). */
  tieCount: number;
}

export interface Ranking {
  /** The rows that take part, in sheet order. */
  rankable: number[];
  groups: RankGroup[];
  /** A rankable row's group in `groups`, −1 for any other row. */
  groupOf: Int32Array;
  /** compareNominees on rows (score ↓, vote ↓ missing last, received ↑ missing last). */
  cmp: (a: number, b: number) => number;
  /** Sorts rows in place by `cmp`, stably. */
  sort: (rows: number[]) => number[];
}

export function rankRows(plan: Plan, t: NominationTable, cols: DecisionColumns, settings: Settings): Ranking {
  const participants = settings.participants ?? { collective: null, individual: null };
  const movements = plan.movements ?? [];
  const score = cols.score;
  const vote = t.vote;
  const received = t.received;
  const cmp = (a: number, b: number): number => compareRows(a, b, score, vote, received);
  const sort = (rows: number[]): number[] => {
    sortRows(rows, score, vote, received);
    return rows;
  };
  const rankable = rankableRows(t, cols);
  const byKey = new Map<number, number[]>();
  for (const i of rankable) {
    const mvi = cols.movement[i];
    const gk = mvi * 3 + (isPooled(movements[mvi].quota) ? 0 : t.kind[i]);
    const g = byKey.get(gk);
    if (g) g.push(i);
    else byKey.set(gk, [i]);
  }
  const groups: RankGroup[] = [];
  const groupOf = new Int32Array(t.length).fill(-1);
  for (const rows of byKey.values()) {
    const mv = movements[cols.movement[rows[0]]];
    const qKind: Kind | 'either' = isPooled(mv.quota) ? 'either' : KINDS[t.kind[rows[0]]]!;
    const gi = groups.push({ mv, qKind, eq: effectiveQuota(mv.quota, qKind, participants), rows: sort(rows), tieCount: 0 }) - 1;
    const ranks = competitionRanks(rows, cmp);
    for (let k = 0; k < rows.length; k++) {
      cols.rank[rows[k]] = ranks[k];
      groupOf[rows[k]] = gi;
    }
  }
  return { rankable, groups, groupOf, cmp, sort };
}

/** Rows that take part in the ranking: not under review, on time, eligible, with a movement and a kind. */
function rankableRows(t: NominationTable, cols: DecisionColumns): number[] {
  const out: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    if (cols.review[i] || cols.late[i] || !cols.eligible[i] || cols.movement[i] < 0 || !t.kind[i]) continue;
    out.push(i);
  }
  return out;
}
