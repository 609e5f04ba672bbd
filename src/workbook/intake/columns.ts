// The merged list's columns: the canonical fields of a nominations list (each headed by a variant
// header.ts recognises, so `binhxet score` reads the merged list as it reads a unit's own), then
// the provenance columns. A column appears when a unit's file filled it or the plan calls for it
// (criteria to mark, rubric points to give), so the list has no empty columns nobody needs.
import type { Plan } from '../../core/types';
import { INTAKE_COLUMNS as C } from '../../core/text/intake';
import { DATE_FORMAT, VOTE_FORMAT } from '../summarySheets';

export interface MergedColumn {
  key: string;
  header: string;
  width: number;
  format?: string;
}

// Column keys of a source row's cells (SourceRow.cells).
export const K = {
  name: 'name',
  position: 'position',
  birthYear: 'birthYear',
  unit: 'unit',
  kind: 'kind',
  movement: 'movement',
  group: 'group',
  form: 'form',
  received: 'received',
  bonus: 'bonus',
  penalty: 'penalty',
  score: 'score',
  vote: 'vote',
  achievement: 'achievement',
  notes: 'notes',
  criterion: (n: number) => numberedKey(CRITERIA, 'crit:', n),
  points: (n: number) => numberedKey(POINTS, 'pts:', n),
} as const;

// The numbered keys made once each: every mark of every row asks for one.
const CRITERIA: string[] = [];
const POINTS: string[] = [];
function numberedKey(made: string[], prefix: string, n: number): string {
  return (made[n] ??= `${prefix}${n}`);
}

const numbered = (prefix: string, keys: Iterable<string>): number => {
  let max = 0;
  for (const k of keys) if (k.startsWith(prefix)) max = Math.max(max, Number(k.slice(prefix.length)));
  return max;
};

/** Criteria the plan lists for one kind of one movement, at most (the columns a secretary marks). */
function planCriteria(plan: Plan): number {
  if (plan.rubric) return 0;
  let n = 0;
  for (const m of plan.movements) n = Math.max(n, m.criteria.collective.length, m.criteria.individual.length);
  return n;
}

/** The merged list's data columns, in order, for the cell keys the rows use. */
export function mergedColumns(keys: ReadonlySet<string>, plan: Plan): MergedColumn[] {
  const has = (k: string) => keys.has(k);
  const out: MergedColumn[] = [
    { key: K.name, header: C.name, width: 28 },
    { key: K.position, header: C.position, width: 18 },
  ];
  if (has(K.birthYear)) out.push({ key: K.birthYear, header: C.birthYear, width: 8, format: '0' });
  out.push({ key: K.unit, header: C.unit, width: 26 }, { key: K.kind, header: C.kind, width: 10 });
  if (plan.movements.length > 1 || has(K.movement)) out.push({ key: K.movement, header: C.movement, width: 24 });
  if (has(K.group)) out.push({ key: K.group, header: C.group, width: 16 });
  if (has(K.form)) out.push({ key: K.form, header: C.form, width: 20 });
  out.push({ key: K.received, header: C.received, width: 12, format: DATE_FORMAT });
  const crit = Math.max(numbered('crit:', keys), planCriteria(plan));
  for (let n = 1; n <= crit; n++) out.push({ key: K.criterion(n), header: C.criterion(n), width: 7 });
  const items = plan.rubric?.items ?? [];
  const pts = Math.max(numbered('pts:', keys), items.length);
  for (let n = 1; n <= pts; n++) out.push({ key: K.points(n), header: C.points(n, items[n - 1]?.maxPoints ?? null), width: 9 });
  if (has(K.bonus) || (plan.rubric?.bonusMax ?? null) !== null) out.push({ key: K.bonus, header: C.bonus, width: 8 });
  if (has(K.penalty) || (plan.rubric?.penaltyMax ?? null) !== null) out.push({ key: K.penalty, header: C.penalty, width: 8 });
  if (has(K.score)) out.push({ key: K.score, header: C.score, width: 8 });
  if (has(K.vote)) out.push({ key: K.vote, header: C.vote, width: 9, format: VOTE_FORMAT });
  if (has(K.achievement)) out.push({ key: K.achievement, header: C.achievement, width: 36 });
  if (has(K.notes)) out.push({ key: K.notes, header: C.notes, width: 20 });
  return out;
}
