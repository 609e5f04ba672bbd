// The step "Gộp danh sách đơn vị", loaded by IntakeTab when files are picked (with the .xlsx/.csv
// readers, and mammoth later still, only for a Word file): the picked files read in the browser by
// the command line's own path (workbook/intake, src/package for .xlsx), merged with the workbook's
// "Đơn vị" sheet as the units list, and laid out as a preview of plain texts; writing goes through
// src/excel in a constant number of syncs.
import type { Plan } from '../core/types';
import { fromIso, formatVN } from '../core/dates';
import { PANE_TEXT } from '../core/text/taskpane';
import { INTAKE, sheetLabel } from '../core/text/intake';
import { INTAKE_PREVIEW as T } from '../core/text/intakePreview';
import { readWorkbook } from '../package';
import type { WritePlan } from '../workbook/model';
import { fileDay, intakeContext, mergeReads, readUnitFiles, readUnitsList, unitFileFromBytes, type GopJson, type UnitSheet } from '../workbook/intake/index';
import { readUnitsSheet, writeIntakeSheets } from '../excel/intake';

/** A file the user picked, as the browser hands it over. */
export interface PickedFile {
  name: string;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What one picked file gave, as texts to show (file and cell texts are shown as text, never as markup). */
export interface FilePreview {
  file: string;
  lines: string[];
  mapped: string[];
  unmapped: string[];
  problems: string[];
}

export interface IntakePreview {
  units: string[];
  summary: string[];
  files: FilePreview[];
  merged: number;
  writePlan: WritePlan;
}

function xlsxSheets(bytes: Uint8Array, fileName: string): UnitSheet[] {
  return readWorkbook(bytes, fileName).sheets.map((s) => ({ ...s, hidden: s.visibility !== undefined && s.visibility !== 'Visible' }));
}

function dateOf(iso: string | null): string | null {
  const serial = iso === null ? null : fromIso(iso);
  return serial === null ? null : formatVN(serial);
}
const fieldName = (f: string) => PANE_TEXT.fields[f] ?? T.extraFields[f] ?? f;

/** Each file's entries of the merge's JSON (one per list sheet, or one saying why none), as texts. */
function filePreviews(json: GopJson): FilePreview[] {
  const out = new Map<string, FilePreview>();
  for (const f of json.files) {
    let p = out.get(f.file);
    if (!p) out.set(f.file, (p = { file: f.file, lines: [], mapped: [], unmapped: [], problems: [] }));
    // The columns not merged are listed on their own, not again among the notes.
    const listed = new Set<string>();
    if (f.sheet === null) p.lines.push(T.noList);
    else {
      p.lines.push(T.sheetLine(sheetLabel(f.file, f.sheet), f.headerRow, f.rows), T.outcomeLine(f.merged, f.duplicates, f.review));
      for (const c of f.columns) {
        if (c.field) p.mapped.push(T.mappedItem(c.header, fieldName(c.field)));
        else {
          p.unmapped.push(T.unmappedItem(c.header, c.column));
          listed.add(INTAKE.unmappedColumn(c.header, c.column));
        }
      }
    }
    p.lines.push(T.unitLine(f.unit, f.unitFrom));
    if (f.sheet !== null || f.received !== null) p.lines.push(T.receivedLine(dateOf(f.received), f.receivedFrom));
    for (const pr of f.problems) if (!listed.has(pr.message)) p.problems.push(pr.message);
  }
  return [...out.values()];
}

/** Reads and merges the picked files (1 sync, for the workbook's "Đơn vị" sheet). */
export async function previewIntake(files: readonly PickedFile[], plan: Plan): Promise<IntakePreview> {
  const { sheet } = await readUnitsSheet();
  const list = sheet ? readUnitsList([sheet], T.thisWorkbook) : null;
  const ctx = intakeContext(plan, { units: list?.units ?? null });
  const reads = await readUnitFiles(files, async (f) => unitFileFromBytes(new Uint8Array(await f.arrayBuffer()), f.name, fileDay(new Date(f.lastModified)), xlsxSheets), ctx);
  const o = mergeReads(reads, ctx);
  const j = o.json;
  const rows = j.files.reduce((n, f) => n + f.rows, 0);
  const copies = j.duplicates.filter((d) => d.exact).reduce((n, d) => n + d.rows.length - 1, 0);
  const summary = [T.summary(files.length, rows, j.merged, copies, j.duplicates.filter((d) => !d.exact).length, j.review.length)];
  const missing = j.units.filter((u) => u.missing).map((u) => u.unit);
  if (missing.length) summary.push(T.missing(missing));
  const over = j.units.filter((u) => (u.over ?? 0) > 0).map((u) => `${u.unit} (+${u.over})`);
  if (over.length) summary.push(T.over(over));
  const units = [list?.units.length ? T.unitsFromSheet(list.units.length) : T.unitsFromPlan(ctx.units.length), ...(list?.problems ?? [])];
  return { units, summary, files: filePreviews(j), merged: j.merged, writePlan: o.writePlan };
}

/** Writes "Tổng hợp", "Đơn vị gửi" and "Cần kiểm tra" (2 syncs); the message to show. */
export async function writeIntake(p: IntakePreview): Promise<string> {
  await writeIntakeSheets(p.writePlan);
  return T.written(p.merged);
}
