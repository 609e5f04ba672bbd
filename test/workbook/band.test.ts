// The result band when the list changes between runs: a shorter list must not leave the old
// results below its new last row (the band is the add-in's, so it clears what it wrote before).
import { scoreSheet } from '../../src/workbook/scoreWorkbook';
import type { Grid, WritePlan } from '../../src/workbook/model';
import { DEFAULT_SETTINGS, type Plan } from '../../src/core/types';
import { BAND_HEADERS } from '../../src/core/text/workbook';

const PLAN: Plan = {
  title: 'Kế hoạch thử',
  issuer: '',
  year: 2024,
  period: { from: null, to: null },
  movements: [
    {
      id: '1',
      name: 'Thi đua thử',
      quota: { collective: 1, individual: 2, either: null, percent: null },
      quotaNote: null,
      criteria: { collective: ['A', 'B'], individual: ['A', 'B'] },
      deadlines: [],
    },
  ],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};
const SETTINGS = { ...DEFAULT_SETTINGS, year: 2024, deadlineOverride: 'trước ngày 15/11/2024' };

function list(n: number): Grid {
  const g: Grid = [['DANH SÁCH'], ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2']];
  for (let i = 1; i <= n; i++) g.push([i, `Nguyễn Văn ${i}`, 'Khoa Nội', `${10 + (i % 5)}/11/2024`, 'x', i % 4 === 0 ? '' : 'x']);
  return g;
}

/** The grid after writing the band (null clears a cell, as both adapters do). */
function applyBand(values: Grid, plan: WritePlan): Grid {
  const out = values.map((r) => [...r]);
  for (const b of plan.band!.blocks) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = b.row - 1 + i;
        while (out.length <= r) out.push([]);
        out[r][b.col - 1 + j] = v;
      }),
    );
  }
  return out;
}

/** Rows (1-based) that have any non-empty cell from column `from` on. */
function rowsWithBand(g: Grid, from: number): number[] {
  const out: number[] = [];
  g.forEach((row, r) => {
    if (row.slice(from - 1).some((v) => v !== null && v !== undefined && v !== '')) out.push(r + 1);
  });
  return out;
}

describe('band after the list got shorter', () => {
  test('rows below the new last nominee lose their old results and fills', () => {
    const first = scoreSheet({ name: 'DS', values: list(20) }, ['DS'], PLAN, SETTINGS);
    const scored = applyBand(list(20), first.writePlan);
    expect(rowsWithBand(scored, 7)).toContain(22);
    // The user deletes the data of the last 5 nominees (rows 18–22), keeping the band as it was.
    const shorter = scored.map((row, r) => (r + 1 > 17 ? [null, null, null, null, null, null, ...row.slice(6)] : row));
    const second = scoreSheet({ name: 'DS', values: shorter }, ['DS'], PLAN, SETTINGS);
    expect(second.rows).toHaveLength(15);
    const after = applyBand(shorter, second.writePlan);
    expect(rowsWithBand(after, 7)).toEqual(Array.from({ length: 16 }, (_, i) => i + 2)); // header row 2 … row 17
    // The blanked rows also lose their status colour.
    const stale = second.writePlan.band!.blocks.find((b) => b.row === 18)!;
    expect(stale.values).toHaveLength(5);
    expect(stale.fills).toEqual([null, null, null, null, null]);
  });

  test('a longer or equal list adds no extra block', () => {
    const first = scoreSheet({ name: 'DS', values: list(10) }, ['DS'], PLAN, SETTINGS);
    const again = scoreSheet({ name: 'DS', values: applyBand(list(10), first.writePlan) }, ['DS'], PLAN, SETTINGS);
    expect(again.writePlan.band!.blocks).toHaveLength(2);
    expect(again.writePlan).toEqual(first.writePlan);
  });

  test("only the old band's columns are cleared: a user cell under a new band column stays", () => {
    // First run without grades (6 band columns G–L); the user writes a note under column M, below the list.
    const first = scoreSheet({ name: 'DS', values: list(12) }, ['DS'], PLAN, SETTINGS);
    const scored = applyBand(list(12), first.writePlan);
    const shorter = scored.map((row, r) => (r + 1 > 10 ? [null, null, null, null, null, null, ...row.slice(6)] : row));
    shorter[12][12] = 'Người lập biểu'; // M13
    const graded: Plan = { ...PLAN, grades: [{ name: 'Xuất sắc', minScore: 0, noZeroCriterion: false }] };
    const second = scoreSheet({ name: 'DS', values: shorter }, ['DS'], graded, SETTINGS);
    expect(second.writePlan.band!.blocks[0].values[0][6]).toBe(BAND_HEADERS.grade);
    const after = applyBand(shorter, second.writePlan);
    expect(after[12][12]).toBe('Người lập biểu');
    expect(after[12].slice(6, 12).every((v) => v === null)).toBe(true);
    expect(after[13]?.slice(6, 12).every((v) => v === null || v === undefined)).toBe(true);
  });
});

describe("the council's decisions in the result column", () => {
  test('a later run writes "Hội đồng đề nghị" / "Hội đồng không đề nghị" back, and the engine\'s label elsewhere', () => {
    const g1 = applyBand(list(6), scoreSheet({ name: 'DS', values: list(6) }, ['DS'], PLAN, SETTINGS).writePlan);
    const col = g1[1].indexOf(BAND_HEADERS.status);
    const before = g1.slice(2).map((r) => r[col]);
    g1[3][col] = 'Hội đồng đề nghị';
    g1[4][col] = 'hội đồng không đề nghị';
    g1[5][col] = 'ghi tay khác';
    const o = scoreSheet({ name: 'DS', values: g1 }, ['DS'], PLAN, SETTINGS);
    const after = applyBand(g1, o.writePlan).slice(2).map((r) => r[col]);
    expect(after).toEqual([before[0], 'Hội đồng đề nghị', 'hội đồng không đề nghị', before[3], before[4], before[5]]);
    // The JSON keeps the engine's own status: the marks are the council's, not a result of bình xét.
    expect(o.json.nominations[1].status).not.toBe('Hội đồng đề nghị');
  });
});
