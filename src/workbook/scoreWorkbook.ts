// THE orchestration every adapter calls (CLI, Excel adapter, task pane, TDKT.BINHXET): header →
// rows → engine → result band + owned sheets + JSON. Adapters only read SheetData and apply the
// WritePlan, so every door gives the same answer for the same workbook.
import type { EngineResult, NominationInput, Plan, Settings, SheetWarning } from '../core/types';
import { UserError } from '../core/errors';
import { decide } from '../core/binhxet';
import { inputsOf } from '../core/table';
import { OWNED_SHEETS, WB } from '../core/text/workbook';
import { INTAKE_SHEETS } from '../core/text/intakeSheets';
import { SHEET_PICK_TEXT } from '../core/text/package';
import { HISTORY_SOURCE_TEXT } from '../core/text/history';
import type { CellValue, OwnedSheet, SheetData, WritePlan } from './model';
import { detectHeader, type HeaderDetection } from './header';
import { readNominationTable } from './rows';
import { buildBand } from './band';
import { buildSummarySheets } from './summarySheets';
import { toScoreJson, type HistoryJson, type ScoreJson } from './json';
import { planOwnedSheet, planToGrid } from './planSheet';
import { infoOwnedSheet, isInfoSheetName } from './infoSheet';
import { isHistorySheetName } from './historySheet';
import type { HistoryAppendPlan, RunHistory } from './historyRun';
import { isOwnedSheetName } from './sheetChoice';

export { chooseSheet, isOwnedSheetName, pickSheet, type SheetChoice } from './sheetChoice';

/** The "Kế hoạch" sheet: the plan as read, editable by the user (planSheet.ts owns its layout). */
function planSheet(plan: Plan): OwnedSheet | null {
  return planToGrid(plan).length ? planOwnedSheet(plan) : null;
}

export interface ScoreOptions {
  sheet?: string | null;
  /** A header mapping corrected by the user (task pane); detected when absent. */
  header?: HeaderDetection | null;
  /** "YYYY-MM-DD" printed on the summaries; none by default (no wall-clock time, for idempotence). */
  date?: string;
  /** Warnings about the sheet itself (chooseSheet's), put first in the result's warnings. */
  sheetWarnings?: SheetWarning[];
  /**
   * The award history's part of the run (historyRun.ts `runHistory` over historySource.ts: the
   * workbook's "Lịch sử khen thưởng" sheet, files given): the conditions of each nominee's form are
   * checked against it, the band shows each nominee's records, the statistics sheet is written.
   * Given by the adapter (none: no history), so this module does not load it.
   */
  history?: RunHistory | null;
  /** Append this year's final results to the workbook's history sheet (WritePlan.history). */
  appendHistory?: boolean;
  /** The decision number the appended records carry (the "Thông tin văn bản" sheet's "Số quyết định"). */
  decision?: string | null;
}

export interface ScoreOutcome {
  sheet: string;
  header: HeaderDetection;
  rows: NominationInput[];
  result: EngineResult;
  warnings: SheetWarning[];
  writePlan: WritePlan;
  json: ScoreJson;
  /** What the history did in this run (null without one and without an append). */
  history: HistoryJson | null;
}

