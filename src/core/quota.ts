// Quota per (movement, kind): fixed numbers, a pool for both kinds, or a percentage of the
// participants the user gives. null always means "unknown", never "no limit" or "zero".
import type { Allocation, Kind, Quota, Settings } from './types';
import { foldKey } from './normalize';
import { ENGINE_TEXT } from './text/engine';

export interface EffectiveQuota {
  value: number | null;
  note: string | null;
}

/** True when the quota is a pool for both kinds ranked together ("02 trường hợp (tập thể hoặc cá nhân)"). */
export function isPooled(q: Quota | null | undefined): boolean {
  return !!q && q.either !== null && q.either !== undefined && q.collective === null && q.individual === null;
}

/**
 * The number of places for one kind (or the pool, kind 'either'). A percentage becomes
 * ⌊p% × participants⌋ once the user gives the participants; until then it is unknown.
 */
export function effectiveQuota(
  q: Quota | null,
  kind: Kind | 'either',
  participants: Settings['participants'],
): EffectiveQuota {
  if (!q) return { value: null, note: ENGINE_TEXT.noQuota };
  if (kind === 'either') {
    if (q.either !== null && q.either !== undefined) return { value: q.either, note: null };
    return { value: null, note: ENGINE_TEXT.noQuota };
  }
  const fixed = q[kind];
  if (fixed !== null && fixed !== undefined) return { value: fixed, note: null };
  const p = q.percent ? q.percent[kind] : null;
  if (p !== null && p !== undefined) {
    const n = participants ? participants[kind] : null;
    if (n === null || n === undefined) return { value: null, note: ENGINE_TEXT.percentNeedsParticipants(p, kind) };
    // The epsilon keeps 7% × 100 = 7.000000000000001 from flooring wrongly in the other direction.
    return { value: Math.floor((p * n) / 100 + 1e-9), note: ENGINE_TEXT.percentQuota(p, n, kind) };
  }
  if (q.either !== null && q.either !== undefined) return { value: q.either, note: null };
  return { value: null, note: ENGINE_TEXT.noQuota };
}

// Words that name "any unit" rather than a particular group: "mỗi đơn vị đề nghị không quá…".
const GENERIC = new Set(['', 'don vi', 'co quan', 'co quan don vi', 'don vi co quan', 'moi don vi', 'cac don vi', 'cac co quan don vi']);

/** True when an allocation's group text names any unit ("mỗi đơn vị") rather than a particular group. */
export function namesAnyUnit(group: string | null | undefined): boolean {
  return GENERIC.has(foldKey(group ?? ''));
}

interface PreparedAllocation {
  index: number;
  alloc: Allocation;
  key: string;
  parts: string[];
  generic: boolean;
}

export interface MatchedAllocation {
  index: number;
  alloc: Allocation;
  /** The allocation names "any unit" ("mỗi đơn vị"), not a particular group. */
  generic: boolean;
}

/**
 * Every allocation that applies to one row, narrowest first: a per-unit cap for the row's kind
 * of group ("mỗi xã, phường chọn 02 trường hợp"), then a per-unit cap for any unit ("mỗi đơn vị
 * đề nghị không quá 01 tập thể, 03 cá nhân"), then the cap of the row's group ("… xã, phường:
 * tối đa 15 tập thể và 30 cá nhân"). Absent levels are null.
 */
export interface AllocationLayers {
  eachSpecific: MatchedAllocation | null;
  eachGeneric: MatchedAllocation | null;
  group: MatchedAllocation | null;
}

export interface AllocationMatcher {
  /** The one allocation that best names the row's group or unit (the group cap first), or null. */
  match(group: string | null, unit: string | null): { index: number; alloc: Allocation } | null;
  /** All allocations that apply to the row, by level. */
  layers(group: string | null, unit: string | null): AllocationLayers;
}

/**
 * Matches a row's group (else its unit) to the plan's allocations by foldKey containment in
 * either direction ("Cơ quan Trung ương" ⊂ "Cơ quan Trung ương trên địa bàn thành phố"), or by
 * the unit starting with one of the group's listed words ("xã, phường" → "Phường 5"). The
 * longest matching group text wins. An `each` allocation naming just "đơn vị" applies to all.
 * Results are cached per (group, unit) text.
 */
export function allocationMatcher(allocations: Allocation[]): AllocationMatcher {
  const prepared: PreparedAllocation[] = allocations.map((alloc, index) => {
    const key = foldKey(alloc.group ?? '');
    const parts = (alloc.group ?? '')
      .split(/[,;/]| và | hoặc /i)
      // "các xã, phường" lists "xã" and "phường": a unit "Xã Long Sơn" starts with one of them.
      .map((p) => foldKey(p).replace(/^(cac|moi|nhung) /, ''))
      .filter((p) => p.length > 0);
    return { index, alloc, key, parts, generic: GENERIC.has(key) };
  });
  const hits = (text: string | null, p: PreparedAllocation): boolean => {
    if (!text) return false;
    const k = foldKey(text);
    if (!k) return false;
    return (
      k === p.key ||
      ` ${k} `.includes(` ${p.key} `) ||
      ` ${p.key} `.includes(` ${k} `) ||
      p.parts.some((part) => k === part || k.startsWith(part + ' '))
    );
  };
  // The longest matching group text among the allocations `keep` accepts, by the row's group,
  // else by its unit.
  const best = (group: string | null, unit: string | null, keep: (p: PreparedAllocation) => boolean): PreparedAllocation | null => {
    for (const text of [group, unit]) {
      let found: PreparedAllocation | null = null;
      for (const p of prepared) {
        if (p.generic || !keep(p)) continue;
        if (hits(text, p) && (!found || p.key.length > found.key.length)) found = p;
      }
      if (found) return found;
    }
    return null;
  };
  const out = (p: PreparedAllocation | null | undefined): MatchedAllocation | null =>
    p ? { index: p.index, alloc: p.alloc, generic: p.generic } : null;
  const genericEach = prepared.find((x) => x.generic && x.alloc.each) ?? null;
  const cache = new Map<string, { index: number; alloc: Allocation } | null>();
  const layerCache = new Map<string, AllocationLayers>();
  return {
    match(group, unit) {
      const ck = (group ?? '') + '\u0000' + (unit ?? '');
      const c = cache.get(ck);
      if (c !== undefined) return c;
      const p = best(group, unit, () => true) ?? genericEach;
      const r = p ? { index: p.index, alloc: p.alloc } : null;
      cache.set(ck, r);
      return r;
    },
    layers(group, unit) {
      const ck = (group ?? '') + '\u0000' + (unit ?? '');
      const c = layerCache.get(ck);
      if (c) return c;
      const r: AllocationLayers = {
        eachSpecific: out(best(group, unit, (p) => p.alloc.each)),
        eachGeneric: out(genericEach),
        group: out(best(group, unit, (p) => !p.alloc.each)),
      };
      layerCache.set(ck, r);
      return r;
    },
  };
}

/** The allocation whose group text matches the row's group (or unit), by foldKey containment. */
export function matchAllocation(allocations: Allocation[], group: string | null, unit: string | null): Allocation | null {
  return allocationMatcher(allocations).match(group, unit)?.alloc ?? null;
}

/** An allocation's numbers as a Quota (allocations have no percentages). */
export function allocationQuota(a: Allocation): Quota {
  return { collective: a.collective, individual: a.individual, either: a.either, percent: null };
}
