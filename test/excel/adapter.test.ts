// The adapter against the strict fake host: what a secretary would see in Excel after "Bình xét".
import * as fs from 'fs';
import * as path from 'path';
import { createFakeExcel, FIVE_MB, type FakeExcel } from '../../playground/fakeExcel';
import { runScore, inspectSheet, listSheets, selectCell, asCellInput, writeOps, packOps, readPlanSheet, writePlanSheet, REQUEST_BUDGET } from '../../src/excel';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { OWNED_SHEETS, BAND_HEADERS, WB } from '../../src/core/text/workbook';
import { isUserError } from '../../src/core/errors';
import { readPlanText } from '../../src/plan';
import { PLAN_SHEET_NAME, planSheetView } from '../../src/workbook/planSheet';
import { PLAN, BIG_PLAN, HEADER_ROW, nominationSheet, realisticSheet, changedOriginals } from './fixtures';

let restore: (() => void) | null = null;
function host(n: number, extra: { formulaUnit?: boolean; collide?: boolean } = {}, options = {}): FakeExcel {
  const { values, numberFormats } = nominationSheet(n, extra);
  if (extra.collide) values[HEADER_ROW + 1][9] = 'ý kiến của tôi'; // J6: inside where the band goes
  const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats }, { name: 'Ghi chép', values: [['giữ nguyên']] }], active: 'Danh sách' }, options);
  restore = f.install();
  return f;
}
afterEach(() => {
  restore?.();
  restore = null;
});

const settings = { ...DEFAULT_SETTINGS, year: 2024 };

describe('runScore through Office.js', () => {
  test('writes the result band right of the table and the owned sheets, in 2 syncs, leaving every original cell as it was', async () => {
    const f = host(10, { formulaUnit: true });
    const before = f.snapshot().sheets.find((s) => s.name === 'Danh sách')!;
    const out = await runScore(PLAN, settings, { sheet: null });
    expect(out.syncs).toBe(2);
    expect(f.syncCount()).toBe(out.syncs);
    const after = f.snapshot();
    const ds = after.sheets.find((s) => s.name === 'Danh sách')!;
    // Every original cell: same value, formula and number format; every merge kept.
    expect(changedOriginals(before, ds)).toEqual([]);
    // The band starts right of the table's last column (H) on the header row.
    const bandHeaders = ds.values[HEADER_ROW - 1].slice(8).filter((v) => v !== '');
    expect(bandHeaders).toContain(BAND_HEADERS.status);
    expect(ds.values[HEADER_ROW - 1][7]).toBe('Ghi chú');
    // Each nominee row has a status in the band.
    const statusCol = ds.values[HEADER_ROW - 1].indexOf(BAND_HEADERS.status);
    for (let r = HEADER_ROW; r < HEADER_ROW + 10; r++) expect(String(ds.values[r][statusCol])).not.toBe('');
    expect(out.result.nominations).toHaveLength(10);
    // Owned sheets exist, print on A4; the other user sheet is untouched.
    const names = after.sheets.map((s) => s.name);
    for (const n of Object.values(OWNED_SHEETS)) expect(names).toContain(n);
    const proposal = after.sheets.find((s) => s.name === OWNED_SHEETS.proposal)!;
    expect(proposal.paperSize).toBe('A4');
    expect(after.sheets.find((s) => s.name === 'Ghi chép')!.values).toEqual([['giữ nguyên']]);
  });

  test('a unit written "=Phòng …" as text is copied to the summaries as text, never a formula', async () => {
    const f = host(10, { formulaUnit: true });
    await runScore(PLAN, settings, { sheet: 'Danh sách' });
    const all = f.snapshot().sheets.filter((s) => s.name !== 'Danh sách');
    const hits = all.flatMap((s) => s.values.flatMap((row, r) => row.map((v, c) => ({ v, f: s.formulas[r][c] })))).filter((x) => String(x.v).startsWith('=Phòng Kế hoạch'));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.f).toBeNull();
    // No cell the add-in wrote became a formula.
    for (const s of all) for (const row of s.formulas) for (const fm of row) expect(fm).toBeNull();
  });

  test('running twice gives the same workbook', async () => {
    const f = host(12);
    const before = f.snapshot().sheets[0];
    await runScore(PLAN, settings, { sheet: null, date: '2024-12-20' });
    const first = f.snapshot();
    // The second run replaces its own "Kế hoạch" and BX sheets (A1 is its title): no refusal.
    const again = await runScore(PLAN, settings, { sheet: null, date: '2024-12-20' });
    expect(again.syncs).toBe(2);
    expect(f.snapshot()).toEqual(first);
    expect(changedOriginals(before, f.snapshot().sheets[0])).toEqual([]);
  });

  test('user data where the band goes: a UserError and nothing written', async () => {
    const f = host(6, { collide: true });
    const before = f.snapshot();
    let err: unknown = null;
    try {
      await runScore(PLAN, settings, { sheet: null });
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect(String((err as Error).message)).toMatch(/J6/);
    expect(f.snapshot()).toEqual(before);
    expect(f.syncCount()).toBe(1); // the read only
  });

  test('a sheet that does not exist is a UserError naming it', async () => {
    host(3);
    await expect(runScore(PLAN, settings, { sheet: 'Không có' })).rejects.toThrow(/Không có/);
  });
});

