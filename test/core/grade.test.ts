import { gradeFor, rubricTotal } from '../../src/core/grade';
import type { GradeBand, PointsCell, Rubric } from '../../src/core/types';

// The bands of domain.md: Xuất sắc ≥ 95 and Tốt 85–<95 with no criterion at 0; Hoàn thành 75–<85.
const bands: GradeBand[] = [
  { name: 'Hoàn thành xuất sắc', minScore: 95, noZeroCriterion: true },
  { name: 'Hoàn thành tốt', minScore: 85, noZeroCriterion: true },
  { name: 'Hoàn thành', minScore: 75, noZeroCriterion: false },
  { name: 'Không hoàn thành', minScore: 0, noZeroCriterion: false },
];
const rubric: Rubric = {
  items: [
    { id: '1', text: 'Công tác chỉ đạo', maxPoints: 10 },
    { id: '2', text: 'Kết quả thực hiện', maxPoints: 90 },
  ],
  bonusMax: 3,
  penaltyMax: 3,
  total: 100,
};
const cell = (value: number | null, c: string): PointsCell => ({ value, cell: c, raw: String(value ?? '') });

describe('gradeFor', () => {
  it('grades best first', () => {
    expect(gradeFor(96, false, bands).grade).toBe('Hoàn thành xuất sắc');
    expect(gradeFor(95, false, bands).grade).toBe('Hoàn thành xuất sắc');
    expect(gradeFor(94.5, false, bands).grade).toBe('Hoàn thành tốt');
    expect(gradeFor(80, false, bands).grade).toBe('Hoàn thành');
    expect(gradeFor(74, false, bands).grade).toBe('Không hoàn thành');
  });
  it('93 with a zero criterion fits no band literally → Hoàn thành, with the reason', () => {
    const r = gradeFor(93, true, bands);
    expect(r.grade).toBe('Hoàn thành');
    expect(r.reason).toMatch(/tiêu chí 0 điểm/);
    expect(r.reason).toMatch(/Hoàn thành tốt/);
  });
  it('bands given in any order are still tried best first', () => {
    expect(gradeFor(96, false, bands.slice().reverse()).grade).toBe('Hoàn thành xuất sắc');
  });
  it('no bands → no grade', () => {
    expect(gradeFor(90, false, [])).toEqual({ grade: null, reason: null });
  });
});

describe('rubricTotal', () => {
  it('sums items + bonus − penalty', () => {
    const r = rubricTotal(rubric, { points: [cell(9, 'E5'), cell(85, 'F5')], bonus: cell(2, 'G5'), penalty: cell(1, 'H5'), givenScore: null });
    expect(r.total).toBe(95);
    expect(r.problems).toEqual([]);
    expect(r.hasZeroCriterion).toBe(false);
  });
  it('points above the maximum or negative are problems naming the cell, not capped', () => {
    const r = rubricTotal(rubric, { points: [cell(12, 'E5'), cell(-1, 'F5')], bonus: cell(4, 'G5'), penalty: null, givenScore: null });
    expect(r.total).toBe(15);
    expect(r.problems.join(' ')).toMatch(/E5.*vượt điểm chuẩn 10/);
    expect(r.problems.join(' ')).toMatch(/F5.*âm/);
    expect(r.problems.join(' ')).toMatch(/G5.*điểm thưởng/);
  });
  it('a criterion at 0 is reported', () => {
    const r = rubricTotal(rubric, { points: [cell(0, 'E5'), cell(90, 'F5')], bonus: cell(3, 'G5'), penalty: null, givenScore: null });
    expect(r.total).toBe(93);
    expect(r.hasZeroCriterion).toBe(true);
  });
  it('uses the written total when there are no points columns', () => {
    expect(rubricTotal(rubric, { points: [], bonus: null, penalty: null, givenScore: 88 }).total).toBe(88);
    expect(rubricTotal(null, { points: [], bonus: null, penalty: null, givenScore: null }).total).toBeNull();
  });
  it('notes a written total that differs from the computed one', () => {
    const r = rubricTotal(rubric, { points: [cell(10, 'E5'), cell(80, 'F5')], bonus: null, penalty: null, givenScore: 95 });
    expect(r.total).toBe(90);
    expect(r.notes.join(' ')).toMatch(/khác tổng/);
  });
});
