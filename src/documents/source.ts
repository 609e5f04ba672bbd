// Where the documents' facts come from, read from the workbook's sheets as an adapter hands them
// over (host-free: the CLI and the task pane call the same function):
// - the plan: the one given (--plan, the pane's plan step), else the "Kế hoạch" sheet Bình Xét wrote;
// - the list: the nominations sheet read as bình xét reads it (header, rows, the engine's movement
//   and kind for each row), the result column "Bình Xét: Kết quả" as the council left it deciding
//   who is in: "Đề nghị khen thưởng" and "Hội đồng đề nghị" are in, "Hội đồng không đề nghị" (or
//   "Không đề nghị") is out and recorded as the council's decision, a remaining "Đồng hạng tại
//   ngưỡng" is a tie the council has not decided; without that column, the engine's own results;
// - the form: the sheet's form column when it has one ("Hình thức khen thưởng đề nghị"), else null;
// - what only the secretary knows: the "Thông tin văn bản" sheet.
import type { NominationResult, Plan } from '../core/types';
import { DEFAULT_SETTINGS } from '../core/types';
import { UserError } from '../core/errors';
import { decide } from '../core/binhxet';
import { foldKey } from '../core/normalize';
import { BAND_HEADERS, WB } from '../core/text/workbook';
import { VANBAN_TEXT } from '../core/text/documents';
import { councilDecision, type ResultDecision } from '../workbook/councilMarks';
import type { CellValue, SheetData } from '../workbook/model';
import { cellText } from '../workbook/cell';
import { cellRef } from '../workbook/a1';
import { detectHeader, type HeaderDetection } from '../workbook/header';
import { readNominationTable } from '../workbook/rows';
import { pickSheet } from '../workbook/scoreWorkbook';
import { gridToPlan, PLAN_SHEET_NAME } from '../workbook/planSheet';
import type { Awardee, PlanFacts } from './model';
import type { InfoValues } from './fields';
import { isInfoSheetName, readInfoSheet } from '../workbook/infoSheet';
import { groupAwardees } from './groups';
import type { DocContext } from './context';

export interface SourceOptions {
  /** The plan given by the caller; null: the "Kế hoạch" sheet. */
  plan?: Plan | null;
  /** The nominations sheet; null: the first sheet with a nominations header (as bình xét picks it). */
  sheet?: string | null;
}

export interface DocumentSource {
  ctx: DocContext;
  sheet: string;
  /** 'form' when the list has a form column (one list per form and kind), else 'kind'. */
  grouping: 'form' | 'kind';
  /** Whether the workbook has the "Thông tin văn bản" sheet. */
  infoSheet: boolean;
  /** Vietnamese notes for the secretary: cells not understood, ties not decided, rows left out. */
  warnings: string[];
}

type Decision = ResultDecision;

export { councilDecision };

const fold = (s: string) => foldKey(s);

function engineDecision(n: NominationResult): Decision {
  return n.status === 'selected' ? 'in' : n.status === 'tie' ? 'pending' : 'out';
}

/** The plan from the caller, else from the "Kế hoạch" sheet. */
function planOf(sheets: SheetData[], given: Plan | null | undefined): Plan {
  if (given) return given;
  const sheet = sheets.find((s) => s.name === PLAN_SHEET_NAME);
  if (!sheet) throw new UserError(VANBAN_TEXT.noPlan);
  const { plan } = gridToPlan(sheet.values);
  if (plan.movements.length === 0) throw new UserError(VANBAN_TEXT.noPlan);
  return plan;
}

/** The plan's facts the documents cite (number and date when the plan reader gives them). */
export function planFacts(plan: Plan): PlanFacts {
  const extra = plan as Plan & { number?: string | null; date?: string | null };
  return { title: plan.title, issuer: plan.issuer, year: plan.year, number: extra.number ?? null, date: extra.date ?? null };
}

/** A column of the header row whose text is `text` (the result band's own headers). */
function columnOf(data: SheetData, header: HeaderDetection, text: string): number | null {
  const row = data.values[header.headerRow - 1] ?? [];
  for (let c = 0; c < row.length; c++) if (cellText(row[c]) === text) return c + 1;
  return null;
}

