// The Office.js side of "Tạo văn bản", on the strict fake host: a constant number of syncs whatever
// the rows, the blank "Thông tin văn bản" added only when missing, and the same documents as the CLI.
import { createFakeExcel, type FakeExcel } from '../../playground/fakeExcel';
import { runScore } from '../../src/excel';
import { readDocumentSheets } from '../../src/excel/documents';
import { buildDocuments } from '../../src/documents/index';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { INFO_SHEET_NAME } from '../../src/core/text/documentsPane';
import { BIG_PLAN, realisticSheet } from './fixtures';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function host(n: number): FakeExcel {
  const { values, numberFormats } = realisticSheet(n);
  const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats }] });
  restore = f.install();
  return f;
}

test.each([10, 5000])('%i rows: 2 syncs, the info sheet added once, never rewritten', async (n) => {
  const f = host(n);
  await runScore(BIG_PLAN, { ...DEFAULT_SETTINGS, year: 2024 }, { sheet: 'Danh sách' });
  // Bình xét created it; remove it to see the documents step create it too.
  await f.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(INFO_SHEET_NAME).delete();
    await ctx.sync();
  });
  const first = await readDocumentSheets('Danh sách');
  expect(first.syncs).toBe(2);
  expect(first.created).toBe(true);
  expect(f.snapshot().sheets.map((s) => s.name)).toContain(INFO_SHEET_NAME);
  // The secretary types a number; the next run reads it and writes nothing.
  await f.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(INFO_SHEET_NAME);
    const used = ws.getUsedRange(true);
    used.load('values');
    await ctx.sync();
    const row = used.values.findIndex((r: unknown[]) => r[0] === 'Số quyết định');
    ws.getRange(`B${row + 1}`).values = [['05/QĐ-SYT']];
    await ctx.sync();
  });
  const before = JSON.stringify(f.snapshot().sheets.find((s) => s.name === INFO_SHEET_NAME));
  const second = await readDocumentSheets('Danh sách');
  expect(second.syncs).toBe(2);
  expect(second.created).toBe(false);
  expect(JSON.stringify(f.snapshot().sheets.find((s) => s.name === INFO_SHEET_NAME))).toBe(before);
  const r = await buildDocuments(second.sheets, { sheet: 'Danh sách' });
  expect(r.missing).not.toContain('Số quyết định');
  expect(r.documents.find((d) => d.kind === 'quyet-dinh')!.rows).toBe(r.awardees);
  expect(r.awardees).toBeGreaterThan(0);
});
