// The header search's fast paths (a Map for the exact variants, PREFIX bucketed by first word,
// number/date/boolean cells not classified when no plan criterion starts with a digit) must find
// exactly what the plain definitions find: detectHeader against detectHeaderReference on random
// grids and plans, prefixField against prefixFieldReference on random folded headers.
import fc from 'fast-check';
import { classifyHeader, detectHeader, detectHeaderReference, prefixField, prefixFieldReference } from '../../src/workbook/header';
import { foldKey } from '../../src/core/normalize';
import type { Plan } from '../../src/core/types';
import type { Grid } from '../../src/workbook/model';
import { grid, gridValid, vnText } from '../fuzz/generators';

const RUNS = Number(process.env.FUZZ_RUNS) || 400;
const SEED = 20261012;

const CRITERIA = [
  'Hoàn thành xuất sắc nhiệm vụ năm 2026.',
  'Có sáng kiến được công nhận',
  // Criteria whose folded text starts with a digit: number and date cells can then match one.
  '100% cán bộ hoàn thành nhiệm vụ',
  '1985 năm thành lập đơn vị',
  '2024 10 05 ngày',
  '123456789012',
  // A criterion that folds to nothing is a prefix of every long header (sameText).
  '…',
];

const planArb = fc
  .tuple(fc.subarray(CRITERIA), fc.array(vnText(12), { maxLength: 3 }), fc.boolean())
  .map(([fixed, random, rubric]): Plan => {
    const criteria = [...fixed, ...random];
    return {
      title: 't', issuer: '', year: 2026, period: { from: null, to: null }, deadlines: [], allocations: [], grades: [],
      movements: [{ id: '1', name: 'Phong trào', quota: null, quotaNote: null, criteria: { collective: criteria, individual: criteria.slice(0, 2) }, deadlines: [] }],
      rubric: rubric ? { items: criteria.map((text, i) => ({ id: String(i + 1), text, maxPoints: 10 })), bonusMax: null, penaltyMax: null, total: null } : null,
    } as Plan;
  });

// Cells that are numbers or dates spelling a criterion's digits, so the non-text path is reached.
const numericCell = fc.constantFrom<unknown>(100, 1985, 123456789012, 1234567890123, new Date(Date.UTC(2024, 9, 5)), 92.5, true);
const withNumbers = (g: fc.Arbitrary<unknown[][]>) =>
  fc.tuple(g, fc.array(fc.tuple(fc.nat(39), fc.nat(13), numericCell), { maxLength: 12 })).map(([rows, puts]) => {
    const out = rows.map((r) => [...r]);
    for (const [r, c, v] of puts) if (out[r]) out[r][c] = v;
    return out;
  });

describe('header detection: fast paths agree with the plain definitions', () => {
  it.each([
    ['grids of header words, data and junk', grid],
    ['grids without invalid dates', gridValid],
    ['grids with number and date cells', withNumbers(gridValid)],
  ])('%s', (_name, g) => {
    fc.assert(
      fc.property(g, fc.option(planArb, { nil: null }), (values, plan) => {
        expect(detectHeader(values as Grid, plan)).toEqual(detectHeaderReference(values as Grid, plan));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('prefixField is prefixFieldReference on folded headers', () => {
    const words = ['ngay', 'nop', 'nhan', 'den', 'gui', 'ty', 'le', 'phieu', 'ten', 'ca', 'nhan', 'co', 'quan', 'don', 'vi', 'ho', 'va', 'chuc', 'danh', 'diem', 'tru', 'tong', 'ghi', 'chu', 'khoi', 'thi', 'dua', 'duoc', '%', 'so', 'ket', 'qua', 'bo', 'x', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.string({ maxLength: 8 }), (ws, tail) => {
        const k = foldKey(ws.join(' ') + ' ' + tail);
        expect(prefixField(k)).toBe(prefixFieldReference(k));
      }),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });

  it('finds the real list headers it found before (examples)', () => {
    const g: Grid = [['DANH SÁCH'], [], ['STT', 'Họ và tên', 'Ngày tiếp nhận hồ sơ', 'Tỷ lệ phiếu bầu', 'Cơ quan, đơn vị công tác'], [1, 'An', new Date(Date.UTC(2024, 9, 5)), 92.5, 'Khoa Nội']];
    const h = detectHeader(g);
    expect(h?.headerRow).toBe(3);
    expect(h?.columns.map((c) => c.field)).toEqual(['stt', 'name', 'received', 'vote', 'unit']);
    // An object's own property names are no header variant (the plain object lookup once said they were).
    expect(classifyHeader('constructor').field).toBeNull();
    expect(classifyHeader('toString').field).toBeNull();
  });
});