/** The user's form column ("Hình thức khen thưởng đề nghị", "Danh hiệu đề nghị"), if the table has one. */
function formColumn(data: SheetData, header: HeaderDetection): number | null {
  for (let r = header.headerRow; r < header.headerRow + Math.min(header.headerRows, 2); r++) {
    const row = data.values[r - 1] ?? [];
    for (let c = 1; c <= header.lastCol; c++) {
      const k = fold(cellText(row[c - 1]));
      if (/^(hinh thuc( khen thuong)?|danh hieu)( thi dua)?( de nghi)?$/.test(k)) return c;
    }
  }
  return null;
}

const cellAt = (data: SheetData, row: number, col: number): CellValue => data.values[row - 1]?.[col - 1] ?? null;

export function readDocumentSource(sheets: SheetData[], opts: SourceOptions = {}): DocumentSource {
  const plan = planOf(sheets, opts.plan);
  const lists = sheets.filter((s) => !isInfoSheetName(s.name));
  const name = pickSheet(lists, opts.sheet ?? null, plan);
  const data = lists.find((s) => s.name === name)!;
  const header = detectHeader(data.values, plan);
  if (!header) throw new UserError(WB.noHeader(name));
  const year = plan.year ?? null;
  const read = readNominationTable(data, header, plan, { year });
  const results = decide(plan, read.table, { ...DEFAULT_SETTINGS, year }).results();
  const warnings: string[] = [];
  const statusCol = columnOf(data, header, BAND_HEADERS.status);
  const rankCol = columnOf(data, header, BAND_HEADERS.rank);
  if (statusCol === null) warnings.push(VANBAN_TEXT.noResultColumn(name));
  const formCol = formColumn(data, header);
  const movementOrder = (id: string | null) => {
    const i = plan.movements.findIndex((m) => m.id === id);
    return i < 0 ? 1e6 : i;
  };

  const awardees: Awardee[] = [];
  const removed: Awardee[] = [];
  const pending: Awardee[] = [];
  for (const n of results) {
    let decision: Decision;
    if (statusCol === null) decision = engineDecision(n);
    else {
      const text = cellText(cellAt(data, n.row, statusCol));
      decision = councilDecision(text);
      if (decision === 'unknown') warnings.push(text === '' ? VANBAN_TEXT.emptyResult(cellRef(n.row, statusCol)) : VANBAN_TEXT.unknownResult(cellRef(n.row, statusCol), text));
    }
    if (decision === 'out' || decision === 'unknown') continue;
    const engineForm = (n as NominationResult & { form?: string | null }).form;
    const sheetForm = formCol === null ? '' : cellText(cellAt(data, n.row, formCol));
    const bandRank = rankCol === null ? null : cellAt(data, n.row, rankCol);
    if (n.kind === null) {
      if (decision !== 'removed') warnings.push(VANBAN_TEXT.noKind(n.row, n.name ?? ''));
      continue;
    }
    const a: Awardee = {
      row: n.row,
      name: n.name ?? '',
      position: n.position ?? null,
      unit: n.unit,
      kind: n.kind,
      movement: n.movement,
      movementName: plan.movements.find((m) => m.id === n.movement)?.name ?? null,
      vote: n.vote,
      form: engineForm ?? (sheetForm === '' ? null : sheetForm),
      rank: typeof bandRank === 'number' ? bandRank : n.rank,
      council: decision === 'added' ? 'added' : decision === 'removed' ? 'removed' : null,
    };
    if (decision === 'removed') removed.push(a);
    else if (decision === 'pending') {
      pending.push(a);
      warnings.push(VANBAN_TEXT.pendingTie(n.row, a.name));
    } else awardees.push(a);
  }
  // The proposal sheet's order: movement as the plan lists them, then rank, then row (kinds are split by the groups).
  awardees.sort((a, b) => movementOrder(a.movement) - movementOrder(b.movement) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.row - b.row);
  if (awardees.length === 0) warnings.push(VANBAN_TEXT.noneProposed);

  const infoData = sheets.find((s) => isInfoSheetName(s.name));
  let info: InfoValues = {};
  if (infoData) {
    const r = readInfoSheet(infoData.values, infoData.date1904);
    info = r.values;
    warnings.push(...r.warnings);
  } else warnings.push(VANBAN_TEXT.noInfoSheet);

  return {
    ctx: { info, plan: planFacts(plan), awardees, removed, pending, groups: groupAwardees(awardees) },
    sheet: name,
    grouping: formCol !== null || awardees.some((a) => a.form !== null) ? 'form' : 'kind',
    infoSheet: !!infoData,
    warnings,
  };
}
