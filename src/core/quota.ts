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

interface PreparedAllocation {
  index: number;
  alloc: Allocation;
  key: string;
  parts: string[];
  generic: boolean;
}

export interface AllocationMatcher {
  match(group: string | null, unit: string | null): { index: number; alloc: Allocation } | null;
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
      .map((p) => foldKey(p))
      .filter((p) => p.length > 0);
    return { index, alloc, key, parts, generic: GENERIC.has(key) };
  });
  const cache = new Map<string, { index: number; alloc: Allocation } | null>();
  const test = (text: string | null): PreparedAllocation | null => {
    if (!text) return null;
    const k = foldKey(text);
    if (!k) return null;
    let best: PreparedAllocation | null = null;
    for (const p of prepared) {
      if (p.generic) continue;
      const hit =
        k === p.key ||
        (` ${k} `.includes(` ${p.key} `)) ||
        (` ${p.key} `.includes(` ${k} `)) ||
        p.parts.some((part) => k === part || k.startsWith(part + ' '));
      if (hit && (!best || p.key.length > best.key.length)) best = p;
    }
    return best;
  };
  return {
    match(group, unit) {
      const ck = (group ?? '') + '\u0000' + (unit ?? '');
      const c = cache.get(ck);
      if (c !== undefined) return c;
      const p = test(group) ?? test(unit) ?? prepared.find((x) => x.generic && x.alloc.each) ?? null;
      const r = p ? { index: p.index, alloc: p.alloc } : null;
      cache.set(ck, r);
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