describe('reading', () => {
  test('inspectSheet finds the header and counts nominees in 1 sync', async () => {
    const f = host(8);
    const r = await inspectSheet(null, PLAN);
    expect(r.sheet).toBe('Danh sách');
    expect(r.header?.headerRow).toBe(HEADER_ROW);
    expect(r.nominees).toBe(8);
    expect(f.syncCount()).toBe(1);
  });

  test('a sheet too large for one response is read in chunks', async () => {
    const f = host(3000, {}, { responseLimit: 100_000 });
    const r = await inspectSheet('Danh sách', PLAN);
    expect(r.nominees).toBe(3000);
    expect(f.syncCount()).toBeGreaterThan(2);
  });

  test('listSheets and selectCell', async () => {
    const f = host(2);
    expect(await listSheets()).toEqual({ names: ['Danh sách', 'Ghi chép'], active: 'Danh sách' });
    await selectCell('Ghi chép', 'A1');
    expect(f.snapshot().selection).toEqual({ sheet: 'Ghi chép', address: 'A1' });
    expect(f.snapshot().active).toBe('Ghi chép');
  });

  test('listSheets leaves hidden and very hidden sheets out, in one sync', async () => {
    const { values, numberFormats } = nominationSheet(2, {});
    const f = createFakeExcel({
      sheets: [
        { name: 'DS năm trước', values: values as never, numberFormats, visibility: 'Hidden' },
        { name: 'Danh sách', values: values as never, numberFormats },
        { name: 'Tra cứu', values: [['mã']], visibility: 'VeryHidden' },
      ],
      active: 'Danh sách',
    });
    restore = f.install();
    expect(await listSheets()).toEqual({ names: ['Danh sách'], active: 'Danh sách' });
    expect(f.syncCount()).toBe(1);
  });
});

describe('writing', () => {
  test('text that Excel would parse is sent with a quote prefix', () => {
    expect(asCellInput('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asCellInput('- Hoàn thành tốt')).toBe("'- Hoàn thành tốt");
    expect(asCellInput('2.4')).toBe("'2.4");
    expect(asCellInput('Khoa Nội')).toBe('Khoa Nội');
    expect(asCellInput(3)).toBe(3);
    expect(asCellInput(null)).toBe('');
  });

  test('a plan over the request budget is split into batches that each fit', async () => {
    const f = createFakeExcel({ sheets: [{ name: 'S', values: [['x']] }] }, { requestLimit: 300_000 });
    restore = f.install();
    const values = Array.from({ length: 20_000 }, (_, i) => [`Nguyễn Văn ${i}`, i, '=không phải công thức']);
    const ops = writeOps({ band: null, sheets: [{ name: 'BX Thử', blocks: [{ row: 1, col: 1, values }], columnWidths: [20], merges: [], print: { landscape: true, titleRows: '$1:$1', fitToWidth: true }, font: { name: 'Times New Roman', size: 12 }, freezeRows: 1 }] }, ['S'], 100_000);
    const batches = packOps(ops, 250_000);
    expect(batches.length).toBeGreaterThan(1);
    await f.run(async (ctx) => {
      for (const b of batches) {
        for (const op of b) op.run(ctx);
        await ctx.sync();
      }
    });
    const s = f.snapshot().sheets.find((x) => x.name === 'BX Thử')!;
    expect(s.values[19_999]).toEqual(['Nguyễn Văn 19999', 19999, '=không phải công thức']);
    expect(s.formulas[19_999][2]).toBeNull();
    expect(s.printTitleRows).toBe('$1:$1');
    expect(s.orientation).toBe('Landscape');
    expect(s.freezeRows).toBe(1);
  });
});

function realHost(n: number, extra: { notes?: string } = {}, options = {}): FakeExcel {
  const { values, numberFormats } = realisticSheet(n);
  if (extra.notes) {
    values[HEADER_ROW - 1] = [...(values[HEADER_ROW - 1] as unknown[]), 'Ghi chú'];
    for (let r = HEADER_ROW; r < values.length; r++) values[r] = [...values[r], `${extra.notes} (hồ sơ số ${r - HEADER_ROW + 1})`];
  }
  const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats }] }, options);
  restore = f.install();
  return f;
}

