// The "Lịch sử khen thưởng" sheet as offices keep it: title rows, header variants, a kind heading,
// school years, problems named by sheet, row and column; this year's results appended below the
// last row without touching another cell, twice giving nothing new; the statistics sheet.
import { detectHistoryHeader, findHistorySheet, readHistory, readYear } from '../../src/workbook/historySheet';
import { applyHistoryAppend, historyStatsSheet, planHistoryAppend } from '../../src/workbook/historyWrite';
import { buildHistoryIndex, historyOf } from '../../src/core/history/historyIndex';
import { recordsFromResults, type ResultRow } from '../../src/core/history/fromResults';
import { historyStats } from '../../src/core/history/stats';
import { BANG_KHEN_TINH, CSTDCS, GIAY_KHEN } from '../../src/core/forms/catalogue';
import type { SheetData } from '../../src/workbook/model';

const SHEET: SheetData = {
  name: 'Lịch sử khen thưởng',
  values: [
    ['SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU'],
    ['THEO DÕI KẾT QUẢ THI ĐUA, KHEN THƯỞNG QUA CÁC NĂM'],
    [],
    ['STT', 'Tên cá nhân/tập thể', 'Đơn vị công tác', 'Năm\nsinh', 'Năm khen thưởng', 'Danh hiệu / Hình thức khen thưởng', 'Quyết định số', 'Số sáng kiến'],
    ['I. CÁ NHÂN'],
    [1, 'Nguyễn Thị Lan', 'Trung tâm Y tế huyện Long Điền', 1985, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT', 1],
    [2, 'Nguyễn Thị Lan', 'Trung tâm Y tế huyện Long Điền', 1985, '2024', 'CSTĐCS', '91/QĐ-SYT', '1'],
    [3, 'Trần Văn Nam'.normalize('NFD'), 'Bệnh viện Bà Rịa', '', 'Năm 2024', 'Giấy khen của Giám đốc Sở', '92/QĐ-SYT', ''],
    [4, 'Lê Văn Tâm', 'Bệnh viện Bà Rịa', '', '2023-2024', 'Lao động tiên tiến', '', ''],
    [5, 'Phạm Hùng', 'Bệnh viện Bà Rịa', '', '', 'Giấy khen', '', ''],
    [6, '', 'Bệnh viện Bà Rịa', '', 2024, 'Giấy khen', '', ''],
    [7, 'Võ Thị Mai', 'Bệnh viện Bà Rịa', '', 'năm ngoái', 'Giấy khen', '', ''],
    [8, 'Đỗ Minh', 'Bệnh viện Bà Rịa', '', 2024, 'Giấy khen', '', 'hai'],
    ['II. TẬP THỂ'],
    [9, 'Khoa Nội', 'Bệnh viện Bà Rịa', '', 2024, 'Tập thể lao động xuất sắc', '95/QĐ-SYT', ''],
    [10, 'Khoa Nhi', 'Bệnh viện Bà Rịa', '', 2024, 'Huân chương Lao động hạng Ba', '1500/QĐ-CTN', ''],
  ],
};

describe('reading the history sheet', () => {
  const header = detectHistoryHeader(SHEET.values)!;
  const read = readHistory(SHEET, header);

  test('the header is found under title rows, each column mapped to its field', () => {
    expect(header.headerRow).toBe(4);
    expect(header.columns.map((c) => `${c.letter}:${c.field}`)).toEqual(['A:stt', 'B:name', 'C:unit', 'D:birthYear', 'E:year', 'F:form', 'G:decision', 'H:initiatives']);
    // A name header for both kinds implies neither.
    expect(header.defaultKind).toBeNull();
  });

  test('records carry the kind of the heading above, the form matched, NFC names, years from numbers and text', () => {
    expect(read.records.map((r) => [r.row, r.name, r.year, r.form, r.kind, r.initiatives])).toEqual([
      [6, 'Nguyễn Thị Lan', 2023, CSTDCS, 'individual', 1],
      [7, 'Nguyễn Thị Lan', 2024, CSTDCS, 'individual', 1],
      [8, 'Trần Văn Nam', 2024, GIAY_KHEN, 'individual', 0],
      [9, 'Lê Văn Tâm', 2024, 'lao-dong-tien-tien', 'individual', 0],
      [13, 'Đỗ Minh', 2024, GIAY_KHEN, 'individual', null],
      [15, 'Khoa Nội', 2024, 'tap-the-lao-dong-xuat-sac', 'collective', 0],
      [16, 'Khoa Nhi', 2024, null, 'collective', 0],
    ]);
    expect(read.records[0]).toMatchObject({ birthYear: 1985, decision: '88/QĐ-SYT', unit: 'Trung tâm Y tế huyện Long Điền' });
    expect(read.records[6].formText).toBe('Huân chương Lao động hạng Ba');
    expect(read.records[0].kindInferred).toBe(true);
  });

  test('each problem names its sheet, row and column in Vietnamese; a school year is read as its end, said so', () => {
    expect(read.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [9, 'E', 'Ô E9: "2023-2024" là năm học; tính là năm 2024 (năm kết thúc).'],
      [10, 'E', 'Ô E10: chưa ghi năm khen thưởng.'],
      [11, 'B', 'Ô B11: dòng lịch sử không có họ tên/tên tập thể.'],
      [12, 'E', 'Ô E12: "năm ngoái" không phải là một năm (cần như 2024).'],
      [13, 'H', 'Ô H13: "hai" không phải là số.'],
    ]);
    for (const w of read.warnings) expect(w.sheet).toBe('Lịch sử khen thưởng');
  });

  test('years as offices write them', () => {
    expect(readYear(2024)).toEqual({ year: 2024 });
    expect(readYear('Năm 2023')).toEqual({ year: 2023 });
    expect(readYear('Năm học 2023 - 2024')).toEqual({ year: 2024, note: 'school' });
    expect(readYear(new Date(Date.UTC(2024, 11, 31)))).toEqual({ year: 2024 });
    expect(readYear(45292)).toEqual({ year: 2024 }); // 01/01/2024 as a serial
    expect(readYear('15/12/2023')).toEqual({ year: 2023 });
    expect(readYear('2023-2025')).toEqual({ error: 'bad' });
    expect(readYear(24)).toEqual({ error: 'bad' });
  });

  test('a year written as a date in a 1904 workbook is the date\'s year there; a plain year stays', () => {
    // 01/01/2024 stored as a 1904 serial (45292 − 1462); read as a 1900 serial it would be 2019.
    expect(readYear(43830, true)).toEqual({ year: 2024 });
    expect(readYear(43830)).toEqual({ year: 2019 });
    expect(readYear(2024, true)).toEqual({ year: 2024 });
    expect(readYear('15/12/2023', true)).toEqual({ year: 2023 });
  });

  test('a nominations sheet is not taken for a history sheet; the history sheet of a workbook is found', () => {
    const nominations: SheetData = { name: 'Danh sách', values: [['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'Tiêu chí 1']] };
    expect(detectHistoryHeader(nominations.values)).toBeNull();
    expect(findHistorySheet([nominations, SHEET])?.sheet.name).toBe('Lịch sử khen thưởng');
  });
});

describe("appending this year's results", () => {
  const header = detectHistoryHeader(SHEET.values)!;
  const index = buildHistoryIndex(readHistory(SHEET, header).records);
  const results: ResultRow[] = [
    { name: 'Nguyễn Thị Lan', unit: 'Trung tâm Y tế huyện Long Điền', kind: 'individual', status: 'selected', form: 'Bằng khen của Chủ tịch UBND tỉnh' },
    { name: 'Trần Văn Nam', unit: 'Bệnh viện Bà Rịa', kind: 'individual', status: 'over_quota', form: 'Giấy khen' },
    { name: 'Khoa Nội', unit: 'Bệnh viện Bà Rịa', kind: 'collective', status: 'selected', form: 'Giấy khen của Giám đốc Sở' },
    { name: 'Khoa Ngoại', unit: 'Bệnh viện Bà Rịa', kind: 'collective', status: 'selected', form: null },
  ];

  test('only proposed rows with a form become records; the append writes below the last row, in the sheet\'s columns only', () => {
    const fresh = recordsFromResults(results, 2025, index, '150/QĐ-SYT');
    expect(fresh.records.map((r) => [r.name, r.form, r.year, r.decision])).toEqual([
      ['Nguyễn Thị Lan', BANG_KHEN_TINH, 2025, '150/QĐ-SYT'],
      ['Khoa Nội', GIAY_KHEN, 2025, '150/QĐ-SYT'],
    ]);
    expect(fresh.noForm).toBe(1);
    const plan = planHistoryAppend({ sheet: SHEET, header }, fresh.records);
    expect(plan).toMatchObject({ sheet: 'Lịch sử khen thưởng', create: false, rows: 2 });
    expect(plan.blocks.every((b) => b.row === 17)).toBe(true);
    expect(plan.blocks.map((b) => b.col)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.blocks[0].values).toEqual([[11], [12]]); // STT goes on counting
    const after = applyHistoryAppend(SHEET, plan);
    // Every cell that had a value keeps it.
    SHEET.values.forEach((row, r) => row.forEach((v, c) => expect(after.values[r][c]).toEqual(v)));
    const again = readHistory(after, detectHistoryHeader(after.values)!);
    const index2 = buildHistoryIndex(again.records);
    expect(historyOf(index2, { name: 'Nguyễn Thị Lan', unit: 'Trung tâm Y tế huyện Long Điền' }).map((r) => `${r.year} ${r.formText}`)).toEqual([
      '2023 Chiến sĩ thi đua cơ sở',
      '2024 CSTĐCS',
      '2025 Bằng khen của Chủ tịch UBND tỉnh',
    ]);
    // Appending the same results again adds nothing.
    const twice = recordsFromResults(results, 2025, index2);
    expect(twice.records).toEqual([]);
    expect(twice.alreadyThere).toBe(2);
    expect(planHistoryAppend({ sheet: after, header }, twice.records).blocks).toEqual([]);
  });

  test('without a history sheet, a new one is described with its header row', () => {
    const fresh = recordsFromResults(results, 2025, null);
    const plan = planHistoryAppend(null, fresh.records);
    expect(plan.create).toBe(true);
    expect(plan.blocks[0].values[0]).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Đối tượng', 'Năm', 'Hình thức khen thưởng', 'Số quyết định']);
    const created = applyHistoryAppend({ name: plan.sheet, values: [] }, plan);
    const h = detectHistoryHeader(created.values)!;
    expect(readHistory(created, h).records.map((r) => [r.name, r.kind, r.year, r.form])).toEqual([
      ['Nguyễn Thị Lan', 'individual', 2025, BANG_KHEN_TINH],
      ['Khoa Nội', 'collective', 2025, GIAY_KHEN],
    ]);
  });
});

describe('multi-year statistics', () => {
  const header = detectHistoryHeader(SHEET.values)!;
  const stats = historyStats(readHistory(SHEET, header).records);

  test('per form × kind and per unit, by year; unknown forms under their own text', () => {
    expect(stats.years).toEqual([2023, 2024]);
    expect(stats.byForm.map((f) => [f.name, f.kind, f.counts, f.total])).toEqual([
      ['Lao động tiên tiến', 'individual', [0, 1], 1],
      ['Giấy khen', 'individual', [0, 2], 2],
      ['Chiến sĩ thi đua cơ sở', 'individual', [1, 1], 2],
      ['Tập thể lao động xuất sắc', 'collective', [0, 1], 1],
      ['Huân chương Lao động hạng Ba', 'collective', [0, 1], 1],
    ]);
    expect(stats.byUnit.map((u) => [u.unit, u.counts, u.total])).toEqual([
      ['Bệnh viện Bà Rịa', [0, 5], 5],
      ['Trung tâm Y tế huyện Long Điền', [1, 1], 2],
    ]);
  });

  test('the statistics sheet: a title, the two tables with a year per column, borders, Times New Roman', () => {
    const sheet = historyStatsSheet(stats);
    expect(sheet.name).toBe('BX Thống kê khen thưởng');
    expect(sheet.font.name).toBe('Times New Roman');
    const texts = sheet.blocks.map((b) => b.values);
    expect(texts).toContainEqual([['Hình thức khen thưởng', 'Đối tượng', '2023', '2024', 'Tổng']]);
    expect(texts).toContainEqual([['Bệnh viện Bà Rịa', '', 0, 5, 5], ['Trung tâm Y tế huyện Long Điền', '', 1, 1, 2]]);
    expect(sheet.rowHeights?.length).toBeGreaterThan(0);
  });
});
