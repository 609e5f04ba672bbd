// The "Kế hoạch" sheet: the plan as the secretary reads and edits it — one labelled section per
// part (movements, award forms and their quotas, criteria, deadlines, allocations, rubric, grades),
// one row per item, Vietnamese headers. gridToPlan reads it back, so an edit in Excel (a corrected
// quota, an added criterion, a form's quota) is what the next bình xét uses. planToGrid →
// gridToPlan is lossless for every plan the reader makes.
//
// Award forms: the section "HÌNH THỨC KHEN THƯỞNG VÀ CHỈ TIÊU" is always there (empty when the plan
// names none), so the secretary can add a form's quota: one row per (movement, form), the quota's
// columns as a movement's. An allocation's form is the allocations' column "Hình thức khen thưởng";
// columns of that section are found by their header, so a sheet written before it had one reads too.
import type { Allocation, Deadline, Movement, Plan, PlanKind, Quota, RubricItem, SheetWarning } from '../core/types';
import type { CellBlock, CellValue, OwnedSheet } from './model';
import { rangeRef } from './a1';
import { withRowHeights } from './printLayout';
import { PLAN_TEXT } from '../core/text/plan';
import { FORM_TEXT } from '../core/text/forms';
import { dateCellText } from './cell';

export const PLAN_SHEET_NAME = 'Kế hoạch';

type Out = string | number | boolean | null;
const T = PLAN_TEXT.sheet;
const F = FORM_TEXT.sheet;
/** Every section's title, the forms' too: a section's rows end at the next title. */
const SECTION_TITLES: string[] = [...Object.values(T.section), F.section];
/** The allocations' header: the form before the long sentence (which spans to the table's edge). */
const ALLOCATION_HEAD = [...T.head.allocations.slice(0, 5), F.allocationForm, T.head.allocations[5]];
const PLAN_SCOPE = T.plan;
const NO_NOTES = '(không)';

const n = (x: number | null | undefined): Out => (x === null || x === undefined ? null : x);
const yn = (b: boolean) => (b ? T.yes : T.no);

function deadlineRow(scope: string, d: Deadline): Out[] {
  return [
    scope,
    d.text,
    d.rule,
    yn(d.inclusive),
    d.from,
    d.dates.map((x) => x.due).join('; '),
    d.dates.map((x) => x.lastOnTime).join('; '),
    d.notes === undefined ? null : d.notes.length ? d.notes.join('\n') : NO_NOTES,
  ];
}

/**
 * The part of a plan the sheet holds — what the engine reads and the secretary edits. The reader's
 * record of where each fact came from (sources, unsure), the award forms with their criteria, the
 * council and the schedule stay with the reading (`binhxet plan --explain`, the pane's step 1).
 */
export function planSheetView(plan: Plan): Plan {
  const { sources, unsure, forms, council, schedule, attachment, ...rest } = plan;
  void sources, void unsure, void forms, void council, void schedule, void attachment;
  return {
    ...rest,
    number: rest.number ?? null,
    date: rest.date ?? null,
    kind: rest.kind ?? null,
    movements: rest.movements.map(({ criteriaGroups, ...m }) => (void criteriaGroups, m)),
  };
}

/** A quota's cells: collective, individual, either, % collective, % individual. */
function quotaCells(q: Quota | null): Out[] {
  return [n(q?.collective), n(q?.individual), n(q?.either), n(q?.percent?.collective), n(q?.percent?.individual)];
}

/** "Có" / "Không", "Có (%)" for a percentage: whether there is a quota at all (blank cells cannot say). */
function hasQuotaCell(q: Quota | null): Out {
  return yn(q !== null) + (q?.percent ? ' (%)' : '');
}

