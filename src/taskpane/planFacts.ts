// The facts the pane's step 1 lists for the secretary to check: each value the reader found with
// the lines it came from and whether it is to be confirmed, and a correction applied to the plan.
// Pure (no React, no Office): what the "Kế hoạch" sheet will hold is the corrected plan.
import type { FactSource, Plan, PlanKind } from '../core/types';
import { PLAN_FACTS_TEXT } from '../core/text/planFacts';
import { UserError } from '../core/errors';
import { describeIso, userDateToIso } from './format';

const T = PLAN_FACTS_TEXT;

/** The header facts the sheet holds, in the order the sheet lists them. */
export const HEADER_FACTS = ['title', 'issuer', 'number', 'date', 'kind', 'year', 'period.from', 'period.to'] as const;
export type HeaderFact = (typeof HEADER_FACTS)[number];
export type FactInput = 'text' | 'date' | 'year' | 'kind';

export const KINDS: PlanKind[] = ['ke-hoach', 'quyet-dinh', 'quy-dinh', 'huong-dan', 'cong-van', 'thong-bao'];

export interface FactRow {
  path: HeaderFact;
  label: string;
  input: FactInput;
  /** The value as the secretary types it ("15/12/2024" for a date, "" for none). */
  value: string;
  source: FactSource | null;
  unsure: boolean;
}

const INPUT: Record<HeaderFact, FactInput> = {
  title: 'text',
  issuer: 'text',
  number: 'text',
  date: 'date',
  kind: 'kind',
  year: 'year',
  'period.from': 'date',
  'period.to': 'date',
};

/** Whether a fact (or the list it belongs to) is among those to confirm ("deadlines" covers "deadlines.0"). */
export function isUnsure(plan: Plan, path: string): boolean {
  return (plan.unsure ?? []).some((u) => u === path || path.startsWith(u + '.'));
}

/** Where a fact was read, by its path. */
export const sourceOf = (plan: Plan, path: string): FactSource | null => plan.sources?.[path] ?? null;

/** "Dòng 12–14" for a source. */
export const sourceLines = (src: FactSource): string => T.lines(src.lines[0], src.lines[1]);

function rawValue(plan: Plan, path: HeaderFact): string | number | null | undefined {
  switch (path) {
    case 'period.from':
      return plan.period.from;
    case 'period.to':
      return plan.period.to;
    default:
      return plan[path];
  }
}

function shown(input: FactInput, v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (input === 'date') return describeIso(String(v))?.date ?? String(v);
  return String(v);
}

/** The header facts as rows to show and edit. */
export function factRows(plan: Plan): FactRow[] {
  return HEADER_FACTS.map((path) => ({
    path,
    label: T.label[path],
    input: INPUT[path],
    value: shown(INPUT[path], rawValue(plan, path)),
    source: sourceOf(plan, path),
    unsure: isUnsure(plan, path),
  }));
}

/** The plan with one fact corrected as typed; a value that cannot be one throws a UserError saying why. */
export function applyFact(plan: Plan, path: HeaderFact, raw: string): Plan {
  const t = raw.trim();
  let value: string | number | null;
  switch (INPUT[path]) {
    case 'date': {
      value = t ? userDateToIso(t, plan.year) : null;
      if (t && !value) throw new UserError(T.badDate(t));
      break;
    }
    case 'year': {
      if (t && !/^\d{4}$/.test(t)) throw new UserError(T.badYear(t));
      value = t ? Number(t) : null;
      break;
    }
    case 'kind':
      value = KINDS.includes(t as PlanKind) ? t : null;
      break;
    default:
      value = t;
  }
  const next: Plan = { ...plan, unsure: (plan.unsure ?? []).filter((u) => u !== path) };
  if (path === 'period.from' || path === 'period.to') next.period = { ...plan.period, [path.slice(7)]: value };
  else (next as unknown as Record<string, unknown>)[path] = path === 'title' || path === 'issuer' ? (value ?? '') : value;
  return next;
}

/** A fact the secretary has dealt with is no longer to confirm. */
export function confirm(plan: Plan, path: string): Plan {
  return { ...plan, unsure: (plan.unsure ?? []).filter((u) => u !== path && !u.startsWith(path + '.')) };
}