/** Scores one nominations sheet. Throws UserError for what the user must fix. */
export function scoreSheet(data: SheetData, existingSheetNames: string[], plan: Plan, settings: Settings, opts: ScoreOptions = {}): ScoreOutcome {
  if (isOwnedSheetName(data.name)) throw new UserError(WB.ownedSheetPicked(data.name));
  if (isHistorySheetName(data.name)) throw new UserError(HISTORY_SOURCE_TEXT.historyIsNotList(data.name));
  const header = opts.header ?? detectHeader(data.values, plan);
  if (!header) throw new UserError(WB.noHeader(data.name));
  const year = settings.year ?? plan.year ?? null;
  const read = readNominationTable(data, header, plan, { year });
  if (read.table.length === 0) throw new UserError(WB.noRows(data.name, header.headerRow));
  const h = opts.history ?? null;
  const source = h?.source ?? null;
  // The index once per run, before the rows are checked against it.
  const decisions = decide(plan, read.table, settings, { history: source ? h!.engineHistory(settings, year) : null });
  const result = { nominations: decisions.results(), summary: decisions.summary };
  // The rows as objects only for a caller that asks (tests, a script); the writers need none.
  let inputs: NominationInput[] | null = null;
  const rows = () => (inputs ??= inputsOf(read.table));
  const forms = read.table.hasForms;
  const band = buildBand(data, header, read.lastRow, result.nominations, plan, { forms, history: source !== null });
  const sheets: OwnedSheet[] = buildSummarySheets(result, plan, data.name, opts.date);
  const ps = planSheet(plan);
  if (ps) sheets.push(ps);
  if (opts.appendHistory && !h) throw new Error('scoreSheet: appendHistory needs opts.history (historyRun.ts runHistory)');
  const append: HistoryAppendPlan | null = opts.appendHistory && h ? h.planAppend(data, header, read.lastRow, result.nominations, source, year, opts.decision ?? null) : null;
  const stats = h ? h.statsSheet(append?.records ?? []) : null;
  if (stats) sheets.push(stats);
  // Owned sheet names never collide with the scored sheet (checked above); existing owned sheets are
  // replaced by the adapter, which deletes every sheet named in `sheets` before recreating it.
  // "Thông tin văn bản" is the exception: the secretary fills it in, so it is only ever created, once,
  // blank, and first, so that later runs (which leave it where it is and append the others after
  // it) give the same order of sheets.
  if (!existingSheetNames.some(isInfoSheetName)) sheets.unshift(infoOwnedSheet());
  const warnings = [...(opts.sheetWarnings ?? []), ...read.warnings, ...(h ? h.warnings(year, append) : [])];
  // Without a received-date column no row can be checked for lateness: say it once, for the sheet.
  if (!header.columns.some((c) => c.field === 'received')) {
    warnings.unshift({ sheet: data.name, row: header.headerRow, column: null, message: WB.noReceivedColumn });
  }
  const history: HistoryJson | null = source || append
    ? {
        sources: source?.sources ?? [],
        records: source?.records.length ?? 0,
        sheet: append?.append?.sheet ?? source?.ownSheet ?? null,
        appended: append ? append.records.length : null,
        alreadyThere: append ? append.alreadyThere : null,
        noForm: append ? append.noForm : null,
      }
    : null;
  // The JSON only for a caller that asks (--json, the pane): at 50,000 rows it is a second copy of
  // every result, held while the workbook is written otherwise.
  let json: ScoreJson | null = null;
  return {
    sheet: data.name,
    header,
    get rows() {
      return rows();
    },
    result,
    warnings,
    writePlan: { band, sheets, history: append?.append ?? null },
    get json() {
      return (json ??= toScoreJson(data.name, header.headerRow, result, warnings, history));
    },
    history,
  };
}

/**
 * Guards the sheets an adapter is about to delete and recreate: a sheet with an owned name ("Kế
 * hoạch" is a common name for a user's own sheet, and a user may even use a "BX " name) is replaced
 * only when its A1 is the title Bình Xét writes there. Throws UserError naming the sheet otherwise.
 */
export function checkOwnedSheets(plan: WritePlan, existing: { name: string; a1: CellValue | undefined }[]): void {
  for (const s of plan.sheets) {
    const old = existing.find((e) => e.name === s.name);
    if (!old) continue;
    const title = s.blocks.find((b) => b.row === 1 && b.col === 1)?.values[0]?.[0] ?? null;
    const a1 = typeof old.a1 === 'string' ? old.a1.normalize('NFC').trim() : old.a1 ?? null;
    if (a1 !== title) throw new UserError(WB.foreignOwnedSheet(s.name));
  }
}
