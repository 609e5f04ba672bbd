// A plan's facts as lines a secretary can check against the document: each fact (by field path)
// with its value and the source lines it was read from, the ones to confirm marked. Pure: the CLI
// prints it (`binhxet plan FILE --explain`), the pane may show the same lines.
import type { Allocation, Deadline, Plan, Quota } from '../core/types';
import { PLAN_TEXT } from '../core/text/plan';

const E = PLAN_TEXT.explain;

/** "05 tập thể, 10 cá nhân", "10% tập thể", "02 trường hợp (tập thể hoặc cá nhân)". */
export function quotaText(q: Quota | null, note: string | null): string {
  if (!q) return PLAN_TEXT.summary.noQuota + (note ? ` (${note})` : '');
  const parts: string[] = [];
  if (q.percent) {
    if (q.percent.collective !== null) parts.push(`${q.percent.collective}% tập thể`);
    if (q.percent.individual !== null) parts.push(`${q.percent.individual}% cá nhân`);
  }
  if (q.either !== null) parts.push(`${q.either} trường hợp (tập thể hoặc cá nhân)`);
  if (q.collective !== null) parts.push(`${q.collective} tập thể`);
  if (q.individual !== null) parts.push(`${q.individual} cá nhân`);
  return parts.join(', ') + (note ? ` (${note})` : '');
}

const vnDate = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

function deadlineText(d: Deadline): string {
  const last = d.dates.map((x) => vnDate(x.lastOnTime)).join('; ');
  return last ? `${d.text} → ${PLAN_TEXT.summary.lastOnTime} ${last}` : `${d.text} (${PLAN_TEXT.summary.deadlineNoDate})`;
}

function allocationText(a: Allocation): string {
  const q = quotaText({ collective: a.either !== null ? null : a.collective, individual: a.either !== null ? null : a.individual, either: a.either, percent: null }, null);
  return `${a.group}: ${q} (${a.each ? E.each : E.whole})${a.form ? ` — ${a.form}` : ''}`;
}

