// The intake's Office.js side on the strict fake host: the workbook's "Đơn vị" sheet read in 1 sync,
// the merge's three sheets written in 2 whatever the rows, replaced on a re-run, and a user's own
// sheet of one of those names never replaced (nothing written then).
import { createFakeExcel, type FakeExcel } from '../../playground/fakeExcel';
import { readUnitsSheet, writeIntakeSheets } from '../../src/excel/intake';
import { mergeUnitFiles, readUnitsList, type UnitFile } from '../../src/workbook/intake/index';
import { INTAKE, INTAKE_SHEETS } from '../../src/core/text/intake';
import { WB } from '../../src/core/text/workbook';
import { twoMovementPlan } from '../workbook/intake/helpers';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function host(sheets: { name: string; values: unknown[][] }[]): FakeExcel {
  const f = createFakeExcel({ sheets: sheets as never });
  restore = f.install();
  return f;
}

const UNITS = [['DANH SÁCH ĐƠN VỊ'], [], ['STT', 'Tên đơn vị'], [1, 'Khoa Nội'], [2, 'Khoa Ngoại'], [3, 'Khoa Nhi']];

/** `files` units' lists of `rows` rows each, as an adapter hands them over. */
function unitFiles(files: number, rows: number): UnitFile[] {
  return Array.from({ length: files }, (_, k) => ({
    fileName: `khoa-${k + 1}.xlsx`,
    fileDate: 46300,
    sheets: [
      {
        name: 'DS',
        values: [
          ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Tiêu chí 1', 'Tiêu chí 2'],
          ...Array.from({ length: rows }, (_, i) => [i + 1, `Người ${k}-${i}`, `Khoa ${k + 1}`, i % 10 ? 'Cá nhân' : 'Tập thể', String(1 + (i % 2)), 'x', 'x']),
        ],
      },
    ],
  }));
}

test('the units list is the workbook’s "Đơn vị" sheet, read in 1 sync; none without one', async () => {
  host([{ name: 'Danh sách', values: [['x']] }, { name: 'Đơn vị', values: UNITS }]);
  const r = await readUnitsSheet();
  expect(r.syncs).toBe(1);
  expect(readUnitsList([r.sheet!], 'bảng tính').units.map((u) => u.name)).toEqual(['Khoa Nội', 'Khoa Ngoại', 'Khoa Nhi']);
  restore?.();
  host([{ name: 'Danh sách', values: [['x']] }]);
  expect(await readUnitsSheet()).toEqual({ sheet: null, syncs: 1 });
});

test.each([
  [3, 5],
  [100, 50],
])('%i files × %i rows: the three sheets in 2 syncs, replaced on a re-run, the user’s sheets untouched', async (files, rows) => {
  const f = host([{ name: 'Ghi chép', values: [['Sổ theo dõi hồ sơ']] }]);
  const o = mergeUnitFiles(unitFiles(files, rows), twoMovementPlan());
  expect(o.json.merged).toBe(files * rows);
  expect(await writeIntakeSheets(o.writePlan)).toEqual({ syncs: 2 });
  const snap = f.snapshot();
  expect(snap.sheets.map((s) => s.name)).toEqual(['Ghi chép', INTAKE_SHEETS.merged, INTAKE_SHEETS.units, INTAKE_SHEETS.review]);
  expect(snap.active).toBe(INTAKE_SHEETS.merged);
  const merged = snap.sheets.find((s) => s.name === INTAKE_SHEETS.merged)!;
  expect(merged.values[0][0]).toBe(INTAKE.mergedTitle);
  expect(merged.values.filter((r) => typeof r?.[0] === 'number')).toHaveLength(files * rows);
  // Merged again: its own sheets are replaced, the same.
  expect(await writeIntakeSheets(o.writePlan)).toEqual({ syncs: 2 });
  const again = f.snapshot();
  expect(again.sheets.map((s) => s.name)).toEqual(snap.sheets.map((s) => s.name));
  expect(JSON.stringify(again.sheets)).toBe(JSON.stringify(snap.sheets));
});

test('a user’s own "Tổng hợp" (or "tổng hợp") is never replaced, and nothing is written', async () => {
  const o = mergeUnitFiles(unitFiles(2, 3), twoMovementPlan());
  for (const name of [INTAKE_SHEETS.merged, 'tổng hợp']) {
    const f = host([{ name, values: [['Bảng tổng hợp của tôi']] }]);
    const before = JSON.stringify(f.snapshot());
    await expect(writeIntakeSheets(o.writePlan)).rejects.toThrow(WB.foreignOwnedSheet(name));
    expect(JSON.stringify(f.snapshot())).toBe(before);
    restore?.();
    restore = null;
  }
});
