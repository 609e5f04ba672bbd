// One bình xét on a workbook: read the plan and the workbook, score the chosen sheet, write the
// result beside it (or print JSON). Shared by `binhxet score` and `binhxet demo`.
import * as path from 'path';
import type { Plan, Settings, SheetWarning, UnitAlias } from '../core/types';
import { UserError } from '../core/errors';
import { DEFAULT_SETTINGS } from '../core/types';
import { KIND_LABEL } from '../core/text/status';
import { SCORE_TEXT } from '../core/text/workbook';
import { PKG_TEXT, SHEET_PICK_TEXT } from '../core/text/package';
import { HISTORY_CLI_TEXT, HISTORY_SHEET_NAME, HISTORY_SOURCE_TEXT } from '../core/text/history';
import type { SheetData } from '../workbook/model';
import { checkOwnedSheets, chooseSheet, scoreSheet, type ScoreOutcome } from '../workbook/scoreWorkbook';
import { historyFromFile, mergeHistories, ownHistory, type HistorySource } from '../workbook/historySource';
import { runHistory } from '../workbook/historyRun';
import { isInfoSheetName, readInfoSheet } from '../workbook/infoSheet';
import type { Io } from './command';
import { loadPlan } from './loadPlan';
import { checkOutputType, defaultOutput, openWorkbookFile, WORKBOOK_EXT } from './workbookFile';

export interface ScoreRun {
  workbook: string;
  plan: string;
  sheet: string | null;
  output: string | null;
  json: boolean;
  year: number | null;
  deadline: string | null;
  shiftDaysOff: boolean;
  participants: Settings['participants'];
  /** An award history besides the workbook's own "Lịch sử khen thưởng" sheet (--history FILE.xlsx). */
  history?: string | null;
  /** Append this year's final results to the workbook's history sheet (--ghi-lich-su). */
  appendHistory?: boolean;
  /** The rules of the forms catalogue switched on or off (--rule ID=on|off,…). */
  formRules?: Record<string, boolean>;
  /** Units renamed or merged (--unit-alias "CŨ=MỚI;…"). */
  unitAliases?: UnitAlias[];
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function summaryText(o: ScoreOutcome): string {
  const lines: string[] = [SCORE_TEXT.heading(o.sheet, o.header.headerRow, o.result.nominations.length), ''];
  const rows = o.result.summary.byMovement.map((m) => [
    m.movement,
    KIND_LABEL[m.kind],
    `${m.proposed} / ${m.quota === null ? SCORE_TEXT.unknown : m.quota}`,
    String(m.late),
    String(m.ineligible),
    String(m.review),
    String(m.tie),
  ]);
  const table = [SCORE_TEXT.tableHeaders, ...rows];
  const widths = SCORE_TEXT.tableHeaders.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table) lines.push(r.map((c, i) => pad(c, widths[i])).join('  ').trimEnd());
  const t = o.result.summary.totals;
  lines.push('', SCORE_TEXT.totals(t.nominated, t.selected, t.tie, t.over_quota, t.late, t.ineligible, t.review));
  if (o.warnings.length) lines.push(SCORE_TEXT.warnings(o.warnings.length));
  return lines.join('\n') + '\n';
}

/**
 * Picks the sheet and scores it; checks the owned sheets the write would replace. Its own function
 * so that nothing of the sheets' grids outlives it: the caller drops them before writing.
 */
function scoreOpened(sheets: SheetData[], run: ScoreRun, plan: Plan, writeFile: boolean, extra: HistorySource | null): { outcome: ScoreOutcome; notes: SheetWarning[] } {
  const choice = chooseSheet(sheets, run.sheet, plan);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    year: run.year ?? plan.year ?? null,
    deadlineOverride: run.deadline,
    shiftDaysOff: run.shiftDaysOff,
    participants: run.participants,
    ...(run.formRules ? { formRules: run.formRules } : {}),
    ...(run.unitAliases ? { unitAliases: run.unitAliases } : {}),
  };
  const info = sheets.find((s) => isInfoSheetName(s.name));
  const outcome = scoreSheet(
    sheets.find((s) => s.name === choice.name)!,
    sheets.map((s) => s.name),
    plan,
    settings,
    {
      sheetWarnings: choice.warnings,
      history: runHistory(mergeHistories([ownHistory(sheets), extra])),
      appendHistory: run.appendHistory === true,
      decision: info ? readInfoSheet(info.values).values.qdNumber ?? null : null,
    },
  );
  if (writeFile) {
    checkOwnedSheets(
      outcome.writePlan,
      sheets.map((s) => ({ name: s.name, a1: s.values[0]?.[0] })),
    );
  }
  return { outcome, notes: choice.warnings };
}

/** Runs one bình xét: shared by `score` and `demo`. */
export async function runScore(run: ScoreRun, io: Io): Promise<number> {
  const input = path.resolve(io.cwd, run.workbook);
  const planFile = path.resolve(io.cwd, run.plan);
  const plan = await loadPlan(planFile, run.year, run.shiftDaysOff);
  const writeFile = !run.json || run.output !== null;
  const out = run.output !== null ? path.resolve(io.cwd, run.output) : defaultOutput(input);
  if (writeFile) checkOutputType(input, out);
  if (run.appendHistory && !writeFile) throw new UserError(HISTORY_CLI_TEXT.appendNeedsOutput);
  // A history file is read whole, then only its records are kept.
  const extra = run.history ? readHistoryFile(path.resolve(io.cwd, run.history)) : null;
  const wb = openWorkbookFile(input);
  const { outcome, notes } = scoreOpened(wb.sheets, run, plan, writeFile, extra);
  // The grids are read into the table and the band: writing 50,000 rows does not need them too.
  wb.release();
  // Which sheet was taken, and why, also where a person reads it.
  for (const w of notes) io.err(SHEET_PICK_TEXT.note(w.message) + '\n');
  if (writeFile) wb.write(outcome.writePlan, out);
  if (run.json) io.out(JSON.stringify(outcome.json, null, 2) + '\n');
  else io.out(summaryText(outcome) + historyText(outcome) + SCORE_TEXT.written(out) + '\n');
  return 0;
}

function readHistoryFile(file: string): HistorySource {
  if (!WORKBOOK_EXT.test(file)) throw new UserError(PKG_TEXT.notWorkbookName(file));
  const wb = openWorkbookFile(file);
  const h = historyFromFile(wb.sheets, path.basename(file));
  wb.release();
  return h;
}

/** What the history did, for a person reading the summary. */
function historyText(o: ScoreOutcome): string {
  const h = o.history;
  if (!h) return '';
  const lines: string[] = [];
  if (h.sources.length) lines.push(HISTORY_CLI_TEXT.read(h.records, h.sources));
  if (h.appended !== null) lines.push(HISTORY_SOURCE_TEXT.appended(h.appended, h.sheet ?? HISTORY_SHEET_NAME, h.alreadyThere ?? 0, h.noForm ?? 0));
  return lines.map((l) => l + '\n').join('');
}
