// The fake host must be as strict as Office where add-ins usually go wrong, or adapter tests prove nothing.
import { createFakeExcel, coerceInput, sizeOf } from '../../playground/fakeExcel';

function fake() {
  return createFakeExcel({ sheets: [{ name: 'DS', values: [['a', 1], ['b', 2]] }, { name: 'Khác', values: [['x']] }] });
}

describe('strict fake Excel host', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('DS').getRange('A1:B2');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/); // loaded but not yet synced
      await ctx.sync();
      expect(r.values).toEqual([['a', 1], ['b', 2]]);
      expect(() => r.address).toThrow(/PropertyNotLoaded/); // only what was loaded
    });
  });

  test('writes are queued until sync, and syncs are counted', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('DS').getRange('A1').values = [['mới']];
      expect(f.cell('DS', 'A1')?.v).toBe('a');
      await ctx.sync();
      expect(f.cell('DS', 'A1')?.v).toBe('mới');
    });
    expect(f.syncCount()).toBe(1);
  });

  test('isNullObject is only known after a sync', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      const there = ctx.workbook.worksheets.getItemOrNullObject('DS');
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  test('unknown members and a missing sheet fail loudly', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('DS');
      expect(() => ws.tables).toThrow(/not implemented/);
      expect(() => ws.getRange('A1').insert('Down')).toThrow(/not implemented/);
      ctx.workbook.worksheets.getItem('Không có').getRange('A1').load('values');
      await expect(ctx.sync()).rejects.toThrow(/ItemNotFound/);
    });
  });

  test('a mismatched values array is rejected as Office does', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      expect(() => {
        ctx.workbook.worksheets.getItem('DS').getRange('A1:B1').values = [['một']];
      }).toThrow(/doesn't match/);
    });
  });

  test('strings are coerced like typed input: formulas, numbers, quote prefix', () => {
    expect(coerceInput('=SUM(A1)', undefined)).toMatchObject({ f: '=SUM(A1)' });
    expect(coerceInput('- Hoàn thành', undefined)).toMatchObject({ f: '- Hoàn thành' });
    expect(coerceInput('2.4', undefined)).toMatchObject({ v: 2.4 });
    expect(coerceInput("'=SUM(A1)", undefined)).toMatchObject({ v: '=SUM(A1)', f: undefined, quote: true });
    expect(coerceInput(null, undefined)).toBeNull();
  });

  test('a request over the payload limit is refused', async () => {
    const f = createFakeExcel({ sheets: [{ name: 'S', values: [['']] }] }, { requestLimit: 10_000 });
    await f.run(async (ctx) => {
      const rows = Array.from({ length: 1000 }, (_, i) => [`dòng ${i}`]);
      ctx.workbook.worksheets.getItem('S').getRange('A1:A1000').values = rows;
      await expect(ctx.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    });
    expect(f.cell('S', 'A1')?.v ?? '').toBe('');
  });

  test('request sizes are UTF-8 bytes of what is sent, addresses included', async () => {
    expect(sizeOf('Kết quả')).toBe(13); // 2 quotes + 5 ASCII characters + "ế" and "ả" (3 bytes each)
    const f = fake();
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('DS');
      ws.getRanges('A1:B1,A2:B2').format.fill.color = '#C6EFCE';
      await ctx.sync();
    });
    // The address list is counted: longer than the colour alone.
    expect(f.requestSizes()[0]).toBeGreaterThanOrEqual(sizeOf('A1:B1,A2:B2') + sizeOf('#C6EFCE'));
  });

  test('merged areas: listed with the sheet name, a null object when none, refused over 512', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `D${i + 1}:E${i + 1}`);
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: [['a', 'b', 'c']], merges: ['A1:B1', ...merges] }] });
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Danh sách');
      const some = ws.getRange('A1:C3').getMergedAreasOrNullObject();
      some.load('areas/items/address');
      const none = ws.getRange('A5:C9').getMergedAreasOrNullObject();
      none.load('areas/items/address');
      expect(() => some.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(some.isNullObject).toBe(false);
      expect(some.areas.items.map((a: { address: string }) => a.address)).toEqual(["'Danh sách'!A1:B1"]);
      expect(none.isNullObject).toBe(true);
      ws.getRange('A1:F600').getMergedAreasOrNullObject().load('address');
      await expect(ctx.sync()).rejects.toThrow(/512/);
    });
  });

  test('a range of a missing sheet (getItemOrNullObject) loads as null instead of failing', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Kế hoạch');
      const used = ws.getUsedRange(true);
      used.load('values');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(used.values).toBeNull();
    });
  });
});
