// A workbook in the 1904 date system (Excel for Mac's option, LibreOffice's) through the Office.js
// adapter, on the strict fake host: its date cells hold serials 1462 less for the same day. The
// run must find the same late dossiers as in the 1900 twin, write its own dates in the workbook's
// system, and cost no sync more.
import { createFakeExcel, type FakeExcel, type SheetSnapshot } from '../../playground/fakeExcel';
import { appendHistory, runScore } from '../../src/excel';
import { readDocumentSheets } from '../../src/excel/documents';
import { readDocumentSource } from '../../src/documents/source';
import { DEFAULT_SETTINGS, type Plan } from '../../src/core/types';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { HISTORY_SHEET_NAME, HISTORY_STATS_SHEET } from '../../src/core/text/history';
import { INFO_SHEET_NAME } from '../../src/core/text/documentsPane';
import { INFO_FIELDS } from '../../src/core/text/infoSheet';
import { isDateFormat } from '../../src/core/dateSystem';
import { PLAN, BIG_PLAN, HEADER_ROW, nominationSheet, realisticSheet, serial } from './fixtures';

const DAYS = 1462;
const RECEIVED_COL = 4;
const settings = { ...DEFAULT_SETTINGS, year: 2024 };

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** The same list in either system: a 1904 workbook stores each received date 1462 less. */
function listIn(sheet: { values: unknown[][]; numberFormats: string[][] }, date1904: boolean): unknown[][] {
  return sheet.values.map((row, r) => row.map((v, c) => (date1904 && c === RECEIVED_COL && r >= HEADER_ROW && typeof v === 'number' ? v - DAYS : v)));
}

function host(n: number, date1904: boolean, extra: { name: string; values: unknown[][] }[] = []): FakeExcel {
  const sheet = nominationSheet(n);
  const f = createFakeExcel({
    sheets: [{ name: 'Danh sách', values: listIn(sheet, date1904) as never, numberFormats: sheet.numberFormats }, ...extra.map((s) => ({ name: s.name, values: s.values as never }))],
    active: 'Danh sách',
    date1904,
  });
  restore = f.install();
  return f;
}

/** A sheet as the days it shows: a date-formatted number of a 1904 workbook counted in the 1900 system. */
function asDays(s: SheetSnapshot, date1904: boolean): SheetSnapshot {
  const values = s.values.map((row, r) => row.map((v, c) => (date1904 && typeof v === 'number' && isDateFormat(s.numberFormats[r][c]) ? v + DAYS : v)));
  return { ...s, values };
}

/** Runs bình xét on the twin of `date1904` and returns the outcome and the workbook as days. */
async function scoreTwin(n: number, date1904: boolean) {
  const f = host(n, date1904);
  const out = await runScore(PLAN, settings, { sheet: null, date: '2024-12-20' });
  const sheets = f.snapshot().sheets;
  restore?.();
  restore = null;
  return { out, f, sheets, days: sheets.map((s) => asDays(s, date1904)) };
}

