// Golden tests: each shared real plan against a JSON written by hand from reading the plan.
// Deadline `notes` (day-off remarks) belong to the deadline module and are compared loosely.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../src/plan';
import type { Deadline, Plan } from '../../src/core/types';

const PLANS = path.join(__dirname, '..', 'fixtures', 'plans', 'real');
const strip = (d: Deadline) => ({ text: d.text, rule: d.rule, inclusive: d.inclusive, from: d.from, dates: d.dates });
// The JSON contract's keys (domain.md) with number, date and kind; the reader's other keys
// (sources, unsure, forms, council, schedule, criteria groups) have their own tests.
function contract(p: Plan) {
  const { title, issuer, number, date, kind, year, period, movements, deadlines, allocations, rubric, grades } = p;
  return {
    title, issuer, number, date, kind, year, period,
    movements: movements.map(({ criteriaGroups, ...m }) => (void criteriaGroups, { ...m, deadlines: m.deadlines.map(strip) })),
    deadlines: deadlines.map(strip),
    allocations, rubric, grades,
  };
}

describe.each(['brvt-2023-cchc', 'brvt-2021-phong-trao', 'angiang-2023-2030-cchc', 'nghean-2025-dai-hoi-xiv'])('%s', (name) => {
  const file = path.join(PLANS, `${name}.txt`);
  it('reads the whole plan as written', () => {
    const plan = readPlanText(fs.readFileSync(file, 'utf8'));
    const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'golden', `${name}.json`), 'utf8'));
    expect(contract(plan)).toEqual(golden);
  });
});
