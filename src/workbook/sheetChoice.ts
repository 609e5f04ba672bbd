// Which sheet of a workbook is the nominations list to score: never a sheet Bình Xét owns, nor the
// award history ("Lịch sử khen thưởng", which has names and units too), nor a hidden sheet unless
// named. Every door (CLI, Excel, the paperwork, the history's results reader) picks the same way.
import type { Plan, SheetWarning } from '../core/types';
import { UserError } from '../core/errors';
import { OWNED_SHEETS, WB } from '../core/text/workbook';
import { INTAKE_SHEETS } from '../core/text/intake';
import { SHEET_PICK_TEXT } from '../core/text/package';
import type { SheetData } from './model';
import { OWNED_SHEET_PREFIX } from './model';
import { detectHeader } from './header';
import { PLAN_SHEET_NAME } from './planSheet';
import { isInfoSheetName } from './infoSheet';
import { isHistorySheetName } from './historySheet';

const PLAN_SHEET = PLAN_SHEET_NAME;

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
  const candidates = sheets.filter((s) => !isOwnedSheetName(s.name) && !isHistorySheetName(s.name));
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
