// The owned sheets the secretary prints or sends: the summary (per movement × kind, per unit, per
// group, grades), the late list and the proposal list for the council. Laid out once here as
// OwnedSheet so the CLI and the Excel add-in print the same pages. No wall-clock time goes in: a
// date appears only when the caller gives one, so re-running gives the same workbook.
import type { EngineResult, NominationResult, Plan, SummaryRow } from '../core/types';
import { KIND_LABEL } from '../core/text/status';
import { OWNED_SHEETS, WB } from '../core/text/workbook';
import type { CellBlock, OwnedSheet } from './model';
import { rangeRef } from './a1';
import { withRowHeights } from './printLayout';
import { PRINT_TEXT } from '../core/text/print';
import { FORM_TEXT } from '../core/text/forms';

type V = string | number | boolean | null;

const FONT = { name: 'Times New Roman', size: 12 };
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Vote shares are fractions (0.95), printed as percentages. */
export const VOTE_FORMAT = '0.0%';

/** "YYYY-MM-DD" → Excel serial (epoch 1899-12-30); null for anything else. */
export function isoToSerial(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Math.round(t / 86400000) + 25569;
}

function isoToVN(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Lays a sheet top to bottom. Titles and section headings are merged across the table width, so
 * they stay on one line instead of wrapping in a narrow first column; tables get a header row
 * (bold, centred, wrapped) and thin borders, as a printed list has.
 */
export class Layout {
  blocks: CellBlock[] = [];
  merges: string[] = [];
  row = 1;
  constructor(private width: number) {}
  /** A line merged across the sheet: a centred title, or a left-aligned section heading. */
  title(text: string, bold = true, align: CellBlock['align'] = 'center'): number {
    this.blocks.push({ row: this.row, col: 1, values: [[text]], bold, wrap: true, align });
    this.merges.push(rangeRef(this.row, 1, this.row, this.width));
    return this.row++;
  }
  section(text: string): number {
    return this.title(text, true, 'left');
  }
  header(values: V[]): number {
    this.blocks.push({ row: this.row, col: 1, values: [values], bold: true, wrap: true, align: 'center', border: true });
    return this.row++;
  }
  line(values: V[], opts: Partial<CellBlock> = {}): number {
    this.blocks.push({ row: this.row, col: 1, values: [values], wrap: true, ...opts });
    return this.row++;
  }
  table(values: V[][], opts: Partial<CellBlock> = {}): void {
    if (values.length === 0) return;
    this.blocks.push({ row: this.row, col: 1, values, wrap: true, border: true, ...opts });
    this.row += values.length;
  }
  /** A table row whose first cells are merged (a "Tổng cộng" label across STT and name columns). */
  mergeCells(row: number, c1: number, c2: number): void {
    this.merges.push(rangeRef(row, c1, row, c2));
  }
  skip(n = 1): void {
    this.row += n;
  }
  sheet(name: string, columnWidths: number[], print: OwnedSheet['print'], freezeRows: number): OwnedSheet {
    return withRowHeights({ name, blocks: this.blocks, columnWidths, merges: this.merges, print, font: FONT, freezeRows });
  }
}

function movementName(plan: Plan, id: string | null): string {
  if (!id) return '';
  const m = plan.movements.find((x) => x.id === id);
  return m ? (m.id && plan.movements.length > 1 ? `${m.id}. ${m.name}` : m.name) : id;
}

/** Summary columns (landscape): A holds a movement number or STT, B the long names (movement, unit, group). */
const SUMMARY_WIDTHS = [7, 36, 10, 9, 9, 8, 10, 9, 9, 10, 8, 8, 20];

/** A line of counts per movement × kind (section I) or movement × form × kind (section V). */
function countsLine(first: string, second: string, m: SummaryRow): V[] {
  return [
    first,
    second,
    KIND_LABEL[m.kind],
    m.nominated,
    m.eligible,
    m.late,
    m.ineligible,
    m.review,
    m.tie,
    m.proposed,
    m.quota,
    m.placesLeft,
    m.note ?? (m.quota === null ? WB.unknownQuota : null),
  ];
}

function summarySheet(result: EngineResult, plan: Plan, sheet: string, date: string | undefined): OwnedSheet {
  const W = WB.byMovementHeaders.length;
  const L = new Layout(W);
  L.title(WB.summaryTitle);
  if (plan.title) L.title(plan.title, false);
  L.title(WB.sheetLine(sheet) + (date ? ` — ${WB.dateLine(isoToVN(date))}` : ''), false);
  L.skip();
  const s = result.summary;
  L.section(WB.byMovementTitle);
  L.header([...WB.byMovementHeaders]);
  L.table(s.byMovement.map((m) => countsLine(m.movement, m.movementName, m)));
  const t = s.totals;
  // "Tổng cộng" spans the number, name and kind columns, so it is never cut in the narrow column A.
  const totalRow = L.line([WB.totalsTitle, null, null, t.nominated, null, t.late, t.ineligible, t.review, t.tie, t.selected, null, null, null], { bold: true, border: true });
  L.mergeCells(totalRow, 1, 3);
  // Sections II–IV: STT in column A, the name in the wide column B, counts from column C on.
  L.skip();
  L.section(WB.byUnitTitle);
  L.header([PRINT_TEXT.stt, ...WB.byUnitHeaders]);
  L.table(s.byUnit.map((u, i) => [i + 1, u.unit, u.nominated, u.proposed, u.late, u.ineligible, u.review]));
  if (s.byGroup.length) {
    L.skip();
    L.section(WB.byGroupTitle);
    L.header([PRINT_TEXT.stt, ...WB.byGroupHeaders]);
    L.table(s.byGroup.map((g, i) => [i + 1, g.group, g.nominated, g.proposed, g.quota]));
  }
  const grades = Object.entries(s.grades);
  if (grades.length) {
    L.skip();
    L.section(WB.gradesTitle);
    L.header([PRINT_TEXT.stt, ...WB.gradeHeaders]);
    // Bands best first, as the plan lists them.
    const order = plan.grades.map((g) => g.name);
    grades.sort((a, b) => (order.indexOf(a[0]) + 1 || 99) - (order.indexOf(b[0]) + 1 || 99));
    L.table(grades.map(([name, n], i) => [i + 1, name, n]));
  }
  // With a history, section V counts "đạt khen cao" in a last column of its own.
  const high = s.forms.some((f) => f.highForm !== null);
  if (s.forms.length) {
    // Same columns as section I, the form in the wide column B.
    L.skip();
    L.section(FORM_TEXT.summaryTitle);
    L.header(high ? [...FORM_TEXT.summaryHeaders, FORM_TEXT.highFormHeader] : [...FORM_TEXT.summaryHeaders]);
    L.table(s.forms.map((f) => (high ? [...countsLine(f.movement, f.form ?? FORM_TEXT.noForm, f), f.highForm] : countsLine(f.movement, f.form ?? FORM_TEXT.noForm, f))));
    if (high) L.title(FORM_TEXT.highFormNote, false, 'left');
  }
  const widths = high ? [...SUMMARY_WIDTHS, 10] : SUMMARY_WIDTHS;
  return L.sheet(OWNED_SHEETS.summary, widths, { landscape: true, titleRows: null, fitToWidth: true }, 0);
}

function lateSheet(result: EngineResult, plan: Plan): OwnedSheet {
  const W = WB.lateHeaders.length;
  const L = new Layout(W);
  L.title(WB.lateTitle);
  if (plan.title) L.title(plan.title, false);
  L.skip();
  const headerRow = L.header([...WB.lateHeaders]);
  const late = result.nominations.filter((n) => n.late);
  if (late.length === 0) {
    const r = L.line([WB.noneLate], { border: true });
    L.mergeCells(r, 1, W);
  }
  const rows: V[][] = late.map((n, i) => [i + 1, n.name, n.unit, movementName(plan, n.movement), n.row, isoToSerial(n.received), isoToSerial(n.lastOnTime), n.daysLate]);
  const formats = rows.map(() => ['0', '@', '@', '@', '0', DATE_FORMAT, DATE_FORMAT, '0']);
  L.table(rows, { numberFormats: formats });
  // Landscape: eight columns, three of them names, read best on a wide page.
  return L.sheet(OWNED_SHEETS.late, [6, 28, 26, 30, 7, 12, 12, 9], { landscape: true, titleRows: `${headerRow}:${headerRow}`, fitToWidth: true }, headerRow);
}

function proposalSheet(result: EngineResult, plan: Plan, date: string | undefined): OwnedSheet {
  const W = WB.proposalHeaders.length;
  const L = new Layout(W);
  L.title(WB.proposalTitle);
  if (plan.title) L.title(plan.title, false);
  L.title(WB.proposalSubtitle, false);
  if (date) L.title(WB.dateLine(isoToVN(date)), false);
  L.skip();
  const headerRow = L.header([...WB.proposalHeaders]);
  const kindOrder = (n: NominationResult) => (n.kind === 'collective' ? 0 : n.kind === 'individual' ? 1 : 2);
  const movOrder = (n: NominationResult) => {
    const i = plan.movements.findIndex((m) => m.id === n.movement);
    return i < 0 ? 999 : i;
  };
  const sorted = (list: NominationResult[]) =>
    [...list].sort((a, b) => movOrder(a) - movOrder(b) || kindOrder(a) - kindOrder(b) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.row - b.row);
  // A group line ("TẬP THỂ", a note) spans the columns after STT.
  const spanning = (text: string, bold: boolean) => {
    const r = L.line([null, text], { bold, border: true });
    L.mergeCells(r, 2, W);
  };
  const kindsOf = (list: NominationResult[]) => {
    const kinds: (keyof typeof WB.kindGroup)[] = ['collective', 'individual'];
    let stt = 0;
    for (const kind of kinds) {
      const part = sorted(list.filter((n) => n.kind === kind));
      if (!part.length) continue;
      spanning(WB.kindGroup[kind], true);
      const vals: V[][] = part.map((n) => [++stt, n.name, n.position ?? null, n.unit, movementName(plan, n.movement), n.vote]);
      L.table(vals, { numberFormats: vals.map(() => ['0', '@', '@', '@', '@', VOTE_FORMAT]) });
    }
  };
  // With award forms, one part per form (as offices send one list per form), numbered afresh.
  const rowsOf = (list: NominationResult[]) => {
    const forms = formOrder(plan, list);
    if (forms.length === 0) return kindsOf(list);
    for (const form of forms) {
      spanning(form ?? FORM_TEXT.noForm, true);
      kindsOf(list.filter((n) => (n.formName ?? null) === form));
    }
  };
  const selected = result.nominations.filter((n) => n.status === 'selected');
  const tied = result.nominations.filter((n) => n.status === 'tie');
  if (!selected.length && !tied.length) spanning(WB.noneProposed, false);
  rowsOf(selected);
  if (tied.length) {
    L.skip();
    L.section(WB.tieSection);
    rowsOf(tied);
  }
  // Portrait, as a list sent with a tờ trình is: six columns fit the width once long names wrap.
  return L.sheet(OWNED_SHEETS.proposal, [5, 24, 15, 25, 28, 10], { landscape: false, titleRows: `${headerRow}:${headerRow}`, fitToWidth: true }, headerRow);
}

/** The forms the rows were ranked under: the plan's order first, then as they appear; none without forms. */
function formOrder(plan: Plan, list: NominationResult[]): (string | null)[] {
  if (!list.some((n) => n.formName)) return [];
  const inPlan = plan.movements.flatMap((m) => (m.formQuotas ?? []).map((f) => f.form));
  const named = new Set(list.map((n) => n.formName ?? null));
  return [...new Set([...inPlan, ...list.map((n) => n.formName ?? null)])].filter((f) => named.has(f));
}

/** The three summary sheets, in the order they are added to the workbook. */
export function buildSummarySheets(result: EngineResult, plan: Plan, sheet: string, date?: string): OwnedSheet[] {
  return [summarySheet(result, plan, sheet, date), lateSheet(result, plan), proposalSheet(result, plan, date)];
}
