// One bình xét on a workbook: read the plan and the workbook, score the chosen sheet, write the
// result beside it (or print JSON). Shared by `binhxet score` and `binhxet demo`.
import * as path from 'path';
import type { Plan, Settings, SheetWarning } from '../core/types';
import { DEFAULT_SETTINGS } from '../core/types';
import { KIND_LABEL } from '../core/text/status';
import { SCORE_TEXT } from '../core/text/workbook';
import { SHEET_PICK_TEXT } from '../core/text/package';
import type { SheetData } from '../workbook/model';
import { checkOwnedSheets, chooseSheet, scoreSheet, type ScoreOutcome } from '../workbook/scoreWorkbook';
import type { Io } from './command';
import { loadPlan } from './loadPlan';
import { checkOutputType, defaultOutput, openWorkbookFile } from './workbookFile';

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
function scoreOpened(sheets: SheetData[], run: ScoreRun, plan: Plan, writeFile: boolean): { outcome: ScoreOutcome; notes: SheetWarning[] } {
  const choice = chooseSheet(sheets, run.sheet, plan);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    year: run.year ?? plan.year ?? null,
    deadlineOverride: run.deadline,
    shiftDaysOff: run.shiftDaysOff,
    participants: run.participants,
  };
  const outcome = scoreSheet(
    sheets.find((s) => s.name === choice.name)!,
    sheets.map((s) => s.name),
    plan,
    settings,
    { sheetWarnings: choice.warnings },
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
  const wb = openWorkbookFile(input);
  const { outcome, notes } = scoreOpened(wb.sheets, run, plan, writeFile);
  // The grids are read into the table and the band: writing 50,000 rows does not need them too.
  wb.release();
  // Which sheet was taken, and why, also where a person reads it.
  for (const w of notes) io.err(SHEET_PICK_TEXT.note(w.message) + '\n');
  if (writeFile) wb.write(outcome.writePlan, out);
  if (run.json) io.out(JSON.stringify(outcome.json, null, 2) + '\n');
  else io.out(summaryText(outcome) + SCORE_TEXT.written(out) + '\n');
  return 0;
}
