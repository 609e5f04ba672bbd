// The result band: columns appended right of the user's table, owned by Bình Xét. Every band header
// cell starts with BAND_MARKER ("Bình Xét: "), which is how a later run recognises the band as its own
// and rewrites it; any other non-empty cell where the band would go stops the run (UserError naming
// the cells) so a user's data is never overwritten.
import type { NominationResult, Plan, Status } from '../core/types';
import { UserError } from '../core/errors';
import { BAND_HEADERS, WB } from '../core/text/workbook';
import { COUNCIL_MARKS } from '../core/text/infoSheet';
import { foldKey } from '../core/normalize';
import { STATUS_LABEL } from '../core/text/status';
import { FORM_TEXT } from '../core/text/forms';
import { HISTORY_BAND_HEADER } from '../core/text/history';
import { historyNote } from '../core/engine/history';
import type { CellBlock, CellValue, SheetData, WritePlan } from './model';
import { isBandHeader, type HeaderDetection } from './header';
import { cellText } from './cell';
import { cellRef } from './a1';

/** Fill colours per status, light enough to print in grey. */
export const STATUS_FILL: Record<Status, string> = {
  selected: 'C6EFCE',
  over_quota: 'EDEDED',
  tie: 'FCE4D6',
  ineligible: 'D9D9D9',
  late: 'FFC7CE',
  review: 'FFEB9C',
};

/**
 * What the band shows beyond its fixed columns: a grade (the plan has bands), the form (the list
 * names forms), the nominee's award history in short (the run has a history).
 */
export interface BandOptions {
  forms?: boolean;
  history?: boolean;
}

export function bandHeaders(plan: Plan, opts: BandOptions = {}): string[] {
  const h = [BAND_HEADERS.score, BAND_HEADERS.eligible, BAND_HEADERS.daysLate, BAND_HEADERS.rank, BAND_HEADERS.status, BAND_HEADERS.reasons];
  if (plan.grades.length > 0) h.push(BAND_HEADERS.grade);
  // The form the row was ranked under, in the plan's words: how the secretary's text was understood.
  if (opts.forms) h.push(FORM_TEXT.bandHeader);
  if (opts.history) h.push(HISTORY_BAND_HEADER);
  return h;
}

const WIDTHS = [10, 12, 10, 8, 22, 60, 20];
/** The form's column when it comes after the grade's. */
const FORM_WIDTH = 20;
const HISTORY_WIDTH = 30;

/** Reasons are sentences; in one cell they read best as one line separated by semicolons. */
export function joinReasons(reasons: string[]): string | null {
  const parts = reasons.map((r) => r.trim().replace(/[.;]+$/, '')).filter(Boolean);
  return parts.length ? parts.join('; ') + '.' : null;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * When the list got shorter, the previous band still holds results below the new last row. Those
 * rows are blanked (values and fill) down to the last non-empty cell of a band column (a column
 * whose header carries the marker), so no stale result survives. Only band columns are written
 * there: a column of the new band that was not part of the old one may hold the user's cells
 * below the list (a signature block), which must stay as they are.
 */
function staleRows(data: SheetData, owned: Set<number>, firstCol: number, lastCol: number, lastRow: number): CellBlock[] {
  const cols = [...owned].filter((c) => c >= firstCol && c <= lastCol).sort((a, b) => a - b);
  if (cols.length === 0) return [];
  let last = lastRow;
  for (let r = data.values.length; r > lastRow; r--) {
    const row = data.values[r - 1] ?? [];
    if (cols.some((c) => !isEmpty(row[c - 1]))) {
      last = r;
      break;
    }
  }
  if (last === lastRow) return [];
  const h = last - lastRow;
  const blocks: CellBlock[] = [];
  // One block per run of adjacent band columns (normally one run: the whole old band).
  for (let i = 0; i < cols.length; ) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    const w = cols[j] - cols[i] + 1;
    blocks.push({
      row: lastRow + 1,
      col: cols[i],
      values: Array.from({ length: h }, () => new Array<null>(w).fill(null)),
      fills: new Array<null>(h).fill(null),
      numberFormats: 'General',
    });
    i = j + 1;
  }
  return blocks;
}

/**
 * The council's decisions the secretary wrote over an earlier run's result ("Hội đồng đề nghị",
 * "Hội đồng không đề nghị", "Không đề nghị"), by row: a later run writes them back instead of the
 * engine's label, so re-running bình xét never undoes what the council decided (the paperwork reads them).
 */
