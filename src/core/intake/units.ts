// The units a secretary expects files from, which unit sent a file, and how far a unit's rows go
// over its allocation. The expected units come from the secretary's own list (a "Đơn vị" sheet or
// file) or, without one, from the plan's allocations that name a unit or a group of units.
import type { Allocation, Kind, Plan } from '../types';
import { foldKey } from '../normalize';
import { allocationMatcher, namesAnyUnit, type AllocationMatcher } from '../quota';

/** A unit's (or a group's) quota, from the units list or the plan. */
export interface UnitAllocation {
  collective: number | null;
  individual: number | null;
  either: number | null;
  /** The plan's sentence, or null when the numbers come from the units list. */
  text: string | null;
}

export interface ExpectedUnit {
  name: string;
  group: string | null;
  allocation: UnitAllocation | null;
  /** Other names the unit's files may carry ("TTYT Đồng Xuân", a file-name code). */
  aliases: string[];
  /** True for an allocation group of the plan ("Cơ quan Trung ương…"): its units share the quota. */
  isGroup: boolean;
}

const fromAllocation = (a: Allocation): UnitAllocation => ({ collective: a.collective, individual: a.individual, either: a.either, text: a.text });

/**
 * The plan's allocations that name a unit or a group of units, as expected entries. A cap for
 * "each" unit of a kind ("mỗi xã, phường chọn 02 trường hợp") names no one in particular and
 * becomes the allocation of the units it matches instead (allocationFor).
 */
export function expectedFromPlan(plan: Plan): ExpectedUnit[] {
  const out: ExpectedUnit[] = [];
  for (const a of plan.allocations ?? []) {
    if (a.each || namesAnyUnit(a.group)) continue;
    if (out.some((u) => foldKey(u.name) === foldKey(a.group))) continue;
    out.push({ name: a.group, group: null, allocation: fromAllocation(a), aliases: [], isGroup: true });
  }
  return out;
}

/** Folded words of a at a word boundary inside b. */
function within(a: string, b: string): boolean {
  return a.length > 0 && ` ${b} `.includes(` ${a} `);
}

/** Keys shorter than this ("khoa", "ubnd") name no unit on their own. */
const MIN_KEY = 5;

/**
 * The expected unit a text names: the longest unit name or alias found in it (by folded words).
 * With `reverse`, a text of two words or more found inside exactly one unit's name counts too (a
 * file named "dong-xuan.xlsx" for "Trung tâm Y tế huyện Đồng Xuân"). Returns −1 when none, −2 when
 * two units match equally well.
 */
export function matchUnit(units: readonly ExpectedUnit[], text: string, reverse = false): number {
  const k = foldKey(text);
  if (!k) return -1;
  let best = -1;
  let bestLen = 0;
  let tie = false;
  units.forEach((u, i) => {
    for (const name of [u.name, ...u.aliases]) {
      const uk = foldKey(name);
      if (uk.length < MIN_KEY || !within(uk, k)) continue;
      if (uk.length > bestLen) {
        best = i;
        bestLen = uk.length;
        tie = false;
      } else if (uk.length === bestLen && best !== i) tie = true;
    }
  });
  if (best >= 0) return tie ? -2 : best;
  if (!reverse || k.length < MIN_KEY || k.split(' ').length < 2) return -1;
  const hits = units.map((u, i) => (within(k, foldKey(u.name)) ? i : -1)).filter((i) => i >= 0);
  return hits.length === 1 ? hits[0] : hits.length > 1 ? -2 : -1;
}

/**
 * A unit's own allocation: the units list's numbers, else the plan's cap for each unit of its kind
 * ("mỗi xã, phường…"), else its cap for any unit ("mỗi đơn vị…"). A group's cap is shared by
 * its units, so it is no unit's own allocation (the group's entry carries it).
 */
export function allocationFor(plan: Plan, unit: ExpectedUnit | null, name: string): UnitAllocation | null {
  if (unit?.allocation) return unit.allocation;
  const allocations = plan.allocations ?? [];
  if (!allocations.length) return null;
  let matcher = matchers.get(allocations);
  if (!matcher) matchers.set(allocations, (matcher = allocationMatcher(allocations)));
  const layers = matcher.layers(unit?.group ?? null, name);
  const each = layers.eachSpecific ?? layers.eachGeneric;
  return each ? fromAllocation(each.alloc) : null;
}

// One matcher per plan's allocations, asked for every unit of a merge.
const matchers = new WeakMap<Allocation[], AllocationMatcher>();

/** Rows beyond an allocation: per kind, or over the pool for both kinds; null without numbers. */
export function overAllocation(counts: Record<Kind, number>, a: UnitAllocation | null): number | null {
  if (!a) return null;
  if (a.collective === null && a.individual === null) {
    return a.either === null ? null : Math.max(0, counts.collective + counts.individual - a.either);
  }
  let over = 0;
  if (a.collective !== null) over += Math.max(0, counts.collective - a.collective);
  if (a.individual !== null) over += Math.max(0, counts.individual - a.individual);
  return over;
}
