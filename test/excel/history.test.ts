// The award history through the Excel adapter on the strict fake host: the "Lịch sử khen thưởng"
// sheet is read in the run's one read sync, its conditions decide rows as the pane's rule switches
// say, and the report step's "Ghi vào lịch sử" appends this year's results in two syncs, a second
// press adding nothing.
import { createFakeExcel, FIVE_MB, type FakeExcel } from '../../playground/fakeExcel';
import { appendHistory, runScore } from '../../src/excel';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../../src/core/types';
import { BAND_HEADERS } from '../../src/core/text/workbook';
import { HISTORY_BAND_HEADER, HISTORY_SHEET_NAME, HISTORY_STATS_SHEET } from '../../src/core/text/history';
import { BIG_PLAN, HEADER_ROW, realisticSheet } from './fixtures';

const LD = 'Trung tâm Y tế huyện Long Điền';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

const PLAN: Plan = {
  title: 'Kế hoạch thi đua năm 2025',
  issuer: 'Sở Y tế',
  year: 2025,
  period: { from: null, to: null },
  movements: [
    {
      id: '1',
      name: 'Thi đua hoàn thành xuất sắc nhiệm vụ năm 2025',
      quota: { collective: 5, individual: 10, either: null, percent: null },
      quotaNote: null,
      criteria: { collective: ['Hoàn thành xuất sắc nhiệm vụ'], individual: ['Hoàn thành xuất sắc nhiệm vụ'] },
      deadlines: [],
    },
  ],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, year: 2025, deadlineOverride: 'trước ngày 15/12/2025' };

const LIST = [
  ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025'],
  ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Ngày nộp', 'TC1', 'Tỷ lệ phiếu'],
  [1, 'Nguyễn Thị Lan', LD, BK, '01/12/2025', 'x', 0.95],
  [2, 'Trần Văn Nam', LD, BK, '01/12/2025', 'x', 0.94],
  [3, 'Phạm Văn Đức', LD, 'Chiến sĩ thi đua cấp tỉnh', '01/12/2025', 'x', 0.92],
];
// 2021–2024 with gaps: Lan CSTĐCS 2023, 2024 with an initiative each; Nam CSTĐCS 2022, 2024; Đức CSTĐCS 2021, 2023, 2024.
const HISTORY = [
  ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến'],
  [1, 'Nguyễn Thị Lan', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT', 1],
  [2, 'Nguyễn Thị Lan', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 1],
  [3, 'Trần Văn Nam', LD, 2022, 'Chiến sĩ thi đua cơ sở', '75/QĐ-SYT', 1],
  [4, 'Trần Văn Nam', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 1],
  [5, 'Phạm Văn Đức', LD, 2021, 'Chiến sĩ thi đua cơ sở', '120/QĐ-SYT', 0],
  [6, 'Phạm Văn Đức', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT', 0],
  [7, 'Phạm Văn Đức', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 0],
];

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});
function host(sheets: { name: string; values: unknown[][] }[]): FakeExcel {
  const f = createFakeExcel({ sheets: sheets as never, active: 'Danh sách' });
  restore = f.install();
  return f;
}
const withHistory = () => host([{ name: 'Danh sách', values: LIST }, { name: HISTORY_SHEET_NAME, values: HISTORY }]);
const sheetOf = (f: FakeExcel, name: string) => f.snapshot().sheets.find((s) => s.name === name)!;
const column = (f: FakeExcel, header: string) => {
  const ds = sheetOf(f, 'Danh sách');
  const c = ds.values[1].indexOf(header);
  return ds.values.slice(2, 5).map((r) => r[c]);
};

