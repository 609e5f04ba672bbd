// A Plan JSON (what `binhxet plan --json` prints) read back, checked field by field so a
// hand-edited file fails with a message naming the field rather than deep inside the engine.
import type { Deadline, Movement, Plan, PlanKind, Quota } from '../core/types';

const KINDS: PlanKind[] = ['ke-hoach', 'quyet-dinh', 'quy-dinh', 'huong-dan', 'cong-van', 'thong-bao'];
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const numOrNull = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const strOrNull = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const strArr = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

function quota(x: unknown): Quota | null {
  if (!isObj(x)) return null;
  const p = isObj(x.percent) ? { collective: numOrNull(x.percent.collective), individual: numOrNull(x.percent.individual) } : null;
  return { collective: numOrNull(x.collective), individual: numOrNull(x.individual), either: numOrNull(x.either), percent: p };
}

function deadlines(x: unknown): Deadline[] {
  if (!Array.isArray(x)) return [];
  return x.filter(isObj).map((d) => {
    const out: Deadline = {
      text: String(d.text ?? ''),
      rule: (strOrNull(d.rule) ?? 'external') as Deadline['rule'],
      inclusive: d.inclusive === true,
      from: strOrNull(d.from),
      dates: Array.isArray(d.dates)
        ? d.dates.filter(isObj).map((o) => ({ due: String(o.due ?? ''), lastOnTime: String(o.lastOnTime ?? '') }))
        : [],
    };
    if (Array.isArray(d.notes)) out.notes = strArr(d.notes);
    return out;
  });
}

export function validatePlanJson(data: unknown, fileName: string): Plan {
  const fail = (msg: string) => new UserError(PLAN_TEXT.badJson(fileName, msg));
  if (!isObj(data)) throw fail('nội dung không phải một đối tượng JSON');
  if (!Array.isArray(data.movements)) throw fail('thiếu danh sách "movements"');
  const movements: Movement[] = data.movements.map((m, i) => {
    if (!isObj(m)) throw fail(`movements[${i}] không phải đối tượng`);
    const crit = isObj(m.criteria) ? m.criteria : {};
    const mv: Movement = {
      id: String(m.id ?? i + 1),
      name: String(m.name ?? ''),
      quota: quota(m.quota),
      quotaNote: strOrNull(m.quotaNote),
      criteria: { collective: strArr(crit.collective), individual: strArr(crit.individual), ...(Array.isArray(crit.household) ? { household: strArr(crit.household) } : {}) },
      deadlines: deadlines(m.deadlines),
    };
    if ('awardGrade' in m) mv.awardGrade = strOrNull(m.awardGrade);
    if ('minScore' in m) mv.minScore = numOrNull(m.minScore);
    if ('minVote' in m) mv.minVote = numOrNull(m.minVote);
    if (Array.isArray(m.formQuotas)) {
      mv.formQuotas = m.formQuotas.filter(isObj).map((f) => ({ form: String(f.form ?? ''), quota: quota(f.quota), quotaNote: strOrNull(f.quotaNote) }));
    }
    return mv;
  });
  const period = isObj(data.period) ? data.period : {};
  const r = isObj(data.rubric) ? data.rubric : null;
  const kind = strOrNull(data.kind);
  const plan: Plan = {
    title: String(data.title ?? ''),
    issuer: String(data.issuer ?? ''),
    number: strOrNull(data.number),
    date: strOrNull(data.date),
    kind: kind && KINDS.includes(kind as PlanKind) ? (kind as PlanKind) : null,
    year: numOrNull(data.year),
    period: { from: strOrNull(period.from), to: strOrNull(period.to) },
    movements,
    deadlines: deadlines(data.deadlines),
    allocations: Array.isArray(data.allocations)
      ? data.allocations.filter(isObj).map((a) => ({
          group: String(a.group ?? ''),
          each: a.each === true,
          collective: numOrNull(a.collective),
          individual: numOrNull(a.individual),
          either: numOrNull(a.either),
          text: String(a.text ?? ''),
          ...(typeof a.form === 'string' ? { form: a.form } : {}),
        }))
      : [],
    rubric: r
      ? {
          items: Array.isArray(r.items)
            ? r.items.filter(isObj).map((it, i) => ({ id: String(it.id ?? i + 1), text: String(it.text ?? ''), maxPoints: numOrNull(it.maxPoints) ?? 0 }))
            : [],
          bonusMax: numOrNull(r.bonusMax),
          penaltyMax: numOrNull(r.penaltyMax),
          total: numOrNull(r.total),
        }
      : null,
    grades: Array.isArray(data.grades)
      ? data.grades.filter(isObj).map((g) => ({ name: String(g.name ?? ''), minScore: numOrNull(g.minScore) ?? 0, noZeroCriterion: g.noZeroCriterion === true }))
      : [],
  };
  if (Array.isArray(data.warnings)) {
    plan.warnings = data.warnings.filter(isObj).map((w) => ({ line: numOrNull(w.line), message: String(w.message ?? '') }));
  }
  return plan;
}
