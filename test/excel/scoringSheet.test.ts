// createScoringSheet against the strict fake host: one Excel.run, two syncs, the maxima as decimal
// data validation, a unit's existing sheet never replaced.
import { createFakeExcel } from '../../playground/fakeExcel';
import { createScoringSheet, freeSheetName } from '../../src/excel/scoringSheet';
import { readPlanText } from '../../src/plan';
import * as fs from 'fs';
import * as path from 'path';

const plan = readPlanText(fs.readFileSync(path.join(__dirname, '../fixtures/genre/ke-hoach-cham-diem.txt'), 'utf8'), { year: null });

test('adds "Phiếu chấm điểm" with headers the scorer reads and the rubric maxima as validation, in 2 syncs', async () => {
  const fake = createFakeExcel({ sheets: [{ name: 'Sheet1', values: [['x']] }] });
  const restore = fake.install();
  try {
    const name = await createScoringSheet(plan);
    expect(name).toBe('Phiếu chấm điểm');
    expect(fake.syncCount()).toBe(2);
    const snap = fake.snapshot();
    expect(snap.active).toBe(name);
    const sheet = snap.sheets.find((s) => s.name === name)!;
    const header = sheet.values.find((r) => r.includes('Tiêu chí 1 (10 điểm)'))!;
    expect(header).toEqual(expect.arrayContaining(['Tiêu chí 2 (60 điểm)', 'Tiêu chí 3 (30 điểm)', 'Khối thi đua', 'Tổng điểm']));
    const model = fake.workbook.sheets.find((s) => s.name === name)!;
    const maxima = (model.validations ?? []).map((v) => [v.rule?.type, v.rule?.operator, v.rule?.formula1, v.rule?.formula2, v.errorAlert?.style]);
    expect(maxima).toEqual(
      expect.arrayContaining([
        ['decimal', 'Between', 0, 10, 'Stop'],
        ['decimal', 'Between', 0, 60, 'Stop'],
        ['decimal', 'Between', 0, 30, 'Stop'],
        ['decimal', 'Between', 0, 3, 'Stop'],
      ]),
    );
  } finally {
    restore();
  }
});

test("a workbook that already has a scoring sheet keeps it: the new one is '(2)'", async () => {
  const fake = createFakeExcel({ sheets: [{ name: 'Phiếu chấm điểm', values: [['Sở Tài chính', 99]] }] });
  const restore = fake.install();
  try {
    expect(await createScoringSheet(plan)).toBe('Phiếu chấm điểm (2)');
    expect(fake.snapshot().sheets[0].values[0]).toEqual(['Sở Tài chính', 99]);
  } finally {
    restore();
  }
  expect(freeSheetName('A', ['a', 'A (2)'])).toBe('A (3)');
});

test('a plan without a rubric is refused before anything is written', async () => {
  const fake = createFakeExcel({ sheets: [{ name: 'Sheet1', values: [['x']] }] });
  const restore = fake.install();
  try {
    await expect(createScoringSheet({ ...plan, rubric: null })).rejects.toThrow(/bảng chấm điểm/);
    expect(fake.syncCount()).toBe(0);
  } finally {
    restore();
  }
});
