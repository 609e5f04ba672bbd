// The intake's owned sheets: "Tổng hợp" (the merged list, which `binhxet score` then reads),
// "Đơn vị gửi" (who sent what and when, who has not sent, rows over the allocation, and the notes
// on each file) and "Cần kiểm tra" (rows not merged and why, and the duplicates found). Laid out
// once here as OwnedSheets, so the CLI and the Excel add-in write the same pages.
import type { Plan } from '../../core/types';
import { INTAKE, INTAKE_SHEETS, PROVENANCE_COLUMNS as P, RECEIVED_FROM_LABEL } from '../../core/text/intake';
import { INTAKE_COLUMNS } from '../../core/text/intake';
import type { OwnedSheet } from '../model';
import { DATE_FORMAT, Layout } from '../summarySheets';
import { mergedColumns, type MergedColumn } from './columns';
import { placeOf, type IntakeResult, type UnitLine } from './consolidate';
import type { CellOut, SourceRow } from './types';

type V = CellOut;

const LANDSCAPE = { landscape: true, fitToWidth: true };

/** The columns of the merged list (and of the review list's rows), from the rows' cells and the plan. */
export function listColumns(result: IntakeResult, plan: Plan): MergedColumn[] {
  const keys = new Set<string>();
  for (const r of [...result.merged, ...result.review]) for (const k of r.cells.keys()) keys.add(k);
  return mergedColumns(keys, plan);
}

const PROVENANCE: { header: string; width: number; format?: string }[] = [
  { header: P.file, width: 22 },
  { header: P.sheet, width: 14 },
  { header: P.row, width: 7, format: '0' },
  { header: P.sender, width: 24 },
  { header: P.receivedFrom, width: 16 },
  { header: P.note, width: 36 },
  { header: P.key, width: 17, format: '@' },
];

function provenanceOf(r: SourceRow): V[] {
  return [r.file, r.sheet, r.row, r.sender, r.receivedFrom ? RECEIVED_FROM_LABEL[r.receivedFrom] : null, r.notes.join(' ') || null, r.key];
}

/** Each column key's place among the columns. */
function placesOf(columns: MergedColumn[]): Map<string, number> {
  return new Map(columns.map((c, k) => [c.key, k]));
}

/** A row's cells laid into `out` from `at` on, by column (each cell placed once: a list has thousands of rows). */
function putCells(out: V[], at: number, r: SourceRow, places: Map<string, number>): void {
  const keys = r.cells.keys();
  const values = r.cells.list();
  for (let k = 0; k < keys.length; k++) {
    const c = places.get(keys[k]);
    if (c !== undefined) out[at + c] = values[k];
  }
}

/** A merged list's row: its number, its cells by column, where it came from. */
function listRow(stt: number, r: SourceRow, columns: MergedColumn[], places: Map<string, number>): V[] {
  const out: V[] = new Array(1 + columns.length + PROVENANCE.length).fill(null);
  out[0] = stt;
  putCells(out, 1, r, places);
  const p = provenanceOf(r);
  for (let k = 0; k < p.length; k++) out[1 + columns.length + k] = p[k];
  return out;
}

/** "Tổng hợp": STT, the list's columns, then where each row came from. */
export function mergedSheet(result: IntakeResult, plan: Plan, columns: MergedColumn[]): OwnedSheet {
  const width = 1 + columns.length + PROVENANCE.length;
  const L = new Layout(width);
  L.title(INTAKE.mergedTitle);
  if (plan.title) L.title(plan.title, false);
  const senders = new Set(result.merged.map((r) => r.sender)).size;
  const files = result.reads.filter((f) => f.sheets.length > 0).length;
  L.title(INTAKE.mergedSubtitle(files, senders, result.merged.length), false);
  L.skip();
  const headerRow = L.header([INTAKE_COLUMNS.stt, ...columns.map((c) => c.header), ...PROVENANCE.map((p) => p.header)]);
  const formats = ['0', ...columns.map((c) => c.format ?? ''), ...PROVENANCE.map((p) => p.format ?? '')];
  const places = placesOf(columns);
  const rows = result.merged.map((r, i) => listRow(i + 1, r, columns, places));
  L.table(rows, { numberFormats: rows.map(() => formats) });
  const widths = [6, ...columns.map((c) => c.width), ...PROVENANCE.map((p) => p.width)];
  return L.sheet(INTAKE_SHEETS.merged, widths, { ...LANDSCAPE, titleRows: `${headerRow}:${headerRow}` }, headerRow);
}

function allocationText(line: UnitLine): string | null {
  const a = line.allocation;
  if (!a) return null;
  return INTAKE.allocationText(a.collective, a.individual, a.either) || a.text;
}