export function planToGrid(plan: Plan): Out[][] {
  const g: Out[][] = [[T.title]];
  g.push([T.section.general]);
  g.push(
    [T.key.title, plan.title],
    [T.key.issuer, plan.issuer],
    [T.key.number, plan.number ?? null],
    [T.key.date, plan.date ?? null],
    [T.key.kind, plan.kind ? T.docKind[plan.kind] ?? plan.kind : null],
    [T.key.year, n(plan.year)],
    [T.key.from, plan.period.from],
    [T.key.to, plan.period.to],
  );
  g.push([], [T.section.movements], [...T.head.movements]);
  for (const m of plan.movements) {
    const q = m.quota;
    g.push([m.id, m.name, ...quotaCells(q), m.quotaNote, m.awardGrade ?? null, n(m.minScore), n(m.minVote), hasQuotaCell(q)]);
  }
  g.push([], [F.section], [...F.head]);
  for (const m of plan.movements) for (const f of m.formQuotas ?? []) g.push([m.id, f.form, ...quotaCells(f.quota), f.quotaNote, hasQuotaCell(f.quota)]);
  g.push([], [T.section.criteria], [...T.head.criteria]);
  for (const m of plan.movements) {
    m.criteria.collective.forEach((c, i) => g.push([m.id, T.kindCollective, i + 1, c]));
    m.criteria.individual.forEach((c, i) => g.push([m.id, T.kindIndividual, i + 1, c]));
    (m.criteria.household ?? []).forEach((c, i) => g.push([m.id, T.kindHousehold, i + 1, c]));
  }
  g.push([], [T.section.deadlines], [...T.head.deadlines]);
  for (const d of plan.deadlines) g.push(deadlineRow(PLAN_SCOPE, d));
  for (const m of plan.movements) for (const d of m.deadlines) g.push(deadlineRow(m.id, d));
  g.push([], [T.section.allocations], [...ALLOCATION_HEAD]);
  for (const a of plan.allocations) g.push([a.group, yn(a.each), n(a.collective), n(a.individual), n(a.either), a.form ?? null, a.text]);
  if (plan.rubric) {
    g.push([], [T.section.rubric], [...T.head.rubric]);
    for (const it of plan.rubric.items) g.push([it.id, it.text, it.maxPoints]);
    g.push([null, T.bonus, n(plan.rubric.bonusMax)], [null, T.penalty, n(plan.rubric.penaltyMax)], [null, T.total, n(plan.rubric.total)]);
  }
  g.push([], [T.section.grades], [...T.head.grades]);
  for (const b of plan.grades) g.push([b.name, b.minScore, yn(b.noZeroCriterion)]);
  if (plan.warnings) {
    g.push([], [T.section.warnings], [...T.head.warnings]);
    for (const w of plan.warnings) g.push([w.line, w.message]);
  }
  return g;
}

function str(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateCellText(v);
  if (typeof v === 'object') return '';
  return String(v).normalize('NFC');
}

function strOrNull(v: CellValue | undefined): string | null {
  const s = str(v);
  return s === '' ? null : s;
}

