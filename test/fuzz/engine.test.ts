// Property-based fuzzing of the engine and of the whole sheet path (same FUZZ_RUNS/FUZZ_SEED as
// parsers.test.ts). Whatever the rows hold: runBinhXet answers one result per row and never proposes
// more than the quota, statuses follow the precedence review › late › ineligible › ranking; and
// scoreSheet on any grid either scores it or stops with a UserError — never another exception.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { readPlanText } from '../../src/plan/index';
import { runBinhXet } from '../../src/core/binhxet';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { Kind, MarkValue, NominationInput, Plan, Settings } from '../../src/core/types';
import { isUserError } from '../../src/core/errors';
import { scoreSheet } from '../../src/workbook/scoreWorkbook';
import * as G from './generators';

const RUNS = Math.max(100, Math.floor((Number(process.env.FUZZ_RUNS) || 2000) / 4));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20241015;
const counts: Record<string, number> = {};
afterAll(() => {
  if (process.env.FUZZ_REPORT) {
    const file = process.env.FUZZ_REPORT.replace(/\.json$/, '.engine.json');
    fs.writeFileSync(file, JSON.stringify({ seed: SEED, runs: RUNS, counts }, null, 2));
  }
});

// The corpus plan: one movement, "05 tập thể và 10 cá nhân", 3 criteria per kind, "trước ngày 15/10/2024".
const PLAN_TEXT = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'malformed', 'plan.txt'), 'utf8');
const kindPlan: Plan = readPlanText(PLAN_TEXT, { year: 2024 });
// The same plan with a pool for both kinds: "02 trường hợp (tập thể hoặc cá nhân)".
const poolPlan: Plan = {
  ...kindPlan,
  movements: kindPlan.movements.map((m) => ({ ...m, quota: { collective: null, individual: null, either: 2, percent: null } })),
};

// The same plan with its quota split by award form (Bằng khen, Giấy khen), as on the "Kế hoạch" sheet.
const formPlan: Plan = {
  ...kindPlan,
  movements: kindPlan.movements.map((m) => ({
    ...m,
    formQuotas: [
      { form: 'Bằng khen của UBND tỉnh', quota: { collective: 1, individual: 2, either: null, percent: null }, quotaNote: null },
      { form: 'Giấy khen', quota: null, quotaNote: null },
    ],
  })),
};

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Khoa Nội', 'Phòng Tổ chức', 'nguyễn văn an', 'Nguyễn Văn An '];
const UNITS = ['Sở Y tế', 'Bệnh viện A', 'sở y tế', 'Trung tâm B'];

const markCell = fc.record({
  value: fc.constantFrom<MarkValue>('met', 'met', 'met', 'unmet', 'unreadable'),
  cell: fc.constant('F9'),
  raw: fc.constantFrom('x', '', '?'),
});

const nomination = (row: number) =>
  fc.record({
    row: fc.constant(row),
    name: fc.oneof(fc.constantFrom(...NAMES), fc.constant(null), G.anyString),
    unit: fc.oneof(fc.constantFrom(...UNITS), fc.constant(null)),
    position: fc.constant(null),
    kind: fc.constantFrom<Kind | null>('collective', 'individual', 'individual', null),
    movement: fc.constantFrom<string | null>(null, null, '1', 'cải cách hành chính', 'không có'),
    group: fc.constant(null),
    received: fc.oneof(fc.integer({ min: 45540, max: 45600 }), fc.constant(null)),
    receivedUnreadable: fc.boolean(),
    marks: fc.array(markCell, { maxLength: 5 }),
    points: fc.constant([]),
    bonus: fc.constant(null),
    penalty: fc.constant(null),
    givenScore: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 })),
    vote: fc.oneof(fc.constant(null), fc.constantFrom(0.5, 0.8, 0.925, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    problems: fc.oneof(fc.constant([]), fc.constant([{ column: 'E', message: 'Ô E9: không đọc được ngày nộp.' }])),
  }) as unknown as fc.Arbitrary<NominationInput>;

const rowsArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => nomination(i + 4))) as fc.Arbitrary<NominationInput[]>);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  year: fc.constantFrom(null, 2024),
  deadlineOverride: fc.constantFrom(null, 'trước ngày 10/10/2024', 'Theo lịch của Khối trưởng', 'vô nghĩa'),
  shiftDaysOff: fc.boolean(),
  calendar: fc.constant([]),
  participants: fc.constant({ collective: null, individual: null }),
  minVote: fc.constantFrom(null, 0.8),
});

test('runBinhXet: one result per row, never more proposed than the quota, status precedence kept', () => {
  counts.runBinhXet = 0;
  fc.assert(
    fc.property(fc.boolean(), rowsArb, settingsArb, (pooled, rows, settings) => {
      counts.runBinhXet++;
      const plan = pooled ? poolPlan : kindPlan;
      const res = runBinhXet(plan, rows, settings);
      expect(res.nominations.map((n) => n.row)).toEqual(rows.map((r) => r.row));
      const selected = res.nominations.filter((n) => n.status === 'selected');
      if (pooled) expect(selected.length).toBeLessThanOrEqual(2);
      else {
        expect(selected.filter((n) => n.kind === 'collective').length).toBeLessThanOrEqual(5);
        expect(selected.filter((n) => n.kind === 'individual').length).toBeLessThanOrEqual(10);
      }
      for (const n of res.nominations) {
        expect(['selected', 'over_quota', 'tie', 'ineligible', 'late', 'review']).toContain(n.status);
        if (n.late) expect(['review', 'late']).toContain(n.status);
        if (n.status === 'selected' || n.status === 'over_quota' || n.status === 'tie') expect({ row: n.row, eligible: n.eligible, late: n.late }).toEqual({ row: n.row, eligible: true, late: false });
        if (n.received === null && n.status !== 'review') throw new Error(`row ${n.row}: no received date but status ${n.status}`);
      }
      expect(res.summary.totals.nominated).toBe(rows.length);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('scoreSheet on any grid scores it or stops with a UserError, nothing else', () => {
  counts.scoreSheet = 0;
  const settings: Settings = { ...DEFAULT_SETTINGS, year: 2024 };
  fc.assert(
    fc.property(G.gridValid, fc.boolean(), (g, forms) => {
      counts.scoreSheet++;
      try {
        const out = scoreSheet({ name: 'Danh sách', values: g as never }, ['Danh sách'], forms ? formPlan : kindPlan, settings);
        expect(out.json.nominations.length).toBe(out.rows.length);
      } catch (e) {
        if (!isUserError(e)) throw e;
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
});
