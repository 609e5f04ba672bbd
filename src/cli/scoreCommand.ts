// `binhxet score WORKBOOK.xlsx --plan FILE …`: bình xét on a workbook. The input file is never
// written unless -o names it; the default output is `<input>-ketqua.xlsx` beside the input.
// With --json the result goes to stdout as JSON and the workbook is written only when -o is given
// (a script asking for JSON should not find files appearing beside its input).
import * as fs from 'fs';
import * as path from 'path';
import type { Plan, Settings, SheetWarning, UnitAlias } from '../core/types';
import type { SheetData } from '../workbook/model';
import { DEFAULT_SETTINGS } from '../core/types';
import { UserError } from '../core/errors';
import { KIND_LABEL } from '../core/text/status';
import { SCORE_TEXT } from '../core/text/workbook';
import { readPlanFile } from '../plan/index';
import { PKG_TEXT, SHEET_PICK_TEXT } from '../core/text/package';
import { checkOwnedSheets, chooseSheet, scoreSheet, type ScoreOutcome } from '../workbook/scoreWorkbook';
import { historyFromFile, mergeHistories, ownHistory, type HistorySource } from '../workbook/historySource';
import { runHistory } from '../workbook/historyRun';
import { isInfoSheetName, readInfoSheet } from '../workbook/infoSheet';
import { listRules } from '../core/forms/rules';
import { HISTORY_CLI_TEXT, HISTORY_SHEET_NAME, HISTORY_SOURCE_TEXT } from '../core/text/history';
import type { Command, Io } from './main';
import { flagString, flagYear, parseArgs, rejectUnknown } from './args';
import { checkOutputType, defaultOutput, openWorkbookFile, WORKBOOK_EXT } from './workbookFile';

const VALUED = ['plan', 'sheet', 'deadline', 'year', 'participants', 'output', 'history', 'rule', 'unit-alias'];
const KNOWN = [...VALUED, 'json', 'shift-days-off', 'ghi-lich-su'];

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

/** "--rule chien-si-thi-dua-cap-tinh.d22=on,lao-dong-tien-tien.mot-thanh-tich=off" → the settings' choices. */
export function parseRules(v: string | null): Record<string, boolean> | undefined {
  if (v === null) return undefined;
  const known = new Set(listRules().map((r) => r.id));
  const out: Record<string, boolean> = {};
  for (const part of v.split(',')) {
    const m = /^\s*([\w.-]+)\s*=\s*(on|off|bật|tắt|bat|tat)\s*$/iu.exec(part.normalize('NFC'));
    if (!m) throw new UserError(HISTORY_CLI_TEXT.badRule(part.trim()));
    if (!known.has(m[1])) throw new UserError(HISTORY_CLI_TEXT.unknownRule(m[1]));
    out[m[1]] = /^(on|bật|bat)$/iu.test(m[2]);
  }
  return out;
}

/** "--unit-alias 'Trung tâm Y tế huyện Long Điền=Trung tâm Y tế khu vực Long Điền;…'" → old → new names. */
export function parseUnitAliases(v: string | null): UnitAlias[] | undefined {
  if (v === null) return undefined;
  return v.split(';').filter((p) => p.trim()).map((part) => {
    const [from, to, ...more] = part.split('=');
    if (!from?.trim() || !to?.trim() || more.length) throw new UserError(HISTORY_CLI_TEXT.badAlias(part.trim()));
    return { from: from.trim(), to: to.trim() };
  });
}

export function parseParticipants(v: string | null): Settings['participants'] {
  const out: Settings['participants'] = { collective: null, individual: null };
  if (v === null) return out;
  for (const part of v.split(/[,;]/)) {
    const m = /^\s*(TT|CN|tập thể|cá nhân)\s*[=:]\s*(\d+)\s*$/iu.exec(part.normalize('NFC'));
    if (!m) throw new UserError(SCORE_TEXT.badParticipants(v));
    const k = m[1].toLowerCase();
    if (k === 'tt' || k === 'tập thể') out.collective = Number(m[2]);
    else out.individual = Number(m[2]);
  }
  return out;
}

/** Reads the plan (.txt/.md/.docx/.json) through the plan reader; UserError when unreadable. */
export async function loadPlan(file: string, year: number | null, shiftDaysOff = false): Promise<Plan> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UserError(SCORE_TEXT.cannotReadPlan(file));
  }
  return readPlanFile(new Uint8Array(bytes), path.basename(file), { year, shiftDaysOff });
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

export const scoreCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, VALUED);
  rejectUnknown(args, KNOWN);
  const [workbook, ...extra] = args.positional;
  if (!workbook) throw new UserError(SCORE_TEXT.missingWorkbook);
  if (extra.length) throw new UserError(SCORE_TEXT.tooManyArgs(extra));
  if (!WORKBOOK_EXT.test(workbook)) throw new UserError(PKG_TEXT.notWorkbookName(workbook));
  const plan = flagString(args, 'plan');
  if (!plan) throw new UserError(SCORE_TEXT.missingPlan);
  return runScore(
    {
      workbook,
      plan,
      sheet: flagString(args, 'sheet'),
      output: flagString(args, 'output'),
      json: args.flags.get('json') === true,
      year: flagYear(args),
      deadline: flagString(args, 'deadline'),
      shiftDaysOff: args.flags.get('shift-days-off') === true,
      participants: parseParticipants(flagString(args, 'participants')),
      history: flagString(args, 'history'),
      appendHistory: args.flags.get('ghi-lich-su') === true,
      formRules: parseRules(flagString(args, 'rule')),
      unitAliases: parseUnitAliases(flagString(args, 'unit-alias')),
    },
    io,
  );
};
