// Counts for the summary sheets: per movement × kind, per unit, per allocation group, per grade.
//
// Grades count only rows that have one: a total built from a data error has none (the engine
// leaves its grade null), so the distribution never counts a mistyped score.
//
// Choices: a movement × kind row is listed when it has nominees or a known quota above 0 (a pooled
// movement has one "either" row); rows with no movement or no kind are counted in the totals and
// per unit only. Units and groups are grouped by foldKey and shown as first written.
import type {
  GroupSummaryRow, Kind, NominationResult, Plan, Settings, Summary, SummaryRow, UnitSummaryRow,
} from './types';
import { allocationMatcher, allocationQuota, effectiveQuota, isPooled } from './quota';
import { ENGINE_TEXT, SUMMARY_TEXT } from './text/engine';
import { foldKey } from './normalize';
import { memo } from './memo';

export function summarise(plan: Plan, results: NominationResult[], settings: Settings): Summary {
  const participants = settings?.participants ?? { collective: null, individual: null };
  const totals = { nominated: results.length, selected: 0, over_quota: 0, tie: 0, ineligible: 0, late: 0, review: 0 };
  const movements = plan.movements ?? [];
  const pooled = new Map(movements.map((m) => [m.id, isPooled(m.quota)]));

  const blank = (): Omit<SummaryRow, 'movement' | 'movementName' | 'kind' | 'quota' | 'placesLeft' | 'note'> => ({
    nominated: 0, eligible: 0, late: 0, ineligible: 0, review: 0, tie: 0, proposed: 0,
  });
  const counts = new Map<string, ReturnType<typeof blank>>();
  const units = new Map<string, UnitSummaryRow>();
  const groups = new Map<string, GroupSummaryRow>();
  const grades: Record<string, number> = {};
  const fold = memo((x: string) => foldKey(x));
  // One key string per (movement, kind), not one per row.
  const countKeys = new Map<string, Partial<Record<Kind | 'either', string>>>();
  const countKey = (movement: string, kind: Kind | 'either'): string => {
    let ks = countKeys.get(movement);
    if (!ks) countKeys.set(movement, (ks = {}));
    return (ks[kind] ??= movement + '\u0000' + kind);
  };

  // An index loop: this one runs over every nominee, twice per run (engine and summary sheet).
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    totals[r.status]++;
    if (r.grade) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
    const proposed = r.status === 'selected' ? 1 : 0;

    if (r.movement !== null && r.kind !== null) {
      const k = countKey(r.movement, pooled.get(r.movement) ? 'either' : r.kind);
      let c = counts.get(k);
      if (!c) counts.set(k, (c = blank()));
      c.nominated++;
      if (r.eligible) c.eligible++;
      if (r.late) c.late++;
      if (r.status === 'ineligible') c.ineligible++;
      if (r.status === 'review') c.review++;
      if (r.status === 'tie') c.tie++;
      c.proposed += proposed;
    }

    const unitName = r.unit ?? SUMMARY_TEXT.unknownUnit;
    const uk = r.unit ? fold(r.unit) : '\u0000';
    let u = units.get(uk);
    if (!u) units.set(uk, (u = { unit: unitName, nominated: 0, proposed: 0, late: 0, ineligible: 0, review: 0 }));
    u.nominated++;
    u.proposed += proposed;
    if (r.late) u.late++;
    if (r.status === 'ineligible') u.ineligible++;
    if (r.status === 'review') u.review++;

    if (r.group) {
      const gk = fold(r.group);
      let g = groups.get(gk);
      if (!g) groups.set(gk, (g = { group: r.group, nominated: 0, proposed: 0, quota: null }));
      g.nominated++;
      g.proposed += proposed;
    }
  }

  const allocations = plan.allocations ?? [];
  const byMovement: SummaryRow[] = [];
  for (const m of movements) {
    const kinds: (Kind | 'either')[] = pooled.get(m.id) ? ['either'] : ['collective', 'individual'];
    for (const kind of kinds) {
      const c = counts.get(m.id + '\u0000' + kind) ?? blank();
      const q = effectiveQuota(m.quota, kind, participants);
      if (c.nominated === 0 && !(q.value !== null && q.value > 0)) continue;
      byMovement.push({
        movement: m.id,
        movementName: m.name,
        kind,
        ...c,
        quota: q.value,
        placesLeft: q.value === null ? null : Math.max(0, q.value - c.proposed),
        note: q.value === null ? (m.quotaNote ?? (q.note === ENGINE_TEXT.noQuota && allocations.length > 0 ? SUMMARY_TEXT.allocationsOnly : q.note)) : q.note,
      });
    }
  }

  // A group's quota: the allocation for the whole group (not "mỗi đơn vị") it matches — the sum
  // of its known numbers.
  if (allocations.length > 0) {
    const matcher = allocationMatcher(allocations);
    for (const g of groups.values()) {
      const a = matcher.layers(g.group, null).group;
      if (!a) continue;
      const aq = allocationQuota(a.alloc);
      if (isPooled(aq)) g.quota = aq.either;
      else {
        const c = aq.collective, i = aq.individual;
        g.quota = c === null && i === null ? null : (c ?? 0) + (i ?? 0);
      }
    }
  }

  return {
    byMovement,
    byUnit: [...units.values()],
    byGroup: [...groups.values()],
    grades,
    totals,
  };
}
