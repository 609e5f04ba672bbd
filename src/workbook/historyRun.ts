// The award history's part of one bình xét (scoreSheet calls it; every door gives the same answer):
// the index built once for the engine's check stage, this year's final results as rows to append to
// the workbook's "Lịch sử khen thưởng" sheet, and the multi-year statistics sheet.
//
// Choices:
// - The final results are the band's "Bình Xét: Kết quả" as the council left it (a re-run keeps
//   "Hội đồng đề nghị" / "Hội đồng không đề nghị"), else the engine's "Đề nghị khen thưởng": the
//   same reading as the paperwork's (councilMarks.ts). A tie the council has not decided is not
//   recorded.
// - Each record carries the form the row was ranked under (the plan's name when it matched one,
//   else the text as written) and the decision number of the "Thông tin văn bản" sheet when the
//   secretary has filled it in. A record the sheet already has (the same person, year and form) is
//   not written again, so appending twice adds nothing.
// - The statistics count every record read plus those appended, so the sheet after an append is
//   the one the next run writes again.
import type { NominationResult, Settings, SheetWarning } from '../core/types';
import { UserError } from '../core/errors';
import { buildHistoryIndex, type HistoryRecord } from '../core/history/historyIndex';
import { recordsFromResults, type ResultRow } from '../core/history/fromResults';
import { historyStats } from '../core/history/stats';
import { ruleSwitch } from '../core/forms/rules';
import type { EngineHistory } from '../core/binhxet';
import { HISTORY_SOURCE_TEXT as T } from '../core/text/history';
import type { OwnedSheet, SheetData } from './model';
import type { HeaderDetection } from './header';
import { councilMarks } from './band';
import { councilDecision, isAwarded } from './councilMarks';
import { historyStatsSheet, planHistoryAppend, type HistoryAppend } from './historyWrite';
import type { HistorySource } from './historySource';

/** The engine's view of the history: the index (unit aliases applied), the year, the rules on. */
export function engineHistory(source: HistorySource, settings: Settings, year: number | null): EngineHistory {
  return { index: buildHistoryIndex(source.records, { unitAliases: settings.unitAliases }), year, on: ruleSwitch(settings) };
}

/** What the append step does: the rows to write, and what it left out. */
export interface HistoryAppendPlan {
  append: HistoryAppend | null;
  records: HistoryRecord[];
  alreadyThere: number;
  noForm: number;
}

/** Whether row n is on the final list: the council's mark on the band when there is one, else the engine's status. */
function finalResults(data: SheetData, header: HeaderDetection, lastRow: number, results: readonly NominationResult[]): ResultRow[] {
  const marks = councilMarks(data, header.headerRow, lastRow);
  const out: ResultRow[] = [];
  for (const n of results) {
    const mark = marks.get(n.row);
    const awarded = mark !== undefined ? isAwarded(councilDecision(mark)) : n.status === 'selected';
    if (awarded) out.push({ name: n.name, unit: n.unit, kind: n.kind, status: 'selected', form: n.formName ?? n.form ?? null });
  }
  return out;
}

/** This year's final results as rows below the workbook's history sheet (or a new one). */
export function planAppend(
  data: SheetData,
  header: HeaderDetection,
  lastRow: number,
  results: readonly NominationResult[],
  source: HistorySource | null,
  year: number | null,
  decision: string | null,
): HistoryAppendPlan {
  if (year === null) throw new UserError(T.appendNeedsYear);
  const own = source?.own ?? null;
  // A sheet of the history's name that could not be read: never a second sheet beside it.
  if (!own && source?.ownSheet) throw new UserError(T.ownNoHeader(source.ownSheet));
  const existing = own ? buildHistoryIndex(own.records) : null;
  const fresh = recordsFromResults(finalResults(data, header, lastRow, results), year, existing, decision);
  const append = own || fresh.records.length > 0 ? planHistoryAppend(own, fresh.records) : null;
  return { append, records: fresh.records, alreadyThere: fresh.alreadyThere, noForm: fresh.noForm };
}

/** The statistics sheet over the history read and the records appended. */
export function statsSheet(source: HistorySource | null, appended: readonly HistoryRecord[]): OwnedSheet | null {
  const records = [...(source?.records ?? []), ...appended];
  if (!source && appended.length === 0) return null;
  return historyStatsSheet(historyStats(records));
}

/**
 * The history's part of a run, handed to scoreSheet by the adapter: scoreSheet imports none of
 * it, so the task pane loads it (with `import()`) only for a workbook that has a history or when
 * the append step is asked for, and its first screen does not carry it.
 */
export interface RunHistory {
  /** The history read (null: none, as when the append step adds the sheet). */
  source: HistorySource | null;
  engineHistory(settings: Settings, year: number | null): EngineHistory;
  planAppend: typeof planAppend;
  statsSheet(appended: readonly HistoryRecord[]): OwnedSheet | null;
  warnings(year: number | null, plan: HistoryAppendPlan | null): SheetWarning[];
}

export function runHistory(source: HistorySource | null): RunHistory {
  return {
    source,
    engineHistory: (settings, year) => engineHistory(source!, settings, year),
    planAppend,
    statsSheet: (appended) => statsSheet(source, appended),
    warnings: (year, plan) => historyWarnings(source, year, plan),
  };
}

/** The notes a run with a history adds to its warnings. */
export function historyWarnings(source: HistorySource | null, year: number | null, plan: HistoryAppendPlan | null): SheetWarning[] {
  const out: SheetWarning[] = [...(source?.warnings ?? [])];
  const sheet = source?.sources[0] ?? '';
  if (source && year === null) out.push({ sheet, row: null, column: null, message: T.noYearChecked });
  if (plan && plan.noForm > 0) out.push({ sheet: plan.append?.sheet ?? sheet, row: null, column: null, message: T.appendedNoForm(plan.noForm) });
  return out;
}
