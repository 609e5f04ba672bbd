// The owned sheets the secretary prints or sends: the summary (per movement × kind, per unit, per
// group, grades), the late list and the proposal list for the council. Laid out once here as
// OwnedSheet so the CLI and the Excel add-in print the same pages. No wall-clock time goes in: a
// date appears only when the caller gives one, so re-running gives the same workbook.
import type { EngineResult, NominationInput, NominationResult, Plan } from '../core/types';
import { KIND_LABEL } from '../core/text/status';
import { OWNED_SHEETS, WB } from '../core/text/workbook';
import type { CellBlock, OwnedSheet } from './model';
import { rangeRef } from './a1';

type V = string | number | boolean | null;

const FONT = { name: 'Times New Roman', size: 12 };
export const DATE_FORMAT = 'dd/mm/yyyy';

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

class Layout {
  blocks: CellBlock[] = [];
  merges: string[] = [];
  row = 1;
  constructor(private width: number) {}
  title(text: string, bold = true): void {
    this.blocks.push({ row: this.row, col: 1, values: [[text]], bold });
    this.merges.push(rangeRef(this.row, 1, this.row, this.width));
    this.row++;
  }
  line(values: V[], opts: Partial<CellBlock> = {}): number {
    this.blocks.push({ row: this.row, col: 1, values: [values], ...opts });
    return this.row++;
  }
  table(values: V[][], opts: Partial<CellBlock> = {}): void {
    if (values.length === 0) return;
    this.blocks.push({ row: this.row, col: 1, values, ...opts });
    this.row += values.length;
  }
  skip(n = 1): void {
    this.row += n;
  }
}

function movementName(plan: Plan, id: string | null): string {
  if (!id) return '';
  const m = plan.movements.find((x) => x.id === id);
  return m ? (m.id && plan.movements.length > 1 ? `${m.id}. ${m.name}` : m.name) : id;
}

function summarySheet(result: EngineResult, plan: Plan, sheet: string, date: string | undefined): OwnedSheet {
  const W = WB.byMovementHeaders.length;
  const L = new Layout(W);
  L.title(WB.summaryTitle);
  if (plan.title) L.title(plan.title, false);
  L.title(WB.sheetLine(sheet) + (date ? ` — ${WB.dateLine(isoToVN(date))}` : ''), false);
  L.skip();
  const s = result.summary;
  L.line([WB.byMovementTitle], { bold: true });
  L.line([...WB.byMovementHeaders], { bold: true, wrap: true });
  L.table(
    s.byMovement.map((m) => [
      m.movement,
      m.movementName,
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
    ]),
  );
  const t = s.totals;
  L.line([WB.totalsTitle, null, null, t.nominated, null, t.late, t.ineligible, t.review, t.tie, t.selected, null, null, null], { bold: true });
  L.skip();
  L.line([WB.byUnitTitle], { bold: true });
  L.line([...WB.byUnitHeaders], { bold: true, wrap: true });
  L.table(s.byUnit.map((u) => [u.unit, u.nominated, u.proposed, u.late, u.ineligible, u.review]));
  if (s.byGroup.length) {
    L.skip();
    L.line([WB.byGroupTitle], { bold: true });
    L.line([...WB.byGroupHeaders], { bold: true, wrap: true });
    L.table(s.byGroup.map((g) => [g.group, g.nominated, g.proposed, g.quota]));
  }
  const grades = Object.entries(s.grades);
  if (grades.length) {
    L.skip();
    L.line([WB.gradesTitle], { bold: true });
    L.line([...WB.gradeHeaders], { bold: true });
    // Bands best first, as the plan lists them.
    const order = plan.grades.map((g) => g.name);
    grades.sort((a, b) => (order.indexOf(a[0]) + 1 || 99) - (order.indexOf(b[0]) + 1 || 99));
    L.table(grades.map(([name, n]) => [name, n]));
  }
  return {
    name: OWNED_SHEETS.summary,
    blocks: L.blocks,
    columnWidths: [10, 40, 14, 10, 10, 9, 12, 10, 9, 12, 9, 9, 24],
    merges: L.merges,
    print: { landscape: true, titleRows: null, fitToWidth: true },
    font: FONT,
    freezeRows: 0,
  };
}