/** The label and the value of one field path of the plan. */
function describe(plan: Plan, path: string): { label: string; value: string } | null {
  const p = path.split('.');
  if (p[0] === 'movements') {
    const m = plan.movements[+p[1]];
    if (!m) return null;
    const head = E.movement(m.id);
    if (p.length === 2) return { label: head, value: m.name };
    if (p[2] === 'quota') return { label: `${head} — ${E.movementField.quota}`, value: quotaText(m.quota, m.quotaNote) };
    if (p[2] === 'formQuotas') {
      const f = m.formQuotas?.[+p[3]];
      return f ? { label: `${head} — ${E.movementField.formQuotas}`, value: `${f.form}: ${quotaText(f.quota, f.quotaNote)}` } : null;
    }
    if (p[2] === 'deadlines') {
      const d = m.deadlines[+p[3]];
      if (p[3] === undefined) return { label: `${head} — ${E.movementField.deadlines}`, value: m.deadlines.map(deadlineText).join('; ') || PLAN_TEXT.summary.deadlineNoDate };
      return d ? { label: `${head} — ${E.movementField.deadlines}`, value: deadlineText(d) } : null;
    }
    if (p[2] === 'criteria') {
      const kind = p[3] as 'collective' | 'individual' | 'household';
      const list = kind ? m.criteria[kind] : undefined;
      const label = `${head} — ${E.movementField.criteria}${kind ? ` ${E.kind[kind]}` : ''}${p[4] !== undefined ? ` ${+p[4] + 1}` : ''}`;
      return { label, value: p[4] !== undefined && list ? list[+p[4]] ?? '' : `${m.criteria.collective.length} ${E.kind.collective}, ${m.criteria.individual.length} ${E.kind.individual}` };
    }
    const v = (m as unknown as Record<string, unknown>)[p[2]];
    return { label: `${head} — ${E.movementField[p[2]] ?? p[2]}`, value: String(v ?? '') };
  }
  const list = (key: string) => (plan as unknown as Record<string, unknown[] | undefined>)[key]?.[+p[1]];
  switch (p[0]) {
    case 'deadlines': {
      if (p[1] === undefined) return { label: E.field.deadlines, value: plan.deadlines.map(deadlineText).join('; ') || PLAN_TEXT.summary.deadlineNoDate };
      const d = plan.deadlines[+p[1]];
      return d ? { label: E.field.deadlines, value: deadlineText(d) } : null;
    }
    case 'allocations': {
      const a = plan.allocations[+p[1]];
      return a ? { label: E.field.allocations, value: allocationText(a) } : null;
    }
    case 'schedule': {
      const s = plan.schedule?.[+p[1]];
      return s ? { label: E.field.schedule, value: `${s.what} — ${deadlineText(s.deadline)}` } : null;
    }
    case 'grades': {
      const g = plan.grades[+p[1]];
      return g ? { label: E.field.grades, value: `${g.name}: từ ${g.minScore} điểm${g.noZeroCriterion ? ', không có tiêu chí 0 điểm' : ''}` } : null;
    }
    case 'forms': {
      const f = plan.forms?.[+p[1]];
      return f ? { label: E.field.forms, value: f.name } : null;
    }
    case 'council':
      return plan.council ? { label: E.field.council, value: plan.council.name } : null;
    case 'rubric': {
      if (!plan.rubric) return null;
      if (p[1] === 'items') {
        const it = plan.rubric.items[+p[2]];
        return it ? { label: E.field['rubric.items'], value: `${it.id}. ${it.text} (${it.maxPoints} điểm)` } : null;
      }
      if (p[1]) return { label: E.field[path] ?? path, value: String((plan.rubric as unknown as Record<string, unknown>)[p[1]] ?? '') };
      return { label: E.field.rubric, value: PLAN_TEXT.summary.rubric(plan.rubric.items.length, plan.rubric.total) };
    }
    case 'period':
      return { label: E.field[path] ?? path, value: vnDate(p[1] === 'from' ? plan.period.from : plan.period.to) };
    case 'date':
      return { label: E.field.date, value: vnDate(plan.date) };
    case 'kind':
      return { label: E.field.kind, value: plan.kind ? PLAN_TEXT.sheet.docKind[plan.kind] ?? plan.kind : '' };
    default: {
      const v = p.length > 1 ? list(p[0]) : (plan as unknown as Record<string, unknown>)[p[0]];
      return { label: E.field[p[0]] ?? path, value: typeof v === 'object' ? JSON.stringify(v) : String(v ?? '') };
    }
  }
}

/** Whether `path` or a field it belongs to is to be confirmed. */
const doubted = (unsure: string[], path: string) => unsure.some((u) => path === u || path.startsWith(u + '.'));

/** The facts of a plan with their sources, one fact per entry of lines. */
export function explainPlan(plan: Plan, fileName: string): string[] {
  const out: string[] = [E.head(fileName)];
  const sources = plan.sources ?? {};
  const unsure = plan.unsure ?? [];
  const paths = Object.keys(sources);
  if (!paths.length) out.push(`  ${E.none}`);
  for (const path of paths) {
    const d = describe(plan, path);
    if (!d) continue;
    const s = sources[path];
    out.push(`- ${d.label}: ${d.value}${doubted(unsure, path) ? E.unsure : ''}`);
    out.push(`    ${s ? E.source(s.lines[0], s.lines[1], s.text) : E.noSource}`);
  }
  const loose = unsure.filter((u) => !paths.some((p) => doubted([u], p)));
  if (loose.length) {
    out.push(E.unsureHead);
    for (const u of loose) out.push(`- ${describe(plan, u)?.label ?? u}`);
  }
  if (plan.warnings?.length) {
    out.push(PLAN_TEXT.summary.warnings);
    for (const w of plan.warnings) out.push(`  - ${PLAN_TEXT.summary.line(w.line)}${w.message}`);
  }
  return out;
}