describe('a 1904 workbook in Excel', () => {
  test('the late dossiers are late, as in the 1900 twin, and the run costs the same syncs', async () => {
    const twin = await scoreTwin(14, false);
    const mac = await scoreTwin(14, true);
    const lateOf = (o: typeof twin.out) => o.result.nominations.filter((n) => n.late).map((n) => [n.row, n.received, n.lastOnTime, n.daysLate]);
    // Rows 4 and 11 of the list were received on 20/12/2024, after the last day on time 14/12.
    expect(lateOf(twin.out)).toEqual([
      [HEADER_ROW + 4, '2024-12-20', '2024-12-14', 6],
      [HEADER_ROW + 11, '2024-12-20', '2024-12-14', 6],
    ]);
    expect(lateOf(mac.out)).toEqual(lateOf(twin.out));
    expect(mac.out.result.nominations.map((n) => [n.row, n.status, n.received])).toEqual(twin.out.result.nominations.map((n) => [n.row, n.status, n.received]));
    expect(mac.out.syncs).toBe(twin.out.syncs);
    expect(mac.out.syncs).toBe(2);
    expect(mac.f.syncCount()).toBe(mac.out.syncs);
  });

  test('"BX Trễ hạn" holds 1904 serials that show the same days as the 1900 twin\'s', async () => {
    const twin = await scoreTwin(14, false);
    const mac = await scoreTwin(14, true);
    const late = (sheets: SheetSnapshot[]) => sheets.find((s) => s.name === OWNED_SHEETS.late)!;
    const twinLate = late(twin.sheets);
    const macLate = late(mac.sheets);
    // Received and last day on time of each late row: numbers under a date format.
    const dateCells = twinLate.values.flatMap((row, r) => row.map((v, c) => ({ v, r, c })).filter((x) => typeof x.v === 'number' && isDateFormat(twinLate.numberFormats[x.r][x.c])));
    expect(dateCells.map((x) => x.v)).toEqual([serial(2024, 12, 20), serial(2024, 12, 14), serial(2024, 12, 20), serial(2024, 12, 14)]);
    for (const x of dateCells) expect(macLate.values[x.r][x.c]).toBe((x.v as number) - DAYS);
    expect(macLate.numberFormats).toEqual(twinLate.numberFormats);
    // Every sheet of the workbook, read as the days it shows, is the twin's.
    expect(mac.days).toEqual(twin.days);
  });

  test('50,000 rows: the probe rides in the read, still 1 read + 2 writes, every late row found', async () => {
    const sheet = realisticSheet(50_000);
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: listIn(sheet, true) as never, numberFormats: sheet.numberFormats }], date1904: true });
    restore = f.install();
    const out = await runScore(BIG_PLAN, settings, { sheet: null });
    expect(out.syncs).toBe(3);
    // realisticSheet makes every twelfth row from the sixth late (received 16–20/12/2024).
    const late = out.result.nominations.filter((n) => n.late).map((n) => n.row - HEADER_ROW - 1);
    expect(late.length).toBe(Array.from({ length: 50_000 }, (_, i) => i).filter((i) => i % 12 === 5).length);
    expect(late.every((i) => i % 12 === 5)).toBe(true);
  }, 120_000);

  test('a history year written as a date and the info sheet\'s typed dates count in the workbook\'s system', async () => {
    const plan: Plan = { ...PLAN, movements: [{ ...PLAN.movements[0], deadlines: [] }] };
    // "Năm" typed as 31/12/2023 in a 1904 workbook: serial 45291 − 1462.
    const history = [
      ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định'],
      [1, 'Nguyễn Văn 2', 'Khoa Ngoại', serial(2023, 12, 31) - DAYS, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT'],
    ];
    const f = host(6, true, [{ name: HISTORY_SHEET_NAME, values: history }]);
    await runScore(plan, settings, { sheet: 'Danh sách' });
    await appendHistory(plan, settings, { sheet: 'Danh sách' });
    // The statistics sheet counts the record under 2023 (a 1900 reading would say 2019).
    const stats = f.snapshot().sheets.find((s) => s.name === HISTORY_STATS_SHEET)!;
    const text = stats.values.flat().map(String).join(' ');
    expect(text).toContain('2023');
    expect(text).not.toContain('2019');
    // The secretary types the decision's date into "Thông tin văn bản": Excel stores it as a 1904 serial.
    const qdLabel = INFO_FIELDS.qdDate.label;
    await f.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(INFO_SHEET_NAME).getUsedRange(true);
      used.load('values');
      await ctx.sync();
      const r = (used.values as unknown[][]).findIndex((row) => row[0] === qdLabel);
      ctx.workbook.worksheets.getItem(INFO_SHEET_NAME).getRange(`B${r + 1}`).values = [[serial(2024, 12, 27) - DAYS]];
      await ctx.sync();
    });
    const read = await readDocumentSheets('Danh sách');
    expect(read.syncs).toBe(2);
    expect(readDocumentSource(read.sheets, { plan, sheet: 'Danh sách' }).ctx.info.qdDate).toBe('27/12/2024');
  });
});

describe('the fake host\'s worksheet functions', () => {
  test('functions.date answers in the workbook\'s system, only after load and sync', async () => {
    for (const [date1904, expected] of [
      [false, 1462],
      [true, 0],
    ] as const) {
      const f = createFakeExcel({ sheets: [{ name: 'S', values: [['x']] }], date1904 });
      await f.run(async (ctx) => {
        const r = ctx.workbook.functions.date(1904, 1, 1);
        r.load('value');
        expect(() => r.value).toThrow(/PropertyNotLoaded/);
        await ctx.sync();
        expect(r.value).toBe(expected);
      });
      // No cell was written.
      expect(f.snapshot().sheets[0].values).toEqual([['x']]);
    }
  });
});
