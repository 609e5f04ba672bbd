// The "Thông tin văn bản" sheet: what only the secretary knows (số, ngày, người ký, nơi nhận,
// thành viên có mặt…), one labelled row per field. Bình Xét creates it once, with blanks (and a
// few words of the genre prefilled), and never writes it again: every later run reads it as the
// secretary left it. Rows are found by their label (column A, compared without case and marks),
// so inserted rows, moved sections or a field a later version adds do no harm.
import type { CellValue, CellBlock, Grid, OwnedSheet } from './model';
import { cellText } from './cell';
import { rangeRef } from './a1';
import { withRowHeights } from './printLayout';
import { foldKey, nfc } from '../core/normalize';
import { formatVN, parseDate } from '../core/dates';
import { serialFromBook } from '../core/dateSystem';
import { INFO_FIELDS, INFO_PREFILL, INFO_SECTIONS, INFO_TEXT, INFO_WARN, type InfoKey } from '../core/text/infoSheet';
import { INFO_SHEET_NAME } from '../core/text/documentsPane';

export { INFO_SHEET_NAME };

/** What the secretary typed, per field: NFC text, lines joined with "\n"; absent when blank. */
export type InfoValues = Partial<Record<InfoKey, string>>;

const DATE_KEYS: InfoKey[] = ['planDate', 'ttDate', 'bbDate', 'qdDate'];
const NUMBER_KEYS: InfoKey[] = ['bbMembers'];
const WIDTHS = [34, 48, 62];

/** True when `name` is the info sheet's (Excel compares sheet names without case). */
export function isInfoSheetName(name: string): boolean {
  return foldKey(name) === foldKey(INFO_SHEET_NAME);
}

/** The blank sheet, as an owned sheet the adapters know how to add. */
export function infoOwnedSheet(): OwnedSheet {
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  const line = (row: number, text: string, bold: boolean) => {
    blocks.push({ row, col: 1, values: [[text, null, null]], bold, wrap: true, align: bold ? 'center' : 'left' });
    merges.push(rangeRef(row, 1, row, 3));
  };
  line(1, INFO_TEXT.title, true);
  line(2, INFO_TEXT.note, false);
  line(3, INFO_TEXT.councilNote, false);
  let row = 5;
  blocks.push({ row, col: 1, values: [[...INFO_TEXT.head]], bold: true, wrap: true, align: 'center', border: true });
  row++;
  for (const s of INFO_SECTIONS) {
    blocks.push({ row, col: 1, values: [[s.title, null, null]], bold: true, wrap: true, border: true });
    merges.push(rangeRef(row, 1, row, 3));
    row++;
    const values = s.keys.map((k) => [INFO_FIELDS[k].label, INFO_PREFILL[k] ?? null, INFO_FIELDS[k].hint]);
    blocks.push({ row, col: 1, values, wrap: true, border: true });
    row += values.length;
  }
  return withRowHeights({
    name: INFO_SHEET_NAME,
    blocks,
    columnWidths: WIDTHS,
    merges,
    print: { landscape: false, titleRows: null, fitToWidth: true },
    font: { name: 'Times New Roman', size: 12 },
    freezeRows: 5,
  });
}

/** The blank sheet's cells as a host reads them back (what a run that has just created it reads). */
export function infoSheetGrid(sheet: OwnedSheet = infoOwnedSheet()): Grid {
  const g: Grid = [];
  for (const b of sheet.blocks) {
    b.values.forEach((row, i) => {
      while (g.length < b.row + i) g.push([]);
      g[b.row + i - 1] = [...row];
    });
  }
  return g;
}

const BY_LABEL = new Map<string, InfoKey>((Object.keys(INFO_FIELDS) as InfoKey[]).map((k) => [foldKey(INFO_FIELDS[k].label), k]));

/** A cell's text with its line breaks kept (members, recipients, căn cứ are one per line). */
function multiline(v: CellValue | undefined): string {
  if (typeof v !== 'string') return cellText(v);
  return v
    .split(/\r?\n/)
    .map((l) => nfc(l))
    .filter(Boolean)
    .join('\n');
}

/**
 * Reads the secretary's values back. Dates are given back as dd/mm/yyyy, whatever the cell held;
 * `date1904`: a date cell's number is a 1904-system serial (SheetData.date1904).
 */
export function readInfoSheet(grid: Grid, date1904 = false): { values: InfoValues; warnings: string[] } {
  const values: InfoValues = {};
  const warnings: string[] = [];
  for (const row of grid) {
    const key = BY_LABEL.get(foldKey(cellText(row?.[0])));
    if (!key || values[key] !== undefined) continue;
    const cell = row[1];
    const label = INFO_FIELDS[key].label;
    if (DATE_KEYS.includes(key) && cell !== null && cell !== undefined && cellText(cell) !== '') {
      const r = parseDate(typeof cell === 'string' ? nfc(cell) : typeof cell === 'number' ? serialFromBook(cell, date1904) : cell);
      if (r.ok) values[key] = formatVN(r.serial);
      else warnings.push(INFO_WARN.badDate(label, cellText(cell)));
      continue;
    }
    const text = multiline(cell);
    if (text === '') continue;
    if (NUMBER_KEYS.includes(key) && !/^\d{1,4}$/.test(text)) {
      warnings.push(INFO_WARN.badNumber(label, text));
      continue;
    }
    values[key] = text;
  }
  return { values, warnings };
}
