// `binhxet plan FILE [--year YYYY] [--json] [--explain] [--shift-days-off]`: the plan, read;
// --explain prints each fact with the source lines it was read from.
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from './command';
import type { Deadline, Plan } from '../core/types';
import { flagYear, parseArgs, rejectUnknown } from './args';
import { UserError } from '../core/errors';
import { readPlanFile } from '../plan';
import { explainPlan, quotaText } from '../plan/explain';
import { PLAN_TEXT } from '../core/text/plan';
import { fromIso, formatVN, weekday } from '../core/dates';
import { WEEKDAYS_VN } from '../core/text/dates';

function day(isoDate: string): string {
  const s = fromIso(isoDate);
  return s === null ? isoDate : `${WEEKDAYS_VN[weekday(s)]} ${formatVN(s)}`;
}

function deadlineLine(d: Deadline): string {
  const dates = d.dates.length
    ? d.dates.map((x) => `${PLAN_TEXT.summary.lastOnTime} ${day(x.lastOnTime)}`).join('; ')
    : PLAN_TEXT.summary.deadlineNoDate;
  const notes = (d.notes ?? []).map((n) => `\n      ${n}`).join('');
  return `    - "${d.text}": ${dates}${notes}`;
}

export function planSummary(plan: Plan): string {
  const S = PLAN_TEXT.summary;
  const out: string[] = [S.title(plan.title), S.issuer(plan.issuer), S.year(plan.year)];
  if (plan.period.from || plan.period.to)
    out.push(S.period(plan.period.from ? day(plan.period.from) : S.unknownDate, plan.period.to ? day(plan.period.to) : S.unknownDate));
  out.push(S.movements(plan.movements.length));
  for (const m of plan.movements) {
    out.push(`  ${m.id}. ${m.name}`);
    out.push(`     ${S.quota(quotaText(m.quota, m.quotaNote))}`);
    for (const f of m.formQuotas ?? []) out.push(`     ${S.formQuota(f.form, quotaText(f.quota, f.quotaNote))}`);
    out.push(`     ${S.criteria(m.criteria.collective.length, m.criteria.individual.length)}`);
    for (const d of m.deadlines) out.push(deadlineLine(d));
  }
  out.push(S.deadlines);
  if (!plan.deadlines.length && plan.movements.every((m) => !m.deadlines.length)) out.push(`  ${S.noDeadline}`);
  for (const d of plan.deadlines) out.push(deadlineLine(d));
  if (plan.allocations.length) {
    out.push(S.allocations);
    for (const a of plan.allocations) out.push(`  - ${a.text}`);
  }
  if (plan.rubric) out.push(S.rubric(plan.rubric.items.length, plan.rubric.total));
  if (plan.grades.length) {
    out.push(S.grades);
    for (const g of plan.grades) out.push(`  - ${g.name}: từ ${g.minScore} điểm${g.noZeroCriterion ? ', không có tiêu chí 0 điểm' : ''}`);
  }
  if (plan.warnings?.length) {
    out.push(S.warnings);
    for (const w of plan.warnings) out.push(`  - ${S.line(w.line)}${w.message}`);
  }
  return out.join('\n') + '\n';
}

export const planCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, ['year']);
  rejectUnknown(args, ['year', 'json', 'explain', 'shift-days-off']);
  const file = args.positional[0];
  if (!file) throw new UserError('Thiếu tệp kế hoạch. Cách dùng: binhxet plan TỆP(.txt|.md|.html|.docx|.json) [--year NĂM] [--json] [--explain]');
  const full = path.resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(full);
  } catch {
    throw new UserError(`Không mở được tệp "${file}". Hãy kiểm tra đường dẫn.`);
  }
  const plan = await readPlanFile(bytes, path.basename(full), {
    year: flagYear(args),
    shiftDaysOff: args.flags.get('shift-days-off') === true,
  });
  if (args.flags.get('json') === true) io.out(JSON.stringify(plan, null, 2) + '\n');
  else if (args.flags.get('explain') === true) io.out(explainPlan(plan, file).join('\n') + '\n');
  else io.out(planSummary(plan));
  return 0;
};
