// What the history asks an adapter to write: this year's results appended under the last row of
// the "Lịch sử khen thưởng" sheet (only cells that are empty now, one block per column the sheet
// has, so no other cell is touched), and the statistics sheet the add-in owns.
import type { HistoryRecord } from '../core/history/historyIndex';
import type { HistoryStats } from '../core/history/stats';
import { HISTORY_HEADER, HISTORY_SHEET_NAME, HISTORY_STATS_SHEET, KIND_TEXT, STATS_TEXT as S } from '../core/text/history';
import type { CellBlock, HistoryAppend, OwnedSheet, SheetData } from './model';

export type { HistoryAppend };
import { rangeRef } from './a1';
import { cellText } from './cell';
import { withRowHeights } from './printLayout';
import type { HistoryField, HistoryHeader } from './historySheet';

type V = string | number | null;

function valueOf(r: HistoryRecord, field: HistoryField, stt: number): V {
  switch (field) {
    case 'stt':
      return stt;
    case 'name':
      return r.name;
    case 'unit':
      return r.unit;
    case 'kind':
      return r.kind ? KIND_TEXT[r.kind] : null;
    case 'year':
      return r.year;
    case 'form':
      return r.formText;
    case 'decision':
      return r.decision;
    case 'birthYear':
      return r.birthYear;
    case 'initiatives':
      return r.initiatives;
  }
}

/** The last row with any text (1-based; 0 for an empty sheet). */
function lastUsedRow(sheet: SheetData): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) if ((sheet.values[r] ?? []).some((v) => cellText(v) !== '')) return r + 1;
  return 0;
}

/** The last STT number written above (so the appended rows go on counting), 0 when none. */
function lastStt(sheet: SheetData, header: HistoryHeader): number {
  const c = header.columns.find((x) => x.field === 'stt');
  if (!c) return 0;
  for (let r = sheet.values.length - 1; r >= header.headerRow; r--) {
    const v = sheet.values[r]?.[c.col - 1];
    const n = typeof v === 'number' ? v : Number(cellText(v));
    if (Number.isInteger(n) && n > 0) return n;
  }
  return 0;
}

const NEW_SHEET_FIELDS: HistoryField[] = ['stt', 'name', 'unit', 'kind', 'year', 'form', 'decision'];

/**
 * The rows that add `records` to the history sheet `existing` (with its detected header), or to
 * a new "Lịch sử khen thưởng" sheet when there is none. Fields the sheet has no column for are not
 * written.
 */
export function planHistoryAppend(existing: { sheet: SheetData; header: HistoryHeader } | null, records: readonly HistoryRecord[]): HistoryAppend {
  if (!existing) {
    const values = records.map((r, i) => NEW_SHEET_FIELDS.map((f) => valueOf(r, f, i + 1)));
    const blocks: CellBlock[] = [{ row: 1, col: 1, values: [HISTORY_HEADER], bold: true, wrap: true, align: 'center', border: true }];
    if (values.length) blocks.push({ row: 2, col: 1, values, border: true });
    // A sheet the secretary keeps from now on: laid out once, then only appended to.
    const newSheet: OwnedSheet = withRowHeights({
      name: HISTORY_SHEET_NAME,
      blocks,
      columnWidths: [6, 32, 32, 10, 8, 36, 18],
      merges: [],
      print: { landscape: true, titleRows: '1:1', fitToWidth: true },
      font: FONT,
      freezeRows: 1,
    });
    return { sheet: HISTORY_SHEET_NAME, create: true, blocks, rows: records.length, newSheet };
  }
  const { sheet, header } = existing;
  const first = lastUsedRow(sheet) + 1;
  const stt = lastStt(sheet, header);
  const blocks: CellBlock[] = [];
  if (records.length) {
    for (const c of header.columns) {
      blocks.push({ row: first, col: c.col, values: records.map((r, i) => [valueOf(r, c.field, stt + i + 1)]) });
    }
  }
  return { sheet: sheet.name, create: false, blocks, rows: records.length };
}

/** Applies an append to a sheet's values (the playground's and the tests' host; adapters write the blocks). */
export function applyHistoryAppend(sheet: SheetData, plan: HistoryAppend): SheetData {
  const values = sheet.values.map((r) => [...r]);
  for (const b of plan.blocks) {
    b.values.forEach((row, i) => {
      const r = b.row - 1 + i;
      while (values.length <= r) values.push([]);
      row.forEach((v, j) => {
        const c = b.col - 1 + j;
        const before = values[r][c];
        if (before !== null && before !== undefined && cellText(before) !== '') throw new Error(`history append: cell ${rangeRef(r + 1, c + 1, r + 1, c + 1)} is not empty`);
        while (values[r].length < c) values[r].push(null);
        values[r][c] = v;
      });
    });
  }
  return { ...sheet, values };
}

const FONT = { name: 'Times New Roman', size: 12 };

/** The statistics sheet: awards per form × kind per year, then per unit per year. */
export function historyStatsSheet(stats: HistoryStats): OwnedSheet {
  const width = 3 + stats.years.length;
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  let row = 1;
  const heading = (text: string, align: CellBlock['align']) => {
    blocks.push({ row, col: 1, values: [[text]], bold: true, wrap: true, align });
    merges.push(rangeRef(row, 1, row, width));
    row++;
  };
  heading(S.title, 'center');
  row++;
  heading(S.byForm, 'left');
  const yearHeads = stats.years.map(String);
  blocks.push({ row: row++, col: 1, values: [[S.form, S.kind, ...yearHeads, S.total]], bold: true, wrap: true, align: 'center', border: true });
  const formRows: V[][] = stats.byForm.map((f) => [f.name, f.kind ? KIND_TEXT[f.kind] : S.unknownKind, ...f.counts, f.total]);
  if (formRows.length) {
    blocks.push({ row, col: 1, values: formRows, wrap: true, border: true });
    row += formRows.length;
  }
  row++;
  heading(S.byUnit, 'left');
  blocks.push({ row: row++, col: 1, values: [[S.unit, '', ...yearHeads, S.total]], bold: true, wrap: true, align: 'center', border: true });
  merges.push(rangeRef(row - 1, 1, row - 1, 2));
  const unitRows: V[][] = stats.byUnit.map((u) => [u.unit, '', ...u.counts, u.total]);
  if (unitRows.length) {
    unitRows.forEach((_, i) => merges.push(rangeRef(row + i, 1, row + i, 2)));
    blocks.push({ row, col: 1, values: unitRows, wrap: true, border: true });
  }
  return withRowHeights({
    name: HISTORY_STATS_SHEET,
    blocks,
    columnWidths: [40, 12, ...stats.years.map(() => 8), 9],
    merges,
    print: { landscape: stats.years.length > 6, titleRows: null, fitToWidth: true },
    font: FONT,
    freezeRows: 0,
  });
}