export function councilMarks(data: SheetData, headerRow: number, lastRow: number, headRow: CellValue[] = data.values[headerRow - 1] ?? []): Map<number, string> {
  const out = new Map<number, string>();
  const col = headRow.findIndex((v) => cellText(v) === BAND_HEADERS.status);
  if (col < 0) return out;
  const marks = new Set([COUNCIL_MARKS.added, COUNCIL_MARKS.removed, COUNCIL_MARKS.removedShort].map(foldKey));
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const text = cellText(data.values[r - 1]?.[col]);
    if (text && marks.has(foldKey(text))) out.set(r, text);
  }
  return out;
}

/**
 * Lays out the band for rows headerRow … lastRow. Throws UserError when a cell in that area is not
 * empty and not in a column of an earlier band.
 */
export function buildBand(
  data: SheetData,
  header: HeaderDetection,
  lastRow: number,
  results: NominationResult[],
  plan: Plan,
  opts: BandOptions = {},
): NonNullable<WritePlan['band']> {
  const headers = bandHeaders(plan, opts);
  const firstCol = header.lastCol + 1;
  // The band an earlier run left is read from the sheet as it is now, not only from the detection:
  // a header detected (and corrected by the user) before that run does not know it.
  const owned = new Set(header.bandCols ?? []);
  const headRow = data.values[header.headerRow - 1] ?? [];
  for (let c = header.lastCol + 1; c <= headRow.length; c++) if (isBandHeader(cellText(headRow[c - 1]))) owned.add(c);
  let lastCol = firstCol + headers.length - 1;
  for (const c of owned) lastCol = Math.max(lastCol, c);

  const conflicts: string[] = [];
  for (let r = header.headerRow; r <= lastRow; r++) {
    const row = data.values[r - 1] ?? [];
    for (let c = firstCol; c <= lastCol; c++) {
      if (owned.has(c)) continue;
      if (!isEmpty(row[c - 1])) conflicts.push(cellRef(r, c));
    }
  }
  if (conflicts.length) throw new UserError(WB.bandConflict(data.name, conflicts));

  const width = lastCol - firstCol + 1;
  const pad = (vals: (string | number | boolean | null)[]) => {
    const out = vals.slice(0, width);
    while (out.length < width) out.push(null);
    return out;
  };

  const byRow = new Map<number, NominationResult>();
  for (const n of results) byRow.set(n.row, n);
  const council = councilMarks(data, header.headerRow, lastRow, headRow);

  const headBlock: CellBlock = { row: header.headerRow, col: firstCol, values: [pad(headers)], bold: true, wrap: true };
  const blocks: CellBlock[] = [headBlock];
  const firstData = header.headerRow + 1;
  if (lastRow >= firstData) {
    const values: (string | number | boolean | null)[][] = [];
    const fills: (string | null)[] = [];
    for (let r = firstData; r <= lastRow; r++) {
      const n = byRow.get(r);
      if (!n) {
        values.push(pad([]));
        fills.push(null);
        continue;
      }
      const vals: (string | number | boolean | null)[] = [
        n.score,
        n.eligible ? WB.yes : WB.no,
        n.late && n.daysLate !== null ? n.daysLate : null,
        n.rank,
        council.get(r) ?? STATUS_LABEL[n.status],
        joinReasons(n.reasons),
      ];
      if (plan.grades.length > 0) vals.push(n.grade);
      if (opts.forms) vals.push(n.formName ?? null);
      if (opts.history) vals.push(historyNote(n.history ?? []));
      values.push(pad(vals));
      fills.push(STATUS_FILL[n.status]);
    }
    blocks.push({ row: firstData, col: firstCol, values, fills, numberFormats: 'General' });
  }
  blocks.push(...staleRows(data, owned, firstCol, lastCol, Math.max(lastRow, header.headerRow)));
  const columnWidths: number[] = [];
  for (let i = 0; i < width; i++) columnWidths.push(headers[i] === HISTORY_BAND_HEADER ? HISTORY_WIDTH : WIDTHS[i] ?? (i < headers.length ? FORM_WIDTH : 12));
  return { sheet: data.name, firstCol, lastCol, blocks, columnWidths };
}