/** The band's status column (0-based) on the header row of the snapshot. */
function statusCol(f: FakeExcel): number {
  return f.snapshot().sheets.find((s) => s.name === 'Danh sách')!.values[HEADER_ROW - 1].indexOf(BAND_HEADERS.status);
}

describe('sync budget (the fake host refuses any request or response over 5 MB, as Office does)', () => {
  test('10 realistic rows: 1 read + 1 write', async () => {
    const f = realHost(10);
    const out = await runScore(BIG_PLAN, settings, { sheet: null });
    expect(out.syncs).toBe(2);
    // The write carries the band and five small owned sheets (the blank "Thông tin văn bản" among
    // them, about 6 KB): well under one request.
    const [read, write] = f.requestSizes();
    expect(read).toBeLessThan(2_000);
    expect(write).toBeLessThan(50_000);
  });

  test('50,000 realistic rows: 1 read + 2 writes, each request and response under 5 MB', async () => {
    const f = realHost(50_000);
    const before = f.snapshot().sheets[0];
    const out = await runScore(BIG_PLAN, settings, { sheet: null });
    expect(out.result.nominations).toHaveLength(50_000);
    // Most rows are over quota with a short reason ("Xếp hạng 834, ngoài chỉ tiêu 300 cá nhân.").
    expect(out.result.nominations.filter((n) => n.status === 'over_quota').length).toBeGreaterThan(40_000);
    expect(out.syncs).toBe(3);
    const req = f.requestSizes();
    const res = f.responseSizes();
    for (const size of [...req, ...res]) expect(size).toBeLessThan(FIVE_MB);
    // The values alone come back in one response (number formats are not asked for).
    expect(res[0]).toBeGreaterThan(3_000_000);
    // Two writes are the minimum: together they carry more than one request may. The first is
    // packed to the budget (less than one 128 KB chunk short of it).
    expect(req[1] + req[2]).toBeGreaterThan(REQUEST_BUDGET);
    expect(req[1]).toBeGreaterThan(REQUEST_BUDGET - 200 * 1024);
    const ds = f.snapshot().sheets.find((s) => s.name === 'Danh sách')!;
    const col = statusCol(f);
    expect(String(ds.values[HEADER_ROW + 49_999][col])).not.toBe('');
    expect(changedOriginals(before, ds)).toEqual([]);
  }, 120_000);

  test('a sheet too large for one response (long notes on 50,000 rows) is read in chunks, every payload under 5 MB', async () => {
    const f = realHost(50_000, { notes: 'Đã nộp đủ hồ sơ, bản sao quyết định công nhận sáng kiến cấp cơ sở kèm theo' });
    const out = await runScore(BIG_PLAN, settings, { sheet: null });
    expect(out.result.nominations).toHaveLength(50_000);
    // 1 read refused as too large + 1 for the size, names and merges + 3 chunks of 22,222 rows
    // (200,000 cells of 9 columns) + 2 writes.
    expect(out.syncs).toBe(7);
    for (const size of f.requestSizes()) expect(size).toBeLessThan(FIVE_MB);
    // Only the first read's response passed the limit (Office refused it); every chunk fits.
    const res = f.responseSizes();
    expect(res[0]).toBeGreaterThan(FIVE_MB);
    for (const size of res.slice(1)) expect(size).toBeLessThan(FIVE_MB);
  }, 120_000);

  test('the estimated size of each batch is what the host measures, never less', async () => {
    const { values } = realisticSheet(3000);
    const f = createFakeExcel({ sheets: [{ name: 'S', values: values as never }] });
    restore = f.install();
    const sheet = { name: 'BX Thử', blocks: [{ row: 1, col: 1, values: values.map((r) => r.map((v) => (v === undefined ? null : v))) as never, numberFormats: values.map((r) => r.map((_, c) => (c === 4 ? 'dd/mm/yyyy' : '@'))), fills: values.map((_, i) => (i % 3 ? 'C6EFCE' : null)) }], columnWidths: [6, 30], merges: ['A1:H1'], print: { landscape: true, titleRows: '$4:$4', fitToWidth: true }, font: { name: 'Times New Roman', size: 12 }, freezeRows: 4 };
    const batches = packOps(writeOps({ band: null, sheets: [sheet] }, ['S'], 20_000), 60_000);
    expect(batches.length).toBeGreaterThan(3);
    await f.run(async (ctx) => {
      for (const b of batches) {
        for (const op of b) op.run(ctx);
        await ctx.sync();
      }
    });
    const measured = f.requestSizes();
    batches.forEach((b, i) => {
      const est = b.reduce((n, op) => n + op.size, 0);
      expect(est).toBeGreaterThanOrEqual(measured[i]);
      // Within 15% (the per-call allowance is larger than the fake's): packing is not wasteful.
      expect(est).toBeLessThan(measured[i] * 1.15 + 2_000);
    });
  });
});

