// Data-preservation check for CLI tests: a fingerprint of every cell (value, formula, number format)
// and every merge of an .xlsx, so a test can assert that the user's cells are untouched after a run
// and that scoring a result again gives the same workbook.
import ExcelJS from 'exceljs';

export interface CellPrint {
  value: unknown;
  formula: string | null;
  numFmt: string | null;
}

export interface Fingerprint {
  sheets: string[];
  cells: Map<string, CellPrint>; // "Sheet!A1" → print
  merges: Map<string, string[]>; // sheet → sorted merge ranges
}

function valueOf(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return { date: v.toISOString() };
  if (v && typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('richText' in o) return { richText: (o.richText as { text: string }[]).map((r) => r.text).join('') };
    if ('formula' in o || 'sharedFormula' in o) return { result: valueOf(o.result as ExcelJS.CellValue) ?? null };
    if ('error' in o) return { error: o.error };
    if ('hyperlink' in o) return { text: o.text, hyperlink: o.hyperlink };
  }
  return v;
}

export async function fingerprintFile(file: string): Promise<Fingerprint> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return fingerprintWorkbook(wb);
}

export function fingerprintWorkbook(wb: ExcelJS.Workbook): Fingerprint {
  const cells = new Map<string, CellPrint>();
  const merges = new Map<string, string[]>();
  const sheets: string[] = [];
  for (const ws of wb.worksheets) {
    sheets.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (cell.value === null || cell.value === undefined) return;
        const f = cell.formula || (cell.value as { sharedFormula?: string })?.sharedFormula || null;
        cells.set(`${ws.name}!${cell.address}`, { value: valueOf(cell.value), formula: f ?? null, numFmt: cell.numFmt ?? null });
      });
    });
    const m = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    merges.set(ws.name, [...m].sort());
  }
  return { sheets, cells, merges };
}

/** Cells of `before` (restricted to the given sheets, or all) that differ or vanished in `after`. */
export function changedCells(before: Fingerprint, after: Fingerprint, sheets?: string[]): string[] {
  const out: string[] = [];
  for (const [k, v] of before.cells) {
    const sheet = k.slice(0, k.lastIndexOf('!'));
    if (sheets && !sheets.includes(sheet)) continue;
    const a = after.cells.get(k);
    if (!a || JSON.stringify(a) !== JSON.stringify(v)) out.push(k);
  }
  return out;
}

/** Merges of `before` (restricted to sheets) that are missing in `after`. */
export function lostMerges(before: Fingerprint, after: Fingerprint, sheets?: string[]): string[] {
  const out: string[] = [];
  for (const [sheet, list] of before.merges) {
    if (sheets && !sheets.includes(sheet)) continue;
    const a = new Set(after.merges.get(sheet) ?? []);
    for (const m of list) if (!a.has(m)) out.push(`${sheet}!${m}`);
  }
  return out;
}

/** A plain comparable form of the whole fingerprint (for idempotence). */
export function asPlain(f: Fingerprint): unknown {
  return { sheets: f.sheets, cells: [...f.cells.entries()].sort(), merges: [...f.merges.entries()].sort() };
}
