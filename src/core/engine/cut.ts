// Stage "cut": the allocations first, narrowest first, then the movement's quota; ties at every
// cut-off go to the council.
//
// Allocations are layered within each movement: a per-unit cap naming the row's kind of group
// ("mỗi xã, phường chọn 02 trường hợp"), a per-unit cap for any unit ("mỗi đơn vị …"), the row's
// group cap, then the movement quota. A per-unit cap is skipped for a row with no unit (no unit to
// count within). An allocation with no number for the row's kind does not cut it. A row cut at a
// stage takes no further part; a row tied at a stage's cut-off goes on (the council decides),
// unless a later stage cuts it. Reasons name the allocation's text from the plan and the row's
// place within that stage.
//
// With award forms, allocations apply within each (movement, form) as the quotas do; an allocation
// that names a form (Allocation.form: the plan's "Bằng khen …: mỗi xã, phường chọn 02 trường hợp")
// applies to the rows of that form only.
import type { Allocation, Kind, Plan, Settings } from '../types';
import { foldKey } from '../normalize';
import { memo } from '../memo';
import { allocationMatcher, allocationQuota, effectiveQuota, isPooled, type AllocationLayers, type MatchedAllocation } from '../quota';
import { competitionRanks, cutAtQuota, type CutOutcome } from '../rank';
import { formAt, groupAt, KINDS, unitAt, type NominationTable } from '../table';
import { ENGINE_TEXT } from '../text/engine';
import { ST_OVER, ST_SELECTED, ST_TIE, type DecisionColumns } from './columns';
import type { Ranking } from './ranking';
import { sameForm, slotQuota } from './forms';

const OUTCOME_CODE: Record<CutOutcome, number> = { selected: ST_SELECTED, over_quota: ST_OVER, tie: ST_TIE };

/**
 * What the cut stages said of a row, only for rows they touched: why an allocation cut it, where it
 * tied at an allocation's cut-off (the council decides), where it came within one; and the movement
 * stage's outcome (a status code) for a row no allocation cut, −1 otherwise.
 */
export interface Cuts {
  cutText: Map<number, string>;
  tieTexts: Map<number, string[]>;
  withinTexts: Map<number, string[]>;
  outcome: Int8Array;
}

const push = (m: Map<number, string[]>, i: number, s: string) => {
  const list = m.get(i);
  if (list) list.push(s);
  else m.set(i, [s]);
};

const LEVELS: (keyof AllocationLayers)[] = ['eachSpecific', 'eachGeneric', 'group'];

interface Bucket {
  rows: number[];
  m: MatchedAllocation;
  kind: Kind | 'either';
  q: number | null;
  unit: string | null;
}

/** Each unit's cap (rank within the unit), then the group's cap (rank the survivors within the group). */
export function cutAtAllocations(plan: Plan, t: NominationTable, cols: DecisionColumns, ranking: Ranking, settings: Settings): Cuts {
  const cuts: Cuts = { cutText: new Map(), tieTexts: new Map(), withinTexts: new Map(), outcome: new Int8Array(t.length).fill(-1) };
  const allocations: Allocation[] = plan.allocations ?? [];
  if (allocations.length === 0) return cuts;
  const rankable = ranking.rankable;
  const layersOf = allocationLayers(plan, t, cols, allocations);
  const layers = rankable.map(layersOf);
  for (const level of LEVELS) {
    const buckets = allocationBuckets(plan, t, cols, rankable, (k) => layers[k][level], cuts, settings);
    for (const b of buckets.values()) if (b.q !== null && b.rows.length > 0) cutBucket(b, ranking, cuts);
  }
  return cuts;
}

/** The rows of one allocation level, by (movement, allocation, unit for a per-unit cap, kind or pool). */
function allocationBuckets(
  plan: Plan, t: NominationTable, cols: DecisionColumns, rankable: number[], matchOf: (k: number) => MatchedAllocation | null,
  cuts: Cuts, settings: Settings,
): Map<string, Bucket> {
  const participants = settings.participants ?? { collective: null, individual: null };
  const fold = memo((u: string) => foldKey(u));
  const buckets = new Map<string, Bucket>();
  for (let k = 0; k < rankable.length; k++) {
    const i = rankable[k];
    const m = matchOf(k);
    if (!m || cuts.cutText.has(i)) continue;
    const unit = unitAt(t, i);
    const unitFolded = m.alloc.each ? fold(unit ?? '') : '';
    if (m.alloc.each && !unitFolded) continue; // no unit named: a per-unit cap cannot be applied
    const aq = allocationQuota(m.alloc);
    const bk: Kind | 'either' = isPooled(aq) ? 'either' : KINDS[t.kind[i]]!;
    const key = plan.movements[cols.movement[i]].id + '\u0000' + cols.formSlot[i] + '\u0000' + m.index + '\u0000' + unitFolded + '\u0000' + bk;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { rows: [], m, kind: bk, q: effectiveQuota(aq, bk, participants).value, unit }));
    if (b.q !== null) b.rows.push(i); // no number for this kind in the allocation: no cut here
  }
  return buckets;
}