describe("never a user's sheet", () => {
  for (const name of [PLAN_SHEET_NAME, 'kế hoạch']) {
    test(`a user's own "${name}" sheet: a UserError naming it, nothing written, 1 sync`, async () => {
      const { values, numberFormats } = realisticSheet(5);
      const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats }, { name, values: [['Kế hoạch công tác quý IV'], ['1. Họp chi bộ']] }] });
      restore = f.install();
      const before = f.snapshot();
      await expect(runScore(BIG_PLAN, settings, { sheet: 'Danh sách' })).rejects.toThrow(WB.foreignOwnedSheet(name));
      expect(f.snapshot()).toEqual(before);
      expect(f.syncCount()).toBe(1);
      await expect(writePlanSheet(BIG_PLAN)).rejects.toThrow(WB.foreignOwnedSheet(name));
      expect(f.snapshot()).toEqual(before);
    });
  }
});

describe("never a user's sheet with an owned BX name", () => {
  test('a user\'s own "BX Tổng hợp": a UserError naming it, nothing written, 1 sync', async () => {
    const { values, numberFormats } = realisticSheet(5);
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats }, { name: 'BX Tổng hợp', values: [['Bảng điểm bóng đá nội bộ']] }] });
    restore = f.install();
    const before = f.snapshot();
    await expect(runScore(BIG_PLAN, settings, { sheet: 'Danh sách' })).rejects.toThrow(WB.foreignOwnedSheet('BX Tổng hợp'));
    expect(f.snapshot()).toEqual(before);
    expect(f.syncCount()).toBe(1);
  });
});

describe('merged cells where the band goes', () => {
  function mergedHost(merges: string[], n = 6): FakeExcel {
    const { values, numberFormats } = nominationSheet(n);
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats, merges }] });
    restore = f.install();
    return f;
  }

  test('a merge reaching from the table into the band: a UserError naming it, nothing written', async () => {
    const f = mergedHost(['A1:H1', 'H6:J6']);
    const before = f.snapshot();
    await expect(runScore(PLAN, settings, { sheet: null })).rejects.toThrow(WB.bandConflict('Danh sách', ['H6:J6']));
    expect(f.snapshot()).toEqual(before);
    expect(f.syncCount()).toBe(1);
  });

  test('an empty merge right of the table (outside the used range) is seen too', async () => {
    const f = mergedHost(['L8:M9']);
    await expect(runScore(PLAN, settings, { sheet: null })).rejects.toThrow(/L8:M9/);
    expect(f.syncCount()).toBe(1);
  });

  test('merges only in the table (a title across A1:H1) are kept and the run goes on', async () => {
    const f = mergedHost(['A1:H1', 'A2:H2']);
    const before = f.snapshot().sheets[0];
    const out = await runScore(PLAN, settings, { sheet: null });
    expect(out.syncs).toBe(2);
    expect(changedOriginals(before, f.snapshot().sheets[0])).toEqual([]);
  });

  test('an Excel without ExcelApi 1.13 is not asked for merged areas (the read would fail there)', async () => {
    const g = globalThis as { Office?: unknown };
    const asked: string[] = [];
    g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => (asked.push(`${name} ${v}`), false) } } };
    try {
      const f = mergedHost(['H6:J6']);
      const out = await runScore(PLAN, settings, { sheet: null });
      expect(asked).toContain('ExcelApi 1.13');
      expect(out.syncs).toBe(2);
      expect(f.snapshot().sheets[0].merges).toEqual(['H6:J6']);
    } finally {
      delete g.Office;
    }
  });

  test('more than 512 merged areas (Office refuses to list them): values read again, the band area checked alone', async () => {
    // 600 two-row merges in the Ghi chú column H, none in the band.
    const merges = Array.from({ length: 600 }, (_, i) => `H${HEADER_ROW + 1 + 2 * i}:H${HEADER_ROW + 2 + 2 * i}`);
    const f = mergedHost(merges, 1200);
    const before = f.snapshot().sheets[0];
    const out = await runScore(PLAN, settings, { sheet: null });
    // read with merges (refused) + read without + band-area merges + write.
    expect(out.syncs).toBe(4);
    expect(changedOriginals(before, f.snapshot().sheets[0])).toEqual([]);
  });
});