/** "Đơn vị gửi": each unit with its files, received date, rows, allocation and rows over it; then each file's notes. */
export function unitsSheet(result: IntakeResult): OwnedSheet {
  const W = INTAKE.unitsHeaders.length;
  const L = new Layout(W);
  L.title(INTAKE.unitsTitle);
  L.skip();
  L.section(INTAKE.unitsSection);
  L.header([...INTAKE.unitsHeaders]);
  const rows = result.units.map((u, i): V[] => [
    i + 1, u.unit, u.group, u.files.join('; ') || null, u.received, u.rows, u.collective, u.individual, allocationText(u), u.over,
    u.missing ? INTAKE.notSent : u.expected ? INTAKE.sent : INTAKE.notExpected,
  ]);
  const formats = ['0', '@', '@', '@', DATE_FORMAT, '0', '0', '0', '@', '0', '@'];
  L.table(rows, { numberFormats: rows.map(() => formats) });
  L.skip();
  L.section(INTAKE.filesSection);
  // The message spans the middle columns (the units table's narrow counts), the cell is last.
  const H = INTAKE.filesHeaders;
  const noteRow = (stt: V, file: V, sheet: V, message: V, place: V): V[] => [stt, file, sheet, message, null, null, null, null, null, null, place];
  const spanMessage = (r: number) => L.mergeCells(r, 4, W - 1);
  spanMessage(L.header(noteRow(H.stt, H.file, H.sheet, H.message, H.place)));
  const problems = result.reads.flatMap((f) => [...f.problems, ...f.sheets.flatMap((s) => s.problems)].map((p) => ({ file: f.file, p })));
  if (problems.length === 0) {
    const r = L.line([INTAKE.noFileNotes], { border: true });
    L.mergeCells(r, 1, W);
  }
  problems.forEach(({ file, p }, i) => spanMessage(L.line(noteRow(i + 1, file, p.sheet, p.message, INTAKE.placeCell(p.column, p.row)), { border: true })));
  return L.sheet(INTAKE_SHEETS.units, [6, 30, 16, 30, 12, 8, 8, 8, 14, 9, 30], { ...LANDSCAPE, titleRows: null }, 0);
}

/** "Cần kiểm tra": rows held back with their reason, exact duplicates not added again, probable duplicates. */
export function reviewSheet(result: IntakeResult, columns: MergedColumn[]): OwnedSheet {
  const before = INTAKE.reviewHeadersBefore.length;
  const W = before + PROVENANCE.length - 1 + columns.length;
  const L = new Layout(W);
  L.title(INTAKE.reviewTitle);
  L.title(INTAKE.reviewIntro, false);
  L.skip();
  const none = () => {
    const r = L.line([INTAKE.noneFound], { border: true });
    L.mergeCells(r, 1, W);
  };
  L.section(INTAKE.reviewSection);
  // Provenance first (without the content key), so the reason and the place read together.
  const prov = PROVENANCE.slice(0, -1);
  L.header([...INTAKE.reviewHeadersBefore, ...prov.map((p) => p.header), ...columns.map((c) => c.header)]);
  if (result.review.length === 0) none();
  const formats = ['0', '@', ...prov.map((p) => p.format ?? ''), ...columns.map((c) => c.format ?? '')];
  const places = placesOf(columns);
  const rows = result.review.map((r, i): V[] => {
    const row: V[] = [i + 1, r.review.join(' '), ...provenanceOf(r).slice(0, -1), ...columns.map(() => null)];
    putCells(row, before + prov.length, r, places);
    return row;
  });
  L.table(rows, { numberFormats: rows.map(() => formats) });
  L.skip();
  L.section(INTAKE.exactSection);
  L.header([...INTAKE.exactHeaders]);
  const exact: V[][] = [];
  for (const d of result.exact) for (const c of d.copies) exact.push([exact.length + 1, placeOf(d.first), c.file, c.sheet, c.row, c.name]);
  if (exact.length === 0) none();
  L.table(exact);
  L.skip();
  L.section(INTAKE.probableSection);
  L.header([...INTAKE.probableHeaders]);
  if (result.probable.length === 0) none();
  L.table(result.probable.map((g, i): V[] => [i + 1, g.map(placeOf).join('; '), g[0].name, [...new Set(g.map((r) => r.unit ?? '').filter(Boolean))].join('; ') || null, g[0].birthYear]));
  const widths = [6, 36, ...prov.map((p) => p.width), ...columns.map((c) => c.width)];
  return L.sheet(INTAKE_SHEETS.review, widths, { ...LANDSCAPE, titleRows: null }, 0);
}
