// Bình xét with the award history (issue 20): the workbook's "Lịch sử khen thưởng" sheet read with
// the list, each nominee's form checked against its conditions in the engine's check stage, the
// records in the JSON and the band, "đạt khen cao" in section V, the statistics sheet, and this
// year's final results appended in one step.
import { scoreSheet } from '../../src/workbook/scoreWorkbook';
import { ownHistory, historyFromFile, mergeHistories } from '../../src/workbook/historySource';
import { runHistory } from '../../src/workbook/historyRun';
import { applyHistoryAppend } from '../../src/workbook/historyWrite';
import type { Grid, OwnedSheet, SheetData } from '../../src/workbook/model';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../../src/core/types';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { FORM_TEXT } from '../../src/core/text/forms';
import { HISTORY_BAND_HEADER, HISTORY_SHEET_NAME, HISTORY_STATS_SHEET } from '../../src/core/text/history';
import { COUNCIL_MARKS } from '../../src/core/text/infoSheet';
import { movement, plan, quota } from '../core/engineFixtures';

// The Sở Y tế's yearly plan: one movement, the council's forms with their quotas (as the "Kế hoạch" sheet holds them).
const PLAN: Plan = plan({
  title: 'Kế hoạch thi đua năm 2025',
  year: 2025,
  movements: [
    movement({
      id: '1',
      name: 'Thi đua hoàn thành xuất sắc nhiệm vụ năm 2025',
      quota: quota({ collective: 5, individual: 10 }),
      criteria: { collective: ['Hoàn thành xuất sắc nhiệm vụ'], individual: ['Hoàn thành xuất sắc nhiệm vụ'] },
    }),
  ],
});
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, year: 2025, deadlineOverride: 'trước ngày 15/12/2025' };

const LD = 'Trung tâm Y tế huyện Long Điền';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const CSTD_TINH = 'Chiến sĩ thi đua cấp tỉnh';

const LIST: Grid = [
  ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025'],
  ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Ngày nộp', 'TC1', 'Tỷ lệ phiếu'],
  [1, 'Nguyễn Thị Lan', LD, BK, '01/12/2025', 'x', 95],
  [2, 'Trần Văn Nam', LD, BK, '01/12/2025', 'x', 94],
  [3, 'Lê Thị Hoa', LD, CSTD_TINH, '01/12/2025', 'x', 93],
  [4, 'Phạm Văn Đức', LD, CSTD_TINH, '01/12/2025', 'x', 92],
  [5, 'Võ Minh Tâm', LD, 'Lao động tiên tiến', '01/12/2025', 'x', 91],
];