describe('bình xét in Excel with the history sheet', () => {
  test('the history is read in the same sync as the list (2 syncs in all) and decides with its source shown', async () => {
    const f = withHistory();
    const before = sheetOf(f, HISTORY_SHEET_NAME);
    const out = await runScore(PLAN, SETTINGS, { sheet: null });
    expect(out.syncs).toBe(2);
    expect(column(f, BAND_HEADERS.status)).toEqual(['Đề nghị khen thưởng', 'Cần kiểm tra', 'Đề nghị khen thưởng']);
    expect(String(column(f, BAND_HEADERS.reasons)[1])).toMatch(/Có CSTĐCS năm 2024; thiếu năm 2023.*Điều 74 khoản 1 điểm d \(đã xác nhận\)/);
    expect(column(f, HISTORY_BAND_HEADER)).toEqual(['2023: CSTĐCS; 2024: CSTĐCS', '2022: CSTĐCS; 2024: CSTĐCS', '2021: CSTĐCS; 2023: CSTĐCS; 2024: CSTĐCS']);
    expect(sheetOf(f, HISTORY_SHEET_NAME)).toEqual(before);
    expect(sheetOf(f, HISTORY_STATS_SHEET).values[0][0]).toBe('THỐNG KÊ KHEN THƯỞNG QUA CÁC NĂM');
  });

  test('the pane\'s rule switch (Settings.formRules) reaches the run: "03 lần liên tục CSTĐCS" turned on refuses Đức, naming 2022', async () => {
    const f = withHistory();
    await runScore(PLAN, { ...SETTINGS, formRules: { 'chien-si-thi-dua-cap-tinh.d22': true } }, { sheet: null });
    expect(column(f, BAND_HEADERS.status)[2]).toBe('Không đủ tiêu chuẩn');
    expect(String(column(f, BAND_HEADERS.reasons)[2])).toMatch(/^Có CSTĐCS năm 2023, 2024; thiếu năm 2022 — theo Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 22 khoản 1 \(nguồn thứ cấp\)/);
  });

  test('"Ghi vào lịch sử": this year\'s results below the last record in 2 syncs; a second press adds nothing', async () => {
    const f = withHistory();
    await runScore(PLAN, SETTINGS, { sheet: null });
    const scored = f.snapshot();
    const first = await appendHistory(PLAN, SETTINGS, { sheet: 'Danh sách' });
    expect(first.syncs).toBe(2);
    expect(first.history).toMatchObject({ appended: 2, alreadyThere: 0 });
    const h = sheetOf(f, HISTORY_SHEET_NAME);
    // The records as they were, then Lan and Đức for 2025 (Nam is under review: not recorded).
    expect(h.values.slice(0, HISTORY.length)).toEqual(HISTORY);
    expect(h.values.slice(HISTORY.length).map((r) => r.slice(0, 6))).toEqual([
      [8, 'Nguyễn Thị Lan', LD, 2025, BK, ''],
      [9, 'Phạm Văn Đức', LD, 2025, 'Chiến sĩ thi đua cấp tỉnh', ''],
    ]);
    // Nothing else changed but the statistics sheet, which now counts 2025.
    for (const s of scored.sheets) if (s.name !== HISTORY_SHEET_NAME && s.name !== HISTORY_STATS_SHEET) expect(sheetOf(f, s.name)).toEqual(s);
    expect(sheetOf(f, HISTORY_STATS_SHEET).values[3]).toContain('2025');
    const once = f.snapshot();
    const second = await appendHistory(PLAN, SETTINGS, { sheet: 'Danh sách' });
    expect(second.syncs).toBe(2);
    expect(second.history).toMatchObject({ appended: 0, alreadyThere: 2 });
    expect(f.snapshot()).toEqual(once);
  });

  test('a workbook without a history sheet gets one from the first press', async () => {
    const f = host([{ name: 'Danh sách', values: LIST }]);
    const out = await appendHistory(PLAN, SETTINGS, { sheet: null });
    expect(out.syncs).toBe(2);
    const h = sheetOf(f, HISTORY_SHEET_NAME);
    expect(h.values[0]).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Đối tượng', 'Năm', 'Hình thức khen thưởng', 'Số quyết định']);
    expect(h.values.slice(1).map((r) => r[1])).toEqual(['Nguyễn Thị Lan', 'Trần Văn Nam', 'Phạm Văn Đức']);
  });

  test('50,000 rows with a 5,000-row history: still 1 read + 2 writes, every payload under 5 MB', async () => {
    const { values, numberFormats } = realisticSheet(50_000);
    const names = values.slice(HEADER_ROW, HEADER_ROW + 5_000).map((r) => r as unknown[]);
    const history = [HISTORY[0], ...names.map((r, i) => [i + 1, r[1], r[2], 2021 + (i % 4), i % 2 ? 'Lao động tiên tiến' : 'Chiến sĩ thi đua cơ sở', `${i}/QĐ-SYT`, 0])];
    const f = createFakeExcel({ sheets: [{ name: 'Danh sách', values: values as never, numberFormats }, { name: HISTORY_SHEET_NAME, values: history as never }], active: 'Danh sách' });
    restore = f.install();
    const out = await runScore(BIG_PLAN, { ...DEFAULT_SETTINGS, year: 2024 }, { sheet: null });
    expect(out.syncs).toBe(3);
    for (const size of [...f.requestSizes(), ...f.responseSizes()]) expect(size).toBeLessThan(FIVE_MB);
    expect(out.result.nominations[0].history!.length).toBeGreaterThan(0);
  }, 120_000);
});
