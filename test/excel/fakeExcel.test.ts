// The fake host must be as strict as Office where add-ins usually go wrong, or adapter tests prove nothing.
import { createFakeExcel, coerceInput } from '../../playground/fakeExcel';

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
});
