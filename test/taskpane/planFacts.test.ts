// The facts step 1 lists from a reading, and a secretary's correction of one (pure; the browser
// test drives the same through the pane).
import { readPlanText } from '../../src/plan';
import { applyFact, factRows, isUnsure } from '../../src/taskpane/planFacts';
import { planToGrid } from '../../src/workbook/planSheet';
import { PLAN_TEXT } from '../../src/core/text/plan';

const NOTICE = [
  'Thông báo',
  'Hướng dẫn khen thưởng cấp tỉnh năm 2024 (05/12/2024)',
  '',
  'Thực hiện công văn số 30/HĐTĐKT ngày 01/12/2024 của Hội đồng Thi đua – Khen thưởng tỉnh, hồ sơ đề nghị tặng Bằng khen của UBND tỉnh trình trước ngày 31/01/2025.',
  '',
  'Nguồn: Sở Nội vụ',
].join('\n');

describe('the facts of step 1', () => {
  const plan = readPlanText(NOTICE);
  const rows = factRows(plan);
  const row = (path: string) => rows.find((r) => r.path === path)!;

  it('each with its value as typed, the lines it came from, and whether to confirm', () => {
    expect(row('title')).toMatchObject({ value: 'Hướng dẫn khen thưởng cấp tỉnh năm 2024', source: { lines: [2, 2] }, unsure: false });
    expect(row('issuer')).toMatchObject({ value: 'Sở Nội vụ', source: { lines: [6, 6], text: 'Sở Nội vụ' } });
    expect(row('kind')).toMatchObject({ value: 'thong-bao', source: { lines: [1, 1] } });
    expect(row('number')).toMatchObject({ value: '', source: null });
  });
  it('a guessed fact is to confirm; a list to confirm covers its items', () => {
    const guess = readPlanText('Thông báo\nLấy ý kiến nhân dân đề nghị tặng Huân chương Lao động hạng Ba\n\nThời gian lấy ý kiến từ ngày 17/4/2025 đến ngày 07/5/2025.');
    expect(factRows(guess).find((r) => r.path === 'year')).toMatchObject({ value: '2025', unsure: true });
    expect(isUnsure({ ...guess, unsure: ['deadlines'] }, 'deadlines.0')).toBe(true);
    expect(isUnsure({ ...guess, unsure: ['deadlines'] }, 'deadlinesX')).toBe(false);
  });
  it('a correction is what the "Kế hoạch" sheet holds, and is no longer to confirm', () => {
    const fixed = applyFact(applyFact(applyFact({ ...plan, unsure: ['date'] }, 'date', '05/12/2024'), 'number', '30/TB-SNV'), 'kind', 'huong-dan');
    expect([fixed.date, fixed.number, fixed.kind, fixed.unsure]).toEqual(['2024-12-05', '30/TB-SNV', 'huong-dan', []]);
    const grid = planToGrid(fixed);
    expect(grid).toContainEqual([PLAN_TEXT.sheet.key.number, '30/TB-SNV']);
    expect(grid).toContainEqual([PLAN_TEXT.sheet.key.date, '2024-12-05']);
    expect(grid).toContainEqual([PLAN_TEXT.sheet.key.kind, 'Hướng dẫn']);
  });
  it('a value that cannot be the fact is refused, saying why', () => {
    expect(() => applyFact(plan, 'date', '31/02/2024')).toThrow(/không phải ngày/);
    expect(() => applyFact(plan, 'year', '24')).toThrow(/không phải năm/);
    expect(applyFact(plan, 'period.to', '').period.to).toBeNull();
  });
});
