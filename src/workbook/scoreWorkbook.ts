// THE orchestration every adapter calls (CLI, Excel adapter, task pane, TDKT.BINHXET): header →
// rows → engine → result band + owned sheets + JSON. Adapters only read SheetData and apply the
// WritePlan, so every door gives the same answer for the same workbook.
import type { EngineResult, NominationInput, Plan, Settings, SheetWarning } from '../core/types';
import { UserError } from '../core/errors';
import { decide } from '../core/binhxet';
import { inputsOf } from '../core/table';
import { OWNED_SHEETS, WB } from '../core/text/workbook';
import type { CellValue, OwnedSheet, SheetData, WritePlan } from './model';
import { OWNED_SHEET_PREFIX } from './model';
import { detectHeader, type HeaderDetection } from './header';
import { readNominationTable } from './rows';
import { buildBand } from './band';
import { buildSummarySheets } from './summarySheets';
import { toScoreJson, type ScoreJson } from './json';
import { PLAN_SHEET_NAME, planOwnedSheet, planToGrid } from './planSheet';

const PLAN_SHEET = PLAN_SHEET_NAME;

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
}

export interface ScoreOutcome {
  sheet: string;
  header: HeaderDetection;
  rows: NominationInput[];
  result: EngineResult;
  warnings: SheetWarning[];
  writePlan: WritePlan;
  json: ScoreJson;
}

/** True for the sheets Bình Xét creates and regenerates (never a nominations list). */
export function isOwnedSheetName(name: string): boolean {
  return name.startsWith(OWNED_SHEET_PREFIX) || name === PLAN_SHEET || Object.values(OWNED_SHEETS).includes(name);
}

/**
 * The sheet to score: `wanted` (exact, else NFC- and case-insensitive), else the first sheet with a
 * recognisable header that Bình Xét does not own. Sheets without values may be passed as
 * {name} only; then the first non-owned sheet is taken.
 */
export function pickSheet(
  sheets: { name: string; values?: SheetData['values'] }[],
  wanted?: string | null,
  plan?: Plan,
): string {
  const names = sheets.map((s) => s.name);
  if (names.length === 0) throw new UserError(WB.emptyWorkbook);
  if (wanted !== undefined && wanted !== null && wanted !== '') {
    const exact = names.find((n) => n === wanted);
    if (exact) return exact;
    const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
    const loose = names.find((n) => norm(n) === norm(wanted));
    if (loose) return loose;
    throw new UserError(WB.noSheet(wanted, names));
  }
  const candidates = sheets.filter((s) => !isOwnedSheetName(s.name));
  for (const s of candidates) {
    if (!s.values) return s.name;
    // With the plan, a sheet whose criteria columns carry the criteria's own text is recognised too.
    if (detectHeader(s.values, plan)) return s.name;
  }
  throw new UserError(WB.noSheetWithHeader(names));
}

/** Scores one nominations sheet. Throws UserError for what the user must fix. */
export function scoreSheet(data: SheetData, existingSheetNames: string[], plan: Plan, settings: Settings, opts: ScoreOptions = {}): ScoreOutcome {
  if (isOwnedSheetName(data.name)) throw new UserError(WB.ownedSheetPicked(data.name));
  const header = opts.header ?? detectHeader(data.values, plan);
  if (!header) throw new UserError(WB.noHeader(data.name));
  const year = settings.year ?? plan.year ?? null;
  const read = readNominationTable(data, header, plan, { year });
  if (read.table.length === 0) throw new UserError(WB.noRows(data.name, header.headerRow));
  const decisions = decide(plan, read.table, settings);
  const result = { nominations: decisions.results(), summary: decisions.summary };
  // The rows as objects only for a caller that asks (tests, a script); the writers need none.
  let inputs: NominationInput[] | null = null;
  const rows = () => (inputs ??= inputsOf(read.table));
  const forms = read.table.hasForms;
  const band = buildBand(data, header, read.lastRow, result.nominations, plan, { forms });
  const sheets: OwnedSheet[] = buildSummarySheets(result, plan, data.name, opts.date);
  const ps = planSheet(plan);
  if (ps) sheets.push(ps);
  // Owned sheet names never collide with the scored sheet (checked above); existing owned sheets are
  // replaced by the adapter, which deletes every sheet named in `sheets` before recreating it.
  void existingSheetNames;
  const warnings = [...read.warnings];
  // Without a received-date column no row can be checked for lateness: say it once, for the sheet.
  if (!header.columns.some((c) => c.field === 'received')) {
    warnings.unshift({ sheet: data.name, row: header.headerRow, column: null, message: WB.noReceivedColumn });
  }
  return {
    sheet: data.name,
    header,
    get rows() {
      return rows();
    },
    result,
    warnings,
    writePlan: { band, sheets },
    json: toScoreJson(data.name, header.headerRow, result, warnings),
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