describe('a shorter list', () => {
  test('scoring 20 rows, deleting the data of the last 5 and scoring again leaves no stale result', async () => {
    const f = realHost(20);
    const original = f.snapshot().sheets[0];
    await runScore(BIG_PLAN, settings, { sheet: null });
    const col = statusCol(f);
    const lastRow = HEADER_ROW + 20; // 1-based row of the 20th nominee
    expect(String(f.snapshot().sheets[0].values[lastRow - 1][col])).not.toBe('');
    // The user clears A..H of the last 5 nominees (rows 20–24), as Delete on a selection does.
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Danh sách').getRange(`A${lastRow - 4}:H${lastRow}`).values = Array.from({ length: 5 }, () => new Array(8).fill(''));
      await ctx.sync();
    });
    const out = await runScore(BIG_PLAN, settings, { sheet: null });
    expect(out.result.nominations).toHaveLength(15);
    expect(out.syncs).toBe(2);
    const ds = f.snapshot().sheets[0];
    for (let r = lastRow - 4; r <= lastRow; r++) {
      expect(ds.values[r - 1]?.slice(8) ?? []).toEqual(new Array(ds.values[r - 1]?.slice(8).length ?? 0).fill(''));
      for (let c = 8; c < 14; c++) expect(ds.fills[`${String.fromCharCode(65 + c)}${r}`]).toBeUndefined();
    }
    expect(String(ds.values[lastRow - 6][col])).not.toBe('');
    // The user's other cells are as they were (rows 1–19).
    const kept = { ...original, values: original.values.slice(0, lastRow - 5), formulas: original.formulas.slice(0, lastRow - 5), numberFormats: original.numberFormats.slice(0, lastRow - 5) };
    expect(changedOriginals(kept, ds)).toEqual([]);
  });
});

describe('the "Kế hoạch" sheet', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/plans/real/brvt-2023-cchc.txt'), 'utf8');
  const plan = readPlanText(text, { year: 2023 });

  test('plan → sheet → plan is identical (1 sync to read)', async () => {
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: [['x']] }] });
    restore = f.install();
    expect(await readPlanSheet()).toBeNull();
    await writePlanSheet(plan);
    expect(f.syncCount()).toBe(3); // 1 read (none there) + 2 to write
    const back = await readPlanSheet();
    expect(f.syncCount()).toBe(4);
    expect(back!.plan).toEqual(planSheetView(plan));
    expect(f.snapshot().sheets.find((s) => s.name === 'Danh sách')!.values).toEqual([['x']]);
  });

  test('a quota the user corrected in the sheet is what is read back', async () => {
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: [['x']] }] });
    restore = f.install();
    const small: typeof plan = { ...plan, movements: plan.movements.map((m, i) => (i === 0 ? { ...m, quota: { collective: 2, individual: 5, either: null, percent: null } } : m)) };
    await writePlanSheet(small);
    const sheet = f.snapshot().sheets.find((s) => s.name === PLAN_SHEET_NAME)!;
    const row = sheet.values.findIndex((r) => r[0] === small.movements[0].id && r[1] === small.movements[0].name);
    expect(row).toBeGreaterThan(0);
    expect(sheet.values[row][3]).toBe(5);
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(PLAN_SHEET_NAME).getRange(`D${row + 1}`).values = [[7]];
      await ctx.sync();
    });
    const back = await readPlanSheet();
    expect(back!.plan.movements[0].quota).toEqual({ collective: 2, individual: 7, either: null, percent: null });
    expect(back!.plan.movements.slice(1)).toEqual(small.movements.slice(1));
  });
});
