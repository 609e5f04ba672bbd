// Quota per (movement, kind): fixed numbers, a pool for both kinds, or a percentage of the
// participants the user gives. null always means "unknown", never "no limit" or "zero".
import type { Allocation, Kind, Quota, Settings } from './types';

export interface EffectiveQuota {
  value: number | null;
  note: string | null;
}

export function effectiveQuota(
  q: Quota | null,
  kind: Kind | 'either',
  participants: Settings['participants'],
): EffectiveQuota {
  void q; void kind; void participants;
  return { value: null, note: null };
}

/** True when the quota is a pool for both kinds ranked together ("02 trường hợp (tập thể hoặc cá nhân)"). */
export function isPooled(q: Quota | null): boolean {
  return !!q && q.either !== null && q.collective === null && q.individual === null;
}

/** The allocation whose group text matches the row's group (or unit), by foldKey containment. */
export function matchAllocation(allocations: Allocation[], group: string | null, unit: string | null): Allocation | null {
  void allocations; void group; void unit;
  return null;
}