function col(i: number): string {
  let s = '';
  for (i++; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export function gridToPlan(grid: CellValue[][]): { plan: Plan; warnings: SheetWarning[] } {
  const warnings: SheetWarning[] = [];
  const warn = (r: number, c: number | null, message: string) =>
    warnings.push({ sheet: PLAN_SHEET_NAME, row: r + 1, column: c === null ? null : col(c), message });
  const num = (r: number, c: number): number | null => {
    const v = grid[r]?.[c];
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'number') return v;
    const s = str(v).trim().replace(',', '.');
    if (s === '') return null;
    const x = Number(s);
    if (!Number.isFinite(x)) {
      warn(r, c, T.badNumber(col(c) + (r + 1), str(v)));
      return null;
    }
    return x;
  };
  const yes = (v: CellValue | undefined) => /^(có|x|true|1|yes)/i.test(str(v).trim());
  /** A quota from five cells from `first` on and the "Có số lượng" cell. */
  const quotaAt = (r: number, first: number, hasCell: CellValue | undefined): Quota | null => {
    const has = str(hasCell);
    const c = num(r, first), i = num(r, first + 1), e = num(r, first + 2), pc = num(r, first + 3), pi = num(r, first + 4);
    const hasQuota = has ? yes(has) : [c, i, e, pc, pi].some((x) => x !== null);
    if (!hasQuota) return null;
    const pct = /%/.test(has) || pc !== null || pi !== null;
    return { collective: c, individual: i, either: e, percent: pct ? { collective: pc, individual: pi } : null };
  };
  const sections = new Map<string, number>();
  const titles = SECTION_TITLES;
  grid.forEach((row, r) => {
    const s = str(row?.[0]).trim();
    if (titles.includes(s) && !sections.has(s)) sections.set(s, r);
  });
  const rowsOf = (title: string): number[] => {
    const start = sections.get(title);
    if (start === undefined) return [];
    const out: number[] = [];
    for (let r = start + 2; r < grid.length; r++) {
      const row = grid[r] ?? [];
      const first = str(row[0]).trim();
      if (titles.includes(first)) break;
      if (row.every((v) => str(v).trim() === '')) continue;
      out.push(r);
    }
    return out;
  };
  const general = new Map<string, CellValue>();
  const gStart = sections.get(T.section.general) ?? 0;
  for (let r = gStart + 1; r < grid.length && r < gStart + 12; r++) general.set(str(grid[r]?.[0]).trim(), grid[r]?.[1] ?? null);
  const kindText = str(general.get(T.key.kind)).trim();
  const kind = (Object.keys(T.docKind).find((k) => T.docKind[k] === kindText || k === kindText) ?? null) as PlanKind | null;
  const plan: Plan = {
    title: str(general.get(T.key.title)),
    issuer: str(general.get(T.key.issuer)),
    number: strOrNull(general.get(T.key.number)),
    date: strOrNull(general.get(T.key.date)),
    kind,
    year: (() => {
      const y = general.get(T.key.year);
      const x = typeof y === 'number' ? y : Number(str(y));
      return str(y) === '' || !Number.isFinite(x) ? null : x;
    })(),
    period: { from: strOrNull(general.get(T.key.from)), to: strOrNull(general.get(T.key.to)) },
    movements: [],
    deadlines: [],
    allocations: [],
    rubric: null,
    grades: [],
  };
  if (!sections.has(T.section.movements)) warn(0, null, T.noSheet);
  const byId = new Map<string, Movement>();
  for (const r of rowsOf(T.section.movements)) {
    const row = grid[r];
    const m: Movement = {
      id: str(row[0]).trim(),
      name: str(row[1]),
      quota: quotaAt(r, 2, row[11]),
      quotaNote: strOrNull(row[7]),
      criteria: { collective: [], individual: [] },
      deadlines: [],
    };
    const ag = strOrNull(row[8]);
    if (ag !== null) m.awardGrade = ag;
    const ms = num(r, 9);
    if (ms !== null) m.minScore = ms;
    const mv = num(r, 10);
    if (mv !== null) m.minVote = mv;
    plan.movements.push(m);
    byId.set(m.id, m);
  }
  const movementFor = (r: number, id: string): Movement | null => {
    const m = byId.get(id) ?? null;
    if (!m && plan.movements.length) {
      warn(r, 0, T.unknownMovement(`A${r + 1}`, id));
      return plan.movements[0];
    }
    return m;
  };
  for (const r of rowsOf(F.section)) {
    const row = grid[r];
    const m = movementFor(r, str(row[0]).trim());
    const form = str(row[1]).trim();
    if (!m || !form) continue;
    (m.formQuotas ??= []).push({ form, quota: quotaAt(r, 2, row[8]), quotaNote: strOrNull(row[7]) });
  }
  for (const r of rowsOf(T.section.criteria)) {
    const row = grid[r];
    const m = movementFor(r, str(row[0]).trim());
    const text = str(row[3]).trim();
    if (!m || !text) continue;
    const k = str(row[1]).trim().toLowerCase();
    (k.startsWith('cá') ? m.criteria.individual : k.startsWith('hộ') ? (m.criteria.household ??= []) : m.criteria.collective).push(text);
  }
  for (const r of rowsOf(T.section.deadlines)) {
    const row = grid[r];
    const scope = str(row[0]).trim();
    const dues = str(row[5]).split(';').map((s) => s.trim()).filter(Boolean);
    const lasts = str(row[6]).split(';').map((s) => s.trim()).filter(Boolean);
    const notesCell = strOrNull(row[7]);
    const d: Deadline = {
      text: str(row[1]),
      rule: (str(row[2]).trim() || 'external') as Deadline['rule'],
      inclusive: yes(row[3]),
      from: strOrNull(row[4]),
      dates: dues.map((due, k) => ({ due, lastOnTime: lasts[k] ?? due })),
    };
    if (notesCell !== null) d.notes = notesCell === NO_NOTES ? [] : notesCell.split('\n');
    if (scope === PLAN_SCOPE || scope === '') plan.deadlines.push(d);
    else movementFor(r, scope)?.deadlines.push(d);
  }
  const allocHead = (grid[(sections.get(T.section.allocations) ?? -2) + 1] ?? []).map((v) => str(v).trim());
  const formCol = allocHead.indexOf(F.allocationForm);
  const textCol = allocHead.indexOf(T.head.allocations[5]) >= 0 ? allocHead.indexOf(T.head.allocations[5]) : 5;
  for (const r of rowsOf(T.section.allocations)) {
    const row = grid[r];
    const a: Allocation = { group: str(row[0]), each: yes(row[1]), collective: num(r, 2), individual: num(r, 3), either: num(r, 4), text: str(row[textCol]) };
    const form = formCol >= 0 ? str(row[formCol]).trim() : '';
    if (form) a.form = form;
    plan.allocations.push(a);
  }
  if (sections.has(T.section.rubric)) {
    const rubric = { items: [] as RubricItem[], bonusMax: null as number | null, penaltyMax: null as number | null, total: null as number | null };
    for (const r of rowsOf(T.section.rubric)) {
      const row = grid[r];
      const label = str(row[1]).trim();
      if (str(row[0]).trim() === '' && label === T.bonus) rubric.bonusMax = num(r, 2);
      else if (str(row[0]).trim() === '' && label === T.penalty) rubric.penaltyMax = num(r, 2);
      else if (str(row[0]).trim() === '' && label === T.total) rubric.total = num(r, 2);
      else rubric.items.push({ id: str(row[0]).trim(), text: label, maxPoints: num(r, 2) ?? 0 });
    }
    plan.rubric = rubric;
  }
  for (const r of rowsOf(T.section.grades)) {
    const row = grid[r];
    plan.grades.push({ name: str(row[0]).trim(), minScore: num(r, 1) ?? 0, noZeroCriterion: yes(row[2]) });
  }
  if (sections.has(T.section.warnings)) {
    plan.warnings = rowsOf(T.section.warnings).map((r) => ({ line: num(r, 0), message: str(grid[r][1]) }));
  }
  return { plan, warnings };
}

/**
 * Printed layout of the "Kế hoạch" sheet. The cells are exactly planToGrid's (gridToPlan reads
 * them back); only widths, merges, wrapping, borders and heights are added. Long texts (criteria,
 * allocation sentences, notes, the plan's title) sit in their grid column and are merged to the
 * right edge of the table, so they wrap in a wide cell instead of a narrow one; a merged cell keeps
 * its value in its first cell, which is where gridToPlan reads it.
 */
const PLAN_WIDTH = 12;
const PLAN_COLUMN_WIDTHS = [16, 34, 10, 10, 10, 10, 12, 12, 10, 10, 10, 10];
/** Per section: the 1-based column whose text spans to the table's right edge, if any. */
const SPAN_FROM: Record<string, number | undefined> = {
  [T.section.general]: 2,
  [T.section.criteria]: 4,
  [T.section.deadlines]: 8,
  [T.section.allocations]: 7,
  [T.section.warnings]: 2,
};
/** Table width of each section (columns with a border). */
function sectionWidth(section: string): number {
  if (section === T.section.rubric) return T.head.rubric.length;
  if (section === T.section.grades) return T.head.grades.length;
  if (section === F.section) return F.head.length;
  return PLAN_WIDTH;
}

export function planOwnedSheet(plan: Plan): OwnedSheet {
  const grid = planToGrid(plan);
  const titles = SECTION_TITLES;
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  let section = '';
  let headerNext = false;
  const pad = (row: Out[], w: number): Out[] => [...row, ...new Array(Math.max(0, w - row.length)).fill(null)];
  const span = (r: number, from: number | undefined, row: Out[]) => {
    // Only where the cells to the right are empty, so no value is hidden under a merge.
    if (from === undefined || row.slice(from).some((v) => v !== null && v !== '')) return;
    merges.push(rangeRef(r, from, r, PLAN_WIDTH));
  };
  grid.forEach((row, i) => {
    const r = i + 1;
    const first = row[0];
    if (i === 0 || (typeof first === 'string' && titles.includes(first) && row.length === 1)) {
      const isTitle = i === 0;
      if (!isTitle) section = first as string;
      blocks.push({ row: r, col: 1, values: [row], bold: true, wrap: true, align: isTitle ? 'center' : 'left' });
      merges.push(rangeRef(r, 1, r, PLAN_WIDTH));
      // The general section has no header row: its rows are label / value pairs.
      headerNext = !isTitle && section !== T.section.general;
      return;
    }
    if (row.length === 0) return;
    const w = sectionWidth(section);
    if (headerNext) {
      headerNext = false;
      blocks.push({ row: r, col: 1, values: [pad(row, w)], bold: true, wrap: true, align: 'center', border: true });
      span(r, SPAN_FROM[section], row);
      return;
    }
    // Consecutive data rows of one section share a block (fewer host calls).
    const last = blocks[blocks.length - 1];
    const values = pad(row, w);
    if (last && !last.bold && last.row + last.values.length === r && last.values[0].length === w) last.values.push(values);
    else blocks.push({ row: r, col: 1, values: [values], wrap: true, border: true });
    span(r, SPAN_FROM[section], row);
  });
  return withRowHeights({
    name: PLAN_SHEET_NAME,
    blocks,
    columnWidths: PLAN_COLUMN_WIDTHS,
    merges,
    // Landscape: the movement table has twelve columns.
    print: { landscape: true, titleRows: null, fitToWidth: true },
    font: { name: 'Times New Roman', size: 12 },
    freezeRows: 0,
  });
}
