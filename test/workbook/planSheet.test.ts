import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../src/plan';
import { gridToPlan, planSheetView, planToGrid } from '../../src/workbook/planSheet';

const dir = path.join(__dirname, '..', 'fixtures', 'plans');
const files = ['real/brvt-2023-cchc.txt', 'real/brvt-2021-phong-trao.txt', 'real/angiang-2023-2030-cchc.txt', 'real/nghean-2025-dai-hoi-xiv.txt', 'rubric-allocation.txt', 'percent.txt'];

describe.each(files)('%s', (f) => {
  it('round-trips through the Kế hoạch sheet', () => {
    const p = readPlanText(fs.readFileSync(path.join(dir, f), 'utf8'));
    const back = gridToPlan(planToGrid(p));
    expect(back.plan).toEqual(planSheetView(p));
    expect(back.warnings).toEqual([]);
  });
});

it('reads a secretary\'s edit of a quota', () => {
  const p = readPlanText(fs.readFileSync(path.join(dir, 'real/brvt-2023-cchc.txt'), 'utf8'));
  const g = planToGrid(p) as (string | number | null)[][];
  const r = g.findIndex((row) => row[0] === '1' && typeof row[1] === 'string' && row[1].startsWith('Phát động'));
  g[r][2] = '7';
  expect(gridToPlan(g).plan.movements[0].quota?.collective).toBe(7);
});