// Three years with gaps, 2021–2024: Lan is CSTĐCS 2021, 2023, 2024 with an initiative each of the
// last two; Nam CSTĐCS 2022 and 2024; Hoa CSTĐCS 2022–2024; Đức CSTĐCS 2021, 2023, 2024; Tâm LĐTT 2024.
const HISTORY: Grid = [
  ['LỊCH SỬ KHEN THƯỞNG'],
  ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến'],
  [1, 'Nguyễn Thị Lan', LD, 2021, 'Chiến sĩ thi đua cơ sở', '120/QĐ-SYT', 0],
  [2, 'Nguyễn Thị Lan', LD, 2023, 'CSTĐCS', '88/QĐ-SYT', 1],
  [3, 'Nguyễn Thị Lan', LD, 2024, 'Chiến sỹ thi đua cơ sở', '91/QĐ-SYT', 1],
  [4, 'Trần Văn Nam', LD, 2022, 'Chiến sĩ thi đua cơ sở', '75/QĐ-SYT', 1],
  [5, 'Trần Văn Nam', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 1],
  [6, 'Lê Thị Hoa', LD, 2022, 'Chiến sĩ thi đua cơ sở', '75/QĐ-SYT', 0],
  [7, 'Lê Thị Hoa', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT', 0],
  [8, 'Lê Thị Hoa', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 0],
  [9, 'Phạm Văn Đức', LD, 2021, 'Chiến sĩ thi đua cơ sở', '120/QĐ-SYT', 0],
  [10, 'Phạm Văn Đức', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT', 0],
  [11, 'Phạm Văn Đức', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 0],
  [12, 'Võ Minh Tâm', LD, 2024, 'Lao động tiên tiến', '91/QĐ-SYT', 0],
];

const sheets = (history: Grid = HISTORY): SheetData[] => [{ name: 'Danh sách', values: LIST }, { name: HISTORY_SHEET_NAME, values: history }];
const run = (settings: Settings = SETTINGS, list: SheetData[] = sheets(), opts: { appendHistory?: boolean } = {}) =>
  scoreSheet(list[0], list.map((s) => s.name), PLAN, settings, { history: runHistory(ownHistory(list)), ...opts });

describe('bình xét with a history of three years with gaps', () => {
  const out = run();
  const byName = (name: string) => out.result.nominations.find((n) => n.name === name)!;

  it('checks the confirmed rule on by default (Điều 74 khoản 1 điểm d), with the years and the source in the reasons', () => {
    const lan = byName('Nguyễn Thị Lan');
    expect(lan.status).toBe('selected');
    expect(lan.reasons[0]).toBe('Có CSTĐCS năm 2023, 2024 (02 năm liên tục); 2 sáng kiến trong các năm đó — theo Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d (đã xác nhận).');
    // Nam's run has a gap in 2023: one of the standards history cannot tell remains, so the council looks.
    const nam = byName('Trần Văn Nam');
    expect(nam.status).toBe('review');
    expect(nam.reasons[0]).toMatch(/^Có CSTĐCS năm 2024; thiếu năm 2023; hoặc Không có HTXSNV năm 2023, 2024; hoặc .*Hội đồng xem xét — theo Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 74 khoản 1 điểm d \(đã xác nhận\)\.$/);
  });

  it('a rule from a secondary source (03 lần liên tục CSTĐCS) changes nothing until the secretary turns it on', () => {
    expect(byName('Phạm Văn Đức').status).toBe('selected');
    expect(byName('Phạm Văn Đức').reasons.join(' ')).not.toMatch(/CSTĐCS/);
    const on = run({ ...SETTINGS, formRules: { 'chien-si-thi-dua-cap-tinh.d22': true } });
    const duc = on.result.nominations.find((n) => n.name === 'Phạm Văn Đức')!;
    expect([duc.status, duc.eligible]).toEqual(['ineligible', false]);
    expect(duc.reasons[0]).toBe('Có CSTĐCS năm 2023, 2024; thiếu năm 2022 — theo Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 22 khoản 1 (nguồn thứ cấp).');
    expect(on.result.nominations.find((n) => n.name === 'Lê Thị Hoa')!.status).toBe('selected');
  });

  it('the JSON gives each nominee its records by year, and the form', () => {
    const lan = out.json.nominations.find((n) => n.name === 'Nguyễn Thị Lan')!;
    expect(lan.form).toBe(BK);
    expect(lan.history).toEqual([
      { year: 2021, form: 'Chiến sĩ thi đua cơ sở', decision: '120/QĐ-SYT' },
      { year: 2023, form: 'CSTĐCS', decision: '88/QĐ-SYT' },
      { year: 2024, form: 'Chiến sỹ thi đua cơ sở', decision: '91/QĐ-SYT' },
    ]);
    expect(out.json.history).toEqual({ sources: [HISTORY_SHEET_NAME], records: 12, sheet: HISTORY_SHEET_NAME, appended: null, alreadyThere: null, noForm: null });
  });

  it('the band shows each nominee\'s history in short', () => {
    const band = out.writePlan.band!;
    const col = band.blocks[0].values[0].indexOf(HISTORY_BAND_HEADER);
    expect(col).toBeGreaterThan(0);
    expect(band.blocks[1].values.map((r) => r[col])).toEqual([
      '2021: CSTĐCS; 2023: CSTĐCS; 2024: CSTĐCS',
      '2022: CSTĐCS; 2024: CSTĐCS',
      '2022: CSTĐCS; 2023: CSTĐCS; 2024: CSTĐCS',
      '2021: CSTĐCS; 2023: CSTĐCS; 2024: CSTĐCS',
      '2024: LĐTT',
    ]);
  });

  it('counts "đạt khen cao" per form: proposed above every award the history holds', () => {
    const rows = out.json.summary.forms.map((f) => [f.form, f.proposed, f.highForm]);
    expect(rows).toEqual([
      [BK, 1, 1],
      [CSTD_TINH, 2, 2],
      ['Lao động tiên tiến', 1, 0],
    ]);
    const summary = out.writePlan.sheets.find((s) => s.name === OWNED_SHEETS.summary)!;
    expect(texts(summary)).toContain(FORM_TEXT.highFormHeader);
  });

  it('writes the multi-year statistics sheet, the same on a re-run', () => {
    const stats = out.writePlan.sheets.find((s) => s.name === HISTORY_STATS_SHEET)!;
    const rows = stats.blocks.flatMap((b) => b.values);
    // Per form × kind, a column per year 2021–2024 and the total; then per unit.
    expect(rows).toContainEqual(['Hình thức khen thưởng', 'Đối tượng', '2021', '2022', '2023', '2024', 'Tổng']);
    expect(rows).toContainEqual(['Lao động tiên tiến', 'Cá nhân', 0, 0, 0, 1, 1]);
    expect(rows).toContainEqual(['Chiến sĩ thi đua cơ sở', 'Cá nhân', 2, 2, 3, 4, 11]);
    expect(rows).toContainEqual([LD, '', 2, 2, 3, 5, 12]);
    expect(run().writePlan.sheets.find((s) => s.name === HISTORY_STATS_SHEET)).toEqual(stats);
  });
});

function texts(s: OwnedSheet): string[] {
  return s.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
}

describe('finding a nominee in the history', () => {
  it('a name typed in decomposed Unicode (NFD) in either sheet finds its records', () => {
    const nfd = HISTORY.map((r, i) => (i >= 2 && r[1] === 'Nguyễn Thị Lan' ? [r[0], 'Nguyễn Thị Lan'.normalize('NFD'), ...r.slice(2)] : r));
    const list: SheetData[] = [{ name: 'Danh sách', values: LIST.map((r, i) => (i === 2 ? [r[0], String(r[1]).normalize('NFD'), ...r.slice(2)] : r)) }, { name: HISTORY_SHEET_NAME, values: nfd }];
    const lan = run(SETTINGS, list).result.nominations[0];
    expect(lan.history?.map((h) => h.year)).toEqual([2021, 2023, 2024]);
    expect(lan.status).toBe('selected');
  });

  it('a unit renamed in 2025 finds its old records once the old name is given (Settings.unitAliases)', () => {
    const OLD = 'Trung tâm Y tế huyện Long Điền';
    const NEW = 'Trung tâm Y tế khu vực Long Điền';
    const list: SheetData[] = [{ name: 'Danh sách', values: LIST.map((r, i) => (i >= 2 ? [...r.slice(0, 2), NEW, ...r.slice(3)] : r)) }, { name: HISTORY_SHEET_NAME, values: HISTORY }];
    const before = run(SETTINGS, list).result.nominations[0];
    expect(before.history).toEqual([]);
    // Without its history, Lan's Bằng khen is for the council to look at, and the reasons say where her name was found.
    expect(before.status).toBe('review');
    expect(before.reasons.join(' ')).toMatch(/cùng tên ở đơn vị khác \(Trung tâm Y tế huyện Long Điền\)/);
    const after = run({ ...SETTINGS, unitAliases: [{ from: OLD, to: NEW }] }, list).result.nominations[0];
    expect(after.history?.map((h) => h.year)).toEqual([2021, 2023, 2024]);
    expect(after.status).toBe('selected');
  });

  it('the history sheet is never the list scored, even first in the workbook', () => {
    const out = scoreSheet(sheets()[0], [HISTORY_SHEET_NAME, 'Danh sách'], PLAN, SETTINGS);
    expect(out.sheet).toBe('Danh sách');
    expect(() => scoreSheet({ name: HISTORY_SHEET_NAME, values: HISTORY }, [], PLAN, SETTINGS)).toThrow(/lịch sử khen thưởng, không phải danh sách/);
  });

  it('no year under review: the records are shown, nothing is checked, and the warnings say so', () => {
    const out = scoreSheet(sheets()[0], [], { ...PLAN, year: null }, { ...SETTINGS, year: null }, { history: runHistory(ownHistory(sheets())) });
    expect(out.result.nominations[1].status).toBe('selected');
    expect(out.result.nominations[1].history).toHaveLength(2);
    expect(out.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/Chưa có năm xét/));
  });
});

describe('appending this year\'s results to the history', () => {
  it('adds the proposed rows below the last record, touching no other cell; a second run adds nothing', () => {
    const first = run(SETTINGS, sheets(), { appendHistory: true });
    const append = first.writePlan.history!;
    expect(append).toMatchObject({ sheet: HISTORY_SHEET_NAME, create: false, rows: 4 });
    // Row 15 is the first empty one; STT goes on from 12; every column of the sheet's header gets its block.
    expect(append.blocks.map((b) => [b.row, b.col])).toEqual([[15, 1], [15, 2], [15, 3], [15, 4], [15, 5], [15, 6], [15, 7]]);
    const after = applyHistoryAppend({ name: HISTORY_SHEET_NAME, values: HISTORY }, append);
    expect(after.values.slice(0, HISTORY.length)).toEqual(HISTORY);
    expect(after.values.slice(HISTORY.length).map((r) => r.slice(0, 5))).toEqual([
      [13, 'Nguyễn Thị Lan', LD, 2025, BK],
      [14, 'Lê Thị Hoa', LD, 2025, CSTD_TINH],
      [15, 'Phạm Văn Đức', LD, 2025, CSTD_TINH],
      [16, 'Võ Minh Tâm', LD, 2025, 'Lao động tiên tiến'],
    ]);
    expect(first.json.history).toMatchObject({ appended: 4, alreadyThere: 0 });
    // The statistics count the appended year too.
    const stats = first.writePlan.sheets.find((s) => s.name === HISTORY_STATS_SHEET)!;
    expect(texts(stats)).toContain('2025');

    const second = run(SETTINGS, [sheets()[0], { name: HISTORY_SHEET_NAME, values: after.values }], { appendHistory: true });
    expect(second.writePlan.history!.blocks).toEqual([]);
    expect(second.json.history).toMatchObject({ appended: 0, alreadyThere: 4 });
    expect(second.writePlan.sheets.find((s) => s.name === HISTORY_STATS_SHEET)).toEqual(stats);
  });

  it('follows the council: "Hội đồng không đề nghị" is not recorded, "Hội đồng đề nghị" is', () => {
    const scored = run();
    // The band as the first run wrote it, with the council's words over two results.
    const band = scored.writePlan.band!;
    const statusCol = band.firstCol - 1 + band.blocks[0].values[0].indexOf('Bình Xét: Kết quả');
    const values = LIST.map((r) => [...r]);
    band.blocks[0].values[0].forEach((h, j) => (values[1][band.firstCol - 1 + j] = h));
    values[2][statusCol] = COUNCIL_MARKS.removed;
    values[3][statusCol] = COUNCIL_MARKS.added;
    const list: SheetData[] = [{ name: 'Danh sách', values }, { name: HISTORY_SHEET_NAME, values: HISTORY }];
    const out = run(SETTINGS, list, { appendHistory: true });
    const names = applyHistoryAppend({ name: HISTORY_SHEET_NAME, values: HISTORY }, out.writePlan.history!).values.slice(HISTORY.length).map((r) => r[1]);
    expect(names).toEqual(['Trần Văn Nam', 'Lê Thị Hoa', 'Phạm Văn Đức', 'Võ Minh Tâm']);
  });

  it('a workbook without a history sheet gets one, with its header and the decision number of "Thông tin văn bản"', () => {
    const list: SheetData[] = [sheets()[0]];
    const out = scoreSheet(list[0], ['Danh sách'], PLAN, SETTINGS, { history: runHistory(ownHistory(list)), appendHistory: true, decision: '05/QĐ-SYT' });
    const append = out.writePlan.history!;
    // No history to check against: all five are proposed, and recorded.
    expect(append).toMatchObject({ sheet: HISTORY_SHEET_NAME, create: true, rows: 5 });
    expect(append.newSheet!.blocks[1].values[0]).toEqual([1, 'Nguyễn Thị Lan', LD, 'Cá nhân', 2025, BK, '05/QĐ-SYT']);
    // Its records are counted in the statistics written with it.
    expect(out.writePlan.sheets.some((s) => s.name === HISTORY_STATS_SHEET)).toBe(true);
  });

  it('a list without forms records nothing, and says why', () => {
    const noForms: SheetData[] = [{ name: 'Danh sách', values: LIST.map((r) => r.filter((_, c) => c !== 3)) }, { name: HISTORY_SHEET_NAME, values: HISTORY }];
    const out = run(SETTINGS, noForms, { appendHistory: true });
    expect(out.json.history).toMatchObject({ appended: 0, noForm: 5 });
    expect(out.warnings.map((w) => w.message)).toContain('5 dòng được đề nghị khen thưởng nhưng không ghi hình thức: chưa ghi vào lịch sử khen thưởng.');
  });

  it('a sheet named "Lịch sử khen thưởng" without a history header is never replaced by a second one', () => {
    const list: SheetData[] = [sheets()[0], { name: HISTORY_SHEET_NAME, values: [['Ghi chú của thư ký']] }];
    expect(() => run(SETTINGS, list, { appendHistory: true })).toThrow(/không tìm thấy dòng tiêu đề/);
  });
});

describe('an earlier year\'s results workbook as history (--history)', () => {
  it('reads the rows the council left awarded, with their forms, in the year of its "Kế hoạch" sheet', () => {
    const list = sheets();
    const lastYear = scoreSheet(list[0], [], { ...PLAN, year: 2024 }, { ...SETTINGS, year: 2024 }, { history: runHistory(ownHistory(list)) });
    // The workbook the 2024 run wrote: the list with its band, and the "Kế hoạch" sheet.
    const band = lastYear.writePlan.band!;
    const values = LIST.map((r) => [...r]);
    for (const b of band.blocks) b.values.forEach((row, i) => row.forEach((v, j) => (values[b.row - 1 + i][b.col - 1 + j] = v)));
    values[3][band.firstCol - 1 + band.blocks[0].values[0].indexOf('Bình Xét: Kết quả')] = COUNCIL_MARKS.removed;
    const planSheet = lastYear.writePlan.sheets.find((s) => s.name === 'Kế hoạch')!;
    const planGrid: Grid = [];
    for (const b of planSheet.blocks) b.values.forEach((row, i) => row.forEach((v, j) => ((planGrid[b.row - 1 + i] ??= [])[b.col - 1 + j] = v)));
    const h = historyFromFile([{ name: 'Danh sách', values }, { name: 'Kế hoạch', values: planGrid.map((r) => r ?? []) }], 'ket-qua-2024.xlsx');
    expect(h.sources).toEqual(['ket-qua-2024.xlsx › Danh sách']);
    expect(h.records.map((r) => [r.name, r.year, r.formText])).toEqual([
      ['Nguyễn Thị Lan', 2024, BK],
      ['Lê Thị Hoa', 2024, CSTD_TINH],
      ['Phạm Văn Đức', 2024, CSTD_TINH],
      ['Võ Minh Tâm', 2024, 'Lao động tiên tiến'],
    ]);
    // With this workbook's own history, a record in both (Tâm's Lao động tiên tiến 2024) counts once.
    const merged = mergeHistories([ownHistory(sheets()), h])!;
    expect(merged.records).toHaveLength(12 + 4 - 1);
    expect(merged.own?.sheet.name).toBe(HISTORY_SHEET_NAME);
  });

  it('a file that is neither is refused, saying what it needs', () => {
    expect(() => historyFromFile([{ name: 'Sheet1', values: [['a', 'b']] }], 'x.xlsx')).toThrow(/không phải lịch sử khen thưởng/);
  });
});
