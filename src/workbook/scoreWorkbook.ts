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
import type { CellValue, OwnedSheet, SheetData, WritePlan } from './model';
import { OWNED_SHEET_PREFIX } from './model';
import { detectHeader, type HeaderDetection } from './header';
import { readNominationTable } from './rows';
import { buildBand } from './band';
import { buildSummarySheets } from './summarySheets';
import { toScoreJson, type ScoreJson } from './json';
import { PLAN_SHEET_NAME, planOwnedSheet, planToGrid } from './planSheet';
import { infoOwnedSheet, isInfoSheetName } from './infoSheet';

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
  /** Warnings about the sheet itself (chooseSheet's), put first in the result's warnings. */
  sheetWarnings?: SheetWarning[];
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
  // The intake's merged list ("Tổng hợp") is a nominations list to score; its other sheets are not.
  return name.startsWith(OWNED_SHEET_PREFIX) || name === PLAN_SHEET || Object.values(OWNED_SHEETS).includes(name) ||
    name === INTAKE_SHEETS.units || name === INTAKE_SHEETS.review || isInfoSheetName(name);
}

export interface SheetChoice {
  name: string;
  /** Why this sheet when others could have been it (several lists; hidden lists skipped). */
  warnings: SheetWarning[];
}

type PickableSheet = { name: string; values?: SheetData['values']; visibility?: SheetData['visibility'] };

/**
 * The sheet to score: `wanted` (exact, else NFC- and case-insensitive; hidden sheets too), else the
 * first visible sheet with a recognisable header that Bình Xét does not own. A hidden or very hidden
 * sheet (last year's list, a lookup table) is never taken unless named, as in Excel, where a hidden
 * sheet is never the one the user is looking at. When several visible sheets look like lists, the
 * choice is said in the warnings. Sheets without values may be passed as {name} only; then the
 * first visible non-owned sheet is taken.
 */
export function chooseSheet(sheets: PickableSheet[], wanted?: string | null, plan?: Plan): SheetChoice {
  const names = sheets.map((s) => s.name);
  if (names.length === 0) throw new UserError(WB.emptyWorkbook);
  if (wanted !== undefined && wanted !== null && wanted !== '') {
    const exact = names.find((n) => n === wanted);
    if (exact) return { name: exact, warnings: [] };
    const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
    const loose = names.find((n) => norm(n) === norm(wanted));
    if (loose) return { name: loose, warnings: [] };
    throw new UserError(WB.noSheet(wanted, names));
  }
  const candidates = sheets.filter((s) => !isOwnedSheetName(s.name));
  const visible = candidates.filter((s) => (s.visibility ?? 'Visible') === 'Visible');
  if (visible.length && !visible[0].values) return { name: visible[0].name, warnings: [] };
  // With the plan, a sheet whose criteria columns carry the criteria's own text is recognised too.
  const lists = visible.filter((s) => s.values && detectHeader(s.values, plan));
  const hiddenLists = candidates.filter((s) => !visible.includes(s) && s.values && detectHeader(s.values, plan)).map((s) => s.name);
  if (!lists.length) {
    if (hiddenLists.length) throw new UserError(SHEET_PICK_TEXT.onlyHidden(hiddenLists));
    throw new UserError(WB.noSheetWithHeader(names));
  }
  const taken = lists[0].name;
  const note = (message: string): SheetWarning => ({ sheet: taken, row: null, column: null, message });
  const warnings: SheetWarning[] = [];
  if (lists.length > 1) warnings.push(note(SHEET_PICK_TEXT.several(taken, lists.slice(1).map((s) => s.name))));
  if (hiddenLists.length) warnings.push(note(SHEET_PICK_TEXT.hiddenSkipped(hiddenLists)));
  return { name: taken, warnings };
}

/** chooseSheet's name alone. */
export function pickSheet(sheets: PickableSheet[], wanted?: string | null, plan?: Plan): string {
  return chooseSheet(sheets, wanted, plan).name;
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
  // "Thông tin văn bản" is the exception: the secretary fills it in, so it is only ever created, once,
  // blank, and first, so that later runs (which leave it where it is and append the others after
  // it) give the same order of sheets.
  if (!existingSheetNames.some(isInfoSheetName)) sheets.unshift(infoOwnedSheet());
  const warnings = [...(opts.sheetWarnings ?? []), ...read.warnings];
  // Without a received-date column no row can be checked for lateness: say it once, for the sheet.
  if (!header.columns.some((c) => c.field === 'received')) {
    warnings.unshift({ sheet: data.name, row: header.headerRow, column: null, message: WB.noReceivedColumn });
  }
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
    writePlan: { band, sheets },
    get json() {
      return (json ??= toScoreJson(data.name, header.headerRow, result, warnings));
    },
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