/**
 * The allocations that apply to a row, by level. Without forms in the allocations, one matcher for
 * all rows; otherwise one per form, over the allocations of that form and those naming none (their
 * indexes kept as in the plan, the buckets' key).
 */
function allocationLayers(plan: Plan, t: NominationTable, cols: DecisionColumns, allocations: Allocation[]): (i: number) => AllocationLayers {
  if (!allocations.some((a) => a.form)) {
    const matcher = allocationMatcher(allocations);
    return (i) => matcher.layers(groupAt(t, i), unitAt(t, i));
  }
  const byForm = new Map<string, (group: string | null, unit: string | null) => AllocationLayers>();
  const forForm = (form: string) => {
    let f = byForm.get(form);
    if (f) return f;
    const kept = allocations.map((a, index) => ({ a, index })).filter(({ a }) => !a.form || (form !== '' && sameForm(a.form, form)));
    const matcher = allocationMatcher(kept.map(({ a }) => a));
    const inPlan = new Map<AllocationLayers, AllocationLayers>();
    const planIndex = (m: MatchedAllocation | null) => (m ? { ...m, index: kept[m.index].index } : null);
    f = (group, unit) => {
      const l = matcher.layers(group, unit);
      let out = inPlan.get(l);
      if (!out) inPlan.set(l, (out = { eachSpecific: planIndex(l.eachSpecific), eachGeneric: planIndex(l.eachGeneric), group: planIndex(l.group) }));
      return out;
    };
    byForm.set(form, f);
    return f;
  };
  return (i) => {
    // The form the row is ranked under: its form quota's name, else its own text.
    const slot = cols.formSlot[i];
    const form = slot > 0 ? slotQuota(plan, cols.movement[i], slot).form! : formAt(t, i) ?? '';
    return forForm(form)(groupAt(t, i), unitAt(t, i));
  };
}

function cutBucket(b: Bucket, ranking: Ranking, cuts: Cuts): void {
  const sorted = ranking.sort(b.rows);
  const out = cutAtQuota(sorted, b.q, ranking.cmp);
  const pos = competitionRanks(sorted, ranking.cmp);
  let tieCount = 0;
  for (const o of out) if (o === 'tie') tieCount++;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k];
    const part = ENGINE_TEXT.allocationPart({
      each: b.m.alloc.each, generic: b.m.generic, group: b.m.alloc.group, unit: b.unit, q: b.q!, k: b.kind, pos: pos[k],
    });
    if (out[k] === 'over_quota') cuts.cutText.set(i, ENGINE_TEXT.allocationCut(part));
    else if (out[k] === 'tie') push(cuts.tieTexts, i, ENGINE_TEXT.allocationTie(part, tieCount));
    else push(cuts.withinTexts, i, part);
  }
}

/**
 * The movement's quota on each ranking group's rows no allocation cut: the first Q selected, the
 * rest over quota, rows equal at places Q and Q + 1 tied. Writes the status of every ranked row
 * (a row tied at an allocation's cut-off and selected here is a tie).
 */
export function cutAtMovementQuota(ranking: Ranking, cols: DecisionColumns, cuts: Cuts): void {
  const status = cols.status;
  const cut = cuts.cutText;
  for (const g of ranking.groups) {
    const survivors = cut.size > 0 ? g.rows.filter((i) => !cut.has(i)) : g.rows;
    const out = cutAtQuota(survivors, g.eq.value, ranking.cmp);
    for (let k = 0; k < out.length; k++) if (out[k] === 'tie') g.tieCount++;
    for (let k = 0; k < survivors.length; k++) {
      const i = survivors[k];
      const code = OUTCOME_CODE[out[k]];
      cuts.outcome[i] = code;
      status[i] = code === ST_SELECTED && cuts.tieTexts.has(i) ? ST_TIE : code;
    }
    if (cut.size > 0) for (const i of g.rows) if (cut.has(i)) status[i] = ST_OVER;
  }
}
