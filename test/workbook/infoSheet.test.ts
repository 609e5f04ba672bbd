// The "Thông tin văn bản" sheet: laid out with every field, read back by label whatever the host
// made of the cells (dates as Date, serial or text; lines kept), created by bình xét only when absent.
import { infoOwnedSheet, infoSheetGrid, isInfoSheetName, readInfoSheet } from '../../src/workbook/infoSheet';
import { scoreSheet } from '../../src/workbook/scoreWorkbook';
import { INFO_FIELDS, INFO_PREFILL } from '../../src/core/text/documents';
import { INFO_SHEET_NAME } from '../../src/core/text/documentsPane';
import { DEFAULT_SETTINGS, type Plan } from '../../src/core/types';
import type { Grid, SheetData } from '../../src/workbook/model';

/** The sheet as a host would read it back: its blocks' values on a grid. */
const gridOf = (): Grid => infoSheetGrid();

function setValue(g: Grid, label: string, v: Grid[number][number]) {
  const row = g.find((r) => r[0] === label)!;
  row[1] = v;
}

test('every field has a labelled row, the genre words prefilled, everything else blank', () => {
  const g = gridOf();
  for (const f of Object.values(INFO_FIELDS)) expect(g.some((r) => r[0] === f.label)).toBe(true);
  const { values, warnings } = readInfoSheet(g);
  expect(values).toEqual(INFO_PREFILL);
  expect(warnings).toEqual([]);
  const sheet = infoOwnedSheet();
  expect(sheet.name).toBe(INFO_SHEET_NAME);
  expect(sheet.font.name).toBe('Times New Roman');
});

test('reads back what was typed: dates from a Date, a serial or text; lines kept; NFC; bad values named', () => {
  const g = gridOf();
  setValue(g, INFO_FIELDS.qdDate.label, new Date(Date.UTC(2024, 11, 5)));
  setValue(g, INFO_FIELDS.ttDate.label, 45617); // 21/11/2024
  setValue(g, INFO_FIELDS.bbDate.label, 'ngày 20 tháng 11 năm 2024');
  setValue(g, INFO_FIELDS.planDate.label, '31/02/2024');
  setValue(g, INFO_FIELDS.bbPresent.label, 'Trần Quang Khải, Giám đốc\r\n\r\n  Nguyễn Thị Thu,  thư ký '.normalize('NFD'));
  setValue(g, INFO_FIELDS.bbMembers.label, 'chín');
  setValue(g, INFO_FIELDS.qdNumber.label, 5);
  const { values, warnings } = readInfoSheet(g);
  expect(values.qdDate).toBe('05/12/2024');
  expect(values.ttDate).toBe('21/11/2024');
  expect(values.bbDate).toBe('20/11/2024');
  expect(values.planDate).toBeUndefined();
  expect(values.bbPresent).toBe('Trần Quang Khải, Giám đốc\nNguyễn Thị Thu, thư ký');
  expect(values.qdNumber).toBe('5');
  expect(values.bbMembers).toBeUndefined();
  expect(warnings).toEqual([
    expect.stringContaining('"Ngày kế hoạch": không đọc được ngày "31/02/2024"'),
    expect.stringContaining('"Tổng số thành viên Hội đồng": "chín" không phải một số'),
  ]);
});

test('in a 1904 workbook a typed date\'s serial is 1462 less for the same day; text dates and numbers read as before', () => {
  const g = gridOf();
  setValue(g, INFO_FIELDS.ttDate.label, 45617 - 1462); // 21/11/2024 as Excel for Mac stores it
  setValue(g, INFO_FIELDS.bbDate.label, '20/11/2024');
  setValue(g, INFO_FIELDS.qdNumber.label, 5);
  const { values, warnings } = readInfoSheet(g, true);
  expect(values.ttDate).toBe('21/11/2024');
  expect(values.bbDate).toBe('20/11/2024');
  expect(values.qdNumber).toBe('5');
  expect(warnings).toEqual([]);
});

test('labels are matched without case and marks; rows may move', () => {
  const g: Grid = [['', ''], ['số QUYẾT định', '12/QĐ-SYT'], ['Địa danh', 'Sông Lam']];
  expect(readInfoSheet(g).values).toEqual({ qdNumber: '12/QĐ-SYT', place: 'Sông Lam' });
  expect(isInfoSheetName('thông tin VĂN BẢN')).toBe(true);
  expect(isInfoSheetName('Thông tin')).toBe(false);
});

describe('bình xét creates the sheet once', () => {
  const plan: Plan = {
    title: 'Kế hoạch thử',
    issuer: 'Sở thử',
    year: 2024,
    period: { from: null, to: null },
    movements: [{ id: '1', name: 'Thi đua', quota: { collective: 1, individual: 1, either: null, percent: null }, quotaNote: null, criteria: { collective: [], individual: [] }, deadlines: [] }],
    deadlines: [],
    allocations: [],
    rubric: null,
    grades: [],
  };
  const data: SheetData = { name: 'DS', values: [['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp'], [1, 'Nguyễn Văn An', 'Phòng A', '01/01/2024']] };
  test('first, when the workbook has none (so later runs, which leave it in place, keep the order of sheets)', () => {
    const o = scoreSheet(data, ['DS'], plan, DEFAULT_SETTINGS);
    expect(o.writePlan.sheets[0].name).toBe(INFO_SHEET_NAME);
  });
  test('never again when it exists, whatever its case', () => {
    for (const existing of [INFO_SHEET_NAME, 'THÔNG TIN VĂN BẢN']) {
      const o = scoreSheet(data, ['DS', existing], plan, DEFAULT_SETTINGS);
      expect(o.writePlan.sheets.some((s) => isInfoSheetName(s.name))).toBe(false);
    }
  });
});
