// The adapter against the strict fake host: what a secretary would see in Excel after "Bình xét".
import { createFakeExcel, type FakeExcel } from '../../playground/fakeExcel';
import { runScore, inspectSheet, listSheets, selectCell, asCellInput, writeOps, packOps } from '../../src/excel';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { OWNED_SHEETS, BAND_HEADERS } from '../../src/core/text/workbook';
import { isUserError } from '../../src/core/errors';
import { PLAN, HEADER_ROW, nominationSheet } from './fixtures';

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
    expect(out.syncs).toBeLessThanOrEqual(3);
    expect(f.syncCount()).toBe(out.syncs);
    const after = f.snapshot();
    const ds = after.sheets.find((s) => s.name === 'Danh sách')!;
    // Every original cell: same value, formula and number format.
    before.values.forEach((row, r) =>
      row.forEach((v, c) => {
        expect([r, c, ds.values[r][c]]).toEqual([r, c, v]);
        expect(ds.numberFormats[r][c]).toBe(before.numberFormats[r][c]);
        expect(ds.formulas[r][c]).toBe(before.formulas[r][c]);
      }),
    );
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
    await runScore(PLAN, settings, { sheet: null, date: '2024-12-20' });
    const first = f.snapshot();
    await runScore(PLAN, settings, { sheet: null, date: '2024-12-20' });
    expect(f.snapshot()).toEqual(first);
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

  // 50,000 rows of band and summaries are ~30 MB of requests: Office's 5 MB limit, not the row
  // count, sets the number of syncs (one read + as few full ~4 MB batches as the bytes need).
  test('50,000 rows: syncs bounded by payload (not rows), each request under 5 MB', async () => {
    const f = host(50_000);
    const out = await runScore(PLAN, settings, { sheet: null });
    expect(out.syncs).toBeLessThan(12);
    expect(out.result.nominations).toHaveLength(50_000);
    for (const size of f.requestSizes()) expect(size).toBeLessThan(5 * 1024 * 1024);
    const ds = f.snapshot().sheets.find((s) => s.name === 'Danh sách')!;
    const statusCol = ds.values[HEADER_ROW - 1].indexOf(BAND_HEADERS.status);
    expect(String(ds.values[HEADER_ROW + 49_999][statusCol])).not.toBe('');
  }, 120_000);
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
