// Where a run's award history comes from, read host-free from sheets an adapter hands over:
// - the workbook's own "Lịch sử khen thưởng" sheet (found by that name, as Excel finds a sheet: case
//   and Unicode form aside), which the append step writes to;
// - a file given to the CLI (`binhxet score … --history FILE.xlsx`): a history workbook (its first
//   sheet with a history header), or an earlier year's results workbook — its list with the band's
//   "Bình Xét: Kết quả" column as the council left it and its "Kế hoạch" sheet's year — whose
//   awarded rows become records of that year.
// Records of several sources are merged; a record found in two (the same name, unit, year and
// form) counts once.
import type { Kind, SheetWarning } from '../core/types';
import { UserError } from '../core/errors';
import { foldKey, nfc } from '../core/normalize';
import { matchForm } from '../core/forms/match';
import type { HistoryRecord } from '../core/history/historyIndex';
import { formAt, KINDS, unitAt } from '../core/table';
import { HISTORY_SOURCE_TEXT as T, HISTORY_TEXT } from '../core/text/history';
import { BAND_HEADERS } from '../core/text/workbook';
import { FORM_TEXT } from '../core/text/forms';
import type { SheetData } from './model';
import { cellText } from './cell';
import { detectHistoryHeader, findHistorySheet, isHistorySheetName, readHistory, type HistoryHeader } from './historySheet';

export { isHistorySheetName };
import { detectHeader } from './header';
import { readNominationTable } from './rows';
import { gridToPlan, PLAN_SHEET_NAME } from './planSheet';
import { councilDecision, isAwarded } from './councilMarks';
import { isInfoSheetName } from './infoSheet';
import { isOwnedSheetName, pickSheet } from './sheetChoice';

/** The award history of a run. */
export interface HistorySource {
  /** What was read, in order: sheet names, or "file › sheet" for a file given. */
  sources: string[];
  records: HistoryRecord[];
  warnings: SheetWarning[];
  /**
   * The workbook's own history sheet with its header: this year's results are appended there. Null
   * when the workbook has none (the append adds one).
   */
  own: { sheet: SheetData; header: HistoryHeader; records: HistoryRecord[] } | null;
  /** The name of the workbook's own history sheet, also when it could not be read (then `own` is null). */
  ownSheet: string | null;
}

/**
 * The workbook's own history (null when it has no sheet of that name). A sheet of that name with
 * no history header is said in the warnings and read as no record.
 */
export function ownHistory(sheets: readonly SheetData[]): HistorySource | null {
  const sheet = sheets.find((s) => isHistorySheetName(s.name));
  if (!sheet) return null;
  const header = detectHistoryHeader(sheet.values);
  if (!header) {
    return { sources: [sheet.name], records: [], warnings: [{ sheet: sheet.name, row: null, column: null, message: HISTORY_TEXT.noHeader(sheet.name) }], own: null, ownSheet: sheet.name };
  }
  const read = readHistory(sheet, header);
  return { sources: [sheet.name], records: read.records, warnings: read.warnings, own: { sheet, header, records: read.records }, ownSheet: sheet.name };
}

/** The history in a file given by name (`--history`): a history sheet, else an earlier year's results. */
export function historyFromFile(sheets: readonly SheetData[], file: string): HistorySource {
  const candidates = sheets.filter((s) => !isOwnedSheetName(s.name) || isHistorySheetName(s.name));
  const named = candidates.find((s) => isHistorySheetName(s.name));
  const found = named && detectHistoryHeader(named.values) ? { sheet: named, header: detectHistoryHeader(named.values)! } : findHistorySheet(candidates);
  if (found) {
    const read = readHistory(found.sheet, found.header);
    return { sources: [T.place(file, found.sheet.name)], records: read.records, warnings: read.warnings, own: null, ownSheet: null };
  }
  return resultsAsHistory(sheets, file);
}

/**
 * An earlier year's results workbook as history: the rows the council left awarded ("Đề nghị khen
 * thưởng", "Hội đồng đề nghị"), each with its form, in the year of the plan on its "Kế hoạch" sheet.
 */
export function resultsAsHistory(sheets: readonly SheetData[], file: string): HistorySource {
  const planSheet = sheets.find((s) => s.name === PLAN_SHEET_NAME);
  const plan = planSheet ? gridToPlan(planSheet.values).plan : null;
  const lists = sheets.filter((s) => !isInfoSheetName(s.name) && !isHistorySheetName(s.name));
  let name: string;
  try {
    name = pickSheet(lists, null, plan ?? undefined);
  } catch {
    throw new UserError(T.notHistory(file));
  }
  const data = lists.find((s) => s.name === name)!;
  const header = plan ? detectHeader(data.values, plan) : null;
  const headRow = header ? data.values[header.headerRow - 1] ?? [] : [];
  const statusCol = headRow.findIndex((v) => cellText(v) === BAND_HEADERS.status);
  if (!plan || !header || statusCol < 0) throw new UserError(T.notHistory(file));
  if (!plan.year) throw new UserError(T.noYear(file));
  const formCol = headRow.findIndex((v) => cellText(v) === FORM_TEXT.bandHeader);
  const t = readNominationTable(data, header, plan, { year: plan.year }).table;
  const records: HistoryRecord[] = [];
  const warnings: SheetWarning[] = [];
  let noForm = 0;
  for (let i = 0; i < t.length; i++) {
    const row = t.row[i];
    const cells = data.values[row - 1] ?? [];
    if (!isAwarded(councilDecision(cellText(cells[statusCol])))) continue;
    const name = t.name[i];
    // The form the row was ranked under (the band's column), else the list's own.
    const formText = (formCol >= 0 ? cellText(cells[formCol]) : '') || formAt(t, i) || '';
    if (!name || !formText) {
      if (name) noForm++;
      continue;
    }
    const kind = KINDS[t.kind[i]] as Kind | null;
    records.push({ row, name, unit: unitAt(t, i), year: plan.year, formText: nfc(formText), form: matchForm(formText)?.id ?? null, decision: null, kind, birthYear: null, initiatives: null });
  }
  if (noForm > 0) warnings.push({ sheet: data.name, row: header.headerRow, column: null, message: T.awardedWithoutForm(file, noForm) });
  return { sources: [T.place(file, data.name)], records, warnings, own: null, ownSheet: null };
}

const recordKey = (r: HistoryRecord) => `${foldKey(r.name)}|${r.unit ? foldKey(r.unit) : ''}|${r.year}|${r.form ?? foldKey(r.formText)}`;

/** Several histories as one: the first one's own sheet, every record once (the first time it is seen). */
export function mergeHistories(list: readonly (HistorySource | null)[]): HistorySource | null {
  const present = list.filter((h): h is HistorySource => h !== null);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0];
  const seen = new Set<string>();
  const records: HistoryRecord[] = [];
  for (const h of present) {
    for (const r of h.records) {
      const k = recordKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      records.push(r);
    }
  }
  return {
    sources: present.flatMap((h) => h.sources),
    records,
    warnings: present.flatMap((h) => h.warnings),
    own: present.find((h) => h.own)?.own ?? null,
    ownSheet: present.find((h) => h.ownSheet)?.ownSheet ?? null,
  };
}

