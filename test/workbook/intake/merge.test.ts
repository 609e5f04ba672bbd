import { mergeUnitFiles, type UnitFile } from '../../../src/workbook/intake/index';
import { classifyHeader } from '../../../src/workbook/header';
import { scoreSheet } from '../../../src/workbook/scoreWorkbook';
import { INTAKE, INTAKE_COLUMNS, INTAKE_SHEETS, PROVENANCE_COLUMNS } from '../../../src/core/text/intake';
import { WB } from '../../../src/core/text/workbook';
import type { ExpectedUnit } from '../../../src/core/intake/units';
import { ymdToSerial } from '../../../src/core/dates';
import { DEFAULT_SETTINGS } from '../../../src/core/types';
import { gridOf, twoMovementPlan } from './helpers';

const OCT = (d: number) => ymdToSerial(2026, 10, d);
const unit = (name: string): ExpectedUnit => ({ name, group: null, allocation: null, aliases: [], isGroup: false });
const HEAD = ['STT', 'Họ và tên', 'Chức vụ', 'Năm sinh', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tỷ lệ phiếu (%)'];

function file(fileName: string, rows: unknown[][], footer = 'Sông Lam, ngày 08 tháng 10 năm 2026'): UnitFile {
  return { fileName, fileDate: OCT(25), sheets: [{ name: 'DS', values: [['DANH SÁCH ĐỀ NGHỊ'], HEAD, ...(rows as never[][]), [], [null, null, null, null, footer]] }] };
}

const NOI = file('khoa-noi.xlsx', [
  [1, 'Khoa Nội', null, null, 'Khoa Nội', 'Tập thể', '1', 'x', 'x', 'x', 95],
  [2, 'Nguyễn Văn An', 'Bác sĩ', 1980, 'Khoa Nội', 'Cá nhân', '1', 'x', 'x', null, 92],
  [3, 'Trần Thị Bình', 'Điều dưỡng', 1985, 'Khoa Nội', 'Cá nhân', '2', 'x', null, null, 90],
  [4, 'Lê Văn C', 'Bác sĩ', 1979, 'Khoa Nội', null, '2', 'x', 'x', null, 88],
]);
// Sent after the deadline (last on-time day 14/10/2026), with the same person as Khoa Nội.
const HC = file('phong-hanh-chinh.xlsx', [
  [1, 'Nguyễn Văn An', 'Chuyên viên', 1980, 'Phòng Hành chính', 'Cá nhân', '1', 'x', 'x', null, 91],
  [2, 'Cao Thị Uyên', 'Văn thư', 1991, 'Phòng Hành chính', 'Cá nhân', '2', 'x', 'x', null, 89],
], 'Sông Lam, ngày 20 tháng 10 năm 2026');
// Khoa Nội's file sent again under another name.
const NOI_AGAIN = { ...NOI, fileName: 'khoa-noi (1).xlsx' };
const UNITS = [unit('Khoa Nội'), unit('Phòng Hành chính'), unit('Khoa Răng hàm mặt')];

describe('merging the units’ files', () => {
  const plan = twoMovementPlan();
  const o = mergeUnitFiles([NOI, HC, NOI_AGAIN], plan, { units: UNITS });

  it('accounts for every source row: merged, an exact duplicate, or in review', () => {
    const sources = o.json.files.reduce((n, f) => n + f.rows, 0);
    const copies = o.json.duplicates.filter((d) => d.exact).reduce((n, d) => n + d.rows.length - 1, 0);
    expect(sources).toBe(10);
    expect([o.json.merged, copies, o.json.review.length]).toEqual([5, 4, 1]);
    expect(o.json.merged + copies + o.json.review.length).toBe(sources);
    expect(o.json.files.map((f) => [f.file, f.rows, f.merged, f.duplicates, f.review])).toEqual([
      ['khoa-noi.xlsx', 4, 3, 0, 1],
      ['phong-hanh-chinh.xlsx', 2, 2, 0, 0],
      ['khoa-noi (1).xlsx', 4, 0, 4, 0],
    ]);
    expect(o.json.review).toEqual([{ file: 'khoa-noi.xlsx', sheet: 'DS', row: 6, reason: WB.blankKind('F6', 'Đối tượng') }]);
  });

  it('flags the same person sent by two units, on both rows, with both places', () => {
    expect(o.json.duplicates.filter((d) => !d.exact)).toEqual([{ rows: [{ file: 'khoa-noi.xlsx', sheet: 'DS', row: 4 }, { file: 'phong-hanh-chinh.xlsx', sheet: 'DS', row: 3 }], exact: false }]);
    const an = o.result.merged.filter((r) => r.name === 'Nguyễn Văn An');
    expect(an.map((r) => r.notes.join(' '))).toEqual([
      expect.stringContaining(INTAKE.probableNote([INTAKE.place('phong-hanh-chinh.xlsx', 'DS', 3)])),
      INTAKE.probableNote([INTAKE.place('khoa-noi.xlsx', 'DS', 4)]),
    ]);
    // The first of an exact copy says where the copy was.
    expect(an[0].notes[0]).toBe(INTAKE.exactNote([INTAKE.place('khoa-noi (1).xlsx', 'DS', 4)]));
  });

  it('lists each unit with its files, rows, allocation and rows over it, and the unit not yet sent', () => {
    expect(o.json.units.map((u) => [u.unit, u.files, u.rows, u.merged, u.allocation?.individual ?? null, u.over, u.missing])).toEqual([
      ['Khoa Nội', ['khoa-noi.xlsx', 'khoa-noi (1).xlsx'], 8, 3, 3, 0, false],
      ['Phòng Hành chính', ['phong-hanh-chinh.xlsx'], 2, 2, 3, 0, false],
      ['Khoa Răng hàm mặt', [], 0, 0, 3, 0, true],
    ]);
    const units = gridOf(o.writePlan.sheets[1]);
    expect(o.writePlan.sheets.map((s) => s.name)).toEqual([INTAKE_SHEETS.merged, INTAKE_SHEETS.units, INTAKE_SHEETS.review]);
    expect(units.find((r) => r[1] === 'Khoa Răng hàm mặt')?.[10]).toBe(INTAKE.notSent);
  });

  it('writes a merged list whose headers the scoring reader maps, and provenance it leaves alone', () => {
    const grid = gridOf(o.writePlan.sheets[0]);
    const header = grid.find((r) => r[0] === INTAKE_COLUMNS.stt) as string[];
    const fields = header.map((h) => classifyHeader(h).field);
    expect(fields.slice(0, header.length - 7)).toEqual(['stt', 'name', 'position', null, 'unit', 'kind', 'movement', 'received', 'criterion', 'criterion', 'criterion', 'vote']);
    expect(header.slice(-7)).toEqual(Object.values(PROVENANCE_COLUMNS));
    expect(fields.slice(-7)).toEqual([null, null, null, null, null, null, null]);
  });

  it('is scored by `score` as the units’ own lists would be, late unit included', () => {
    const grid = gridOf(o.writePlan.sheets[0]);
    const scored = scoreSheet({ name: INTAKE_SHEETS.merged, values: grid }, [], plan, { ...DEFAULT_SETTINGS, year: 2026 });
    const by = new Map(scored.json.nominations.map((n) => [`${n.name}|${n.unit}`, n]));
    expect(scored.json.nominations).toHaveLength(5);
    expect(by.get('Khoa Nội|Khoa Nội')).toMatchObject({ kind: 'collective', movement: '1', received: '2026-10-08', late: false, criteriaMet: 3 });
    expect(by.get('Cao Thị Uyên|Phòng Hành chính')).toMatchObject({ kind: 'individual', movement: '2', received: '2026-10-20', late: true, daysLate: 6 });
    expect(by.get('Trần Thị Bình|Khoa Nội')).toMatchObject({ eligible: false, criteriaMet: 1 });
    // The row with a blank kind was never merged, so it is scored as neither kind.
    expect(scored.json.nominations.some((n) => n.name === 'Lê Văn C')).toBe(false);
  });

  it('holds the review rows and the duplicates in "Cần kiểm tra" with their places', () => {
    const grid = gridOf(o.writePlan.sheets[2]);
    const texts = grid.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain(WB.blankKind('F6', 'Đối tượng'));
    expect(texts).toContain('Lê Văn C');
    expect(texts.filter((t) => t === INTAKE.place('khoa-noi.xlsx', 'DS', 3))).toHaveLength(1);
    expect(texts.some((t) => t.includes(INTAKE.place('phong-hanh-chinh.xlsx', 'DS', 3)))).toBe(true);
  });

  it('adds nothing when the same files are merged again, and gives the same sheets', () => {
    const again = mergeUnitFiles([NOI, HC, NOI_AGAIN, NOI, HC], plan, { units: UNITS });
    expect(again.json.merged).toBe(5);
    expect(gridOf(again.writePlan.sheets[0]).slice(5).map((r) => r.slice(0, 12))).toEqual(gridOf(o.writePlan.sheets[0]).slice(5).map((r) => r.slice(0, 12)));
    expect(JSON.stringify(mergeUnitFiles([NOI, HC, NOI_AGAIN], plan, { units: UNITS }).writePlan)).toBe(JSON.stringify(o.writePlan));
  });
});