function lateSheet(result: EngineResult, plan: Plan): OwnedSheet {
  const W = WB.lateHeaders.length;
  const L = new Layout(W);
  L.title(WB.lateTitle);
  if (plan.title) L.title(plan.title, false);
  L.skip();
  const headerRow = L.line([...WB.lateHeaders], { bold: true, wrap: true });
  const late = result.nominations.filter((n) => n.late);
  if (late.length === 0) L.line([WB.noneLate]);
  const rows: V[][] = late.map((n, i) => [i + 1, n.name, n.unit, movementName(plan, n.movement), n.row, isoToSerial(n.received), isoToSerial(n.lastOnTime), n.daysLate]);
  const formats = rows.map(() => ['0', '@', '@', '@', '0', DATE_FORMAT, DATE_FORMAT, '0']);
  L.table(rows, { numberFormats: formats });
  return {
    name: OWNED_SHEETS.late,
    blocks: L.blocks,
    columnWidths: [6, 30, 28, 30, 7, 12, 12, 10],
    merges: L.merges,
    print: { landscape: true, titleRows: `${headerRow}:${headerRow}`, fitToWidth: true },
    font: FONT,
    freezeRows: headerRow,
  };
}

function proposalSheet(result: EngineResult, inputs: NominationInput[], plan: Plan, date: string | undefined): OwnedSheet {
  const W = WB.proposalHeaders.length;
  const L = new Layout(W);
  L.title(WB.proposalTitle);
  if (plan.title) L.title(plan.title, false);
  L.title(WB.proposalSubtitle, false);
  if (date) L.title(WB.dateLine(isoToVN(date)), false);
  L.skip();
  const headerRow = L.line([...WB.proposalHeaders], { bold: true, wrap: true });
  const position = new Map(inputs.map((r) => [r.row, r.position]));
  const kindOrder = (n: NominationResult) => (n.kind === 'collective' ? 0 : n.kind === 'individual' ? 1 : 2);
  const movOrder = (n: NominationResult) => {
    const i = plan.movements.findIndex((m) => m.id === n.movement);
    return i < 0 ? 999 : i;
  };
  const sorted = (list: NominationResult[]) =>
    [...list].sort((a, b) => movOrder(a) - movOrder(b) || kindOrder(a) - kindOrder(b) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.row - b.row);
  const rowsOf = (list: NominationResult[]) => {
    const kinds: (keyof typeof WB.kindGroup)[] = ['collective', 'individual'];
    let stt = 0;
    for (const kind of kinds) {
      const part = sorted(list.filter((n) => n.kind === kind));
      if (!part.length) continue;
      L.line([null, WB.kindGroup[kind]], { bold: true });
      const vals: V[][] = part.map((n) => [++stt, n.name, n.position ?? position.get(n.row) ?? null, n.unit, movementName(plan, n.movement), n.vote]);
      L.table(vals, { numberFormats: vals.map(() => ['0', '@', '@', '@', '@', '0.0%']) });
    }
  };
  const selected = result.nominations.filter((n) => n.status === 'selected');
  const tied = result.nominations.filter((n) => n.status === 'tie');
  if (!selected.length && !tied.length) L.line([null, WB.noneProposed]);
  rowsOf(selected);
  if (tied.length) {
    L.skip();
    L.line([null, WB.tieSection], { bold: true });
    rowsOf(tied);
  }
  return {
    name: OWNED_SHEETS.proposal,
    blocks: L.blocks,
    columnWidths: [6, 32, 22, 30, 34, 11],
    merges: L.merges,
    print: { landscape: false, titleRows: `${headerRow}:${headerRow}`, fitToWidth: true },
    font: FONT,
    freezeRows: headerRow,
  };
}

/** The three summary sheets, in the order they are added to the workbook. */
export function buildSummarySheets(result: EngineResult, inputs: NominationInput[], plan: Plan, sheet: string, date?: string): OwnedSheet[] {
  return [summarySheet(result, plan, sheet, date), lateSheet(result, plan), proposalSheet(result, inputs, plan, date)];
}
