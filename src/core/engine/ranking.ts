// Stage "ranking": the eligible, on-time rows of each ranking group — one (movement, form, kind),
// or one pool for both kinds — sorted by score ↓, vote ↓, received ↑, with competition ranks
// ("1, 2, 2, 4") in the rank column. The form is the row's form slot (forms.ts): 0, the movement's
// own quota, for every row of a list without forms. Rows an allocation cuts later keep their rank.
import type { Kind, Movement, Plan, Quota, Settings } from '../types';
import { effectiveQuota, isPooled, type EffectiveQuota } from '../quota';
import { compareRows, competitionRanks, sortRows } from '../rank';
import { KINDS, type NominationTable } from '../table';
import type { DecisionColumns } from './columns';
import { slotQuota, slotWidth, type SlotQuota } from './forms';

/** A ranking group: one (movement, form, kind) or one pool, with its quota. */
export interface RankGroup {
  mv: Movement;
  /** The form whose quota this is, null for the movement's own. */
  form: string | null;
  quota: Quota | null;
  quotaNote: string | null;
  qKind: Kind | 'either';
  eq: EffectiveQuota;
  /** The group's rows, best first. */
  rows: number[];
  /** Rows tied at the group's own cut-off (the cut stage counts them). */
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
  const width = slotWidth(plan);
  // Each (movement, slot)'s quota, and whether it pools both kinds, once.
  const quotas: SlotQuota[] = [];
  const quotaOf = (mvi: number, slot: number): SlotQuota => (quotas[mvi * width + slot] ??= slotQuota(plan, mvi, slot));
  const byKey = new Map<number, number[]>();
  for (const i of rankable) {
    const mvi = cols.movement[i];
    const slot = cols.formSlot[i];
    const gk = (mvi * width + slot) * 3 + (isPooled(quotaOf(mvi, slot).quota) ? 0 : t.kind[i]);
    const g = byKey.get(gk);
    if (g) g.push(i);
    else byKey.set(gk, [i]);
  }
  const groups: RankGroup[] = [];
  const groupOf = new Int32Array(t.length).fill(-1);
  for (const rows of byKey.values()) {
    const mvi = cols.movement[rows[0]];
    const sq = quotaOf(mvi, cols.formSlot[rows[0]]);
    const qKind: Kind | 'either' = isPooled(sq.quota) ? 'either' : KINDS[t.kind[rows[0]]]!;
    const eq = effectiveQuota(sq.quota, qKind, participants);
    const gi = groups.push({ mv: movements[mvi], ...sq, qKind, eq, rows: sort(rows), tieCount: 0 }) - 1;
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
