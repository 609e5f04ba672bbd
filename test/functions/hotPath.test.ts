// The fast path of TDKT.ISLATE / TDKT.DAYSLATE (phrase cache keyed by the raw text, the core's
// per-spec occurrence memo, integer serials without parseDate) must answer exactly what an
// uncached call answers: each case is asked of a warm module many times, in varying order, and of
// a freshly loaded module once.
import fc from 'fast-check';
import { ymdToSerial, serialToYmd, serialYear, serialYearMonth, serialFromNumber, parseDate } from '../../src/core/dates';

type Fns = typeof import('../../src/functions/functions');

function fresh(): Fns {
  let m: Fns | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    m = require('../../src/functions/functions');
  });
  return m as Fns;
}

const outcome = (f: () => unknown): unknown => {
  try {
    return { v: f() };
  } catch (e) {
    return { error: (e as { code?: string }).code, message: (e as Error).message };
  }
};

const PHRASES = [
  'trước ngày 15/11/2024',
  'chậm nhất đến trước ngày 15 tháng 10 hàng năm',
  'chậm nhất đến trước ngày 15 tháng 10 hàng năm'.normalize('NFD'), // pasted from a PDF
  '  trước ngày 15 tháng 10 hằng năm ',
  'hằng quý trước ngày 20 tháng cuối quý',
  'hằng tháng trước ngày 25',
  'trước ngày 15/12',
  'Quý II/2023',
  '15/12/2023',
  '16-12-2023',
  'theo kế hoạch của cơ quan có thẩm quyền',
  'trước ngày trao thưởng ít nhất 07 ngày',
  'không đọc được',
  '',
  45610,
  45610.5,
  60,
];
const RECEIVED = [ymdToSerial(2024, 11, 14), ymdToSerial(2024, 11, 15), ymdToSerial(2023, 12, 16), ymdToSerial(2024, 3, 20), ymdToSerial(2025, 1, 1) + 0.25, '15/11/2024', 'ngày 16 tháng 10 năm 2023', '', 60, -3];
const SHIFT = [undefined, null, true, false, 'TRUE'];
const YEAR = [undefined, null, 2023, 2024, ''];

describe('TDKT.ISLATE / TDKT.DAYSLATE fast path', () => {
  test('a warm module answers every case as a fresh one does, in any order, repeatedly', () => {
    const warm = fresh();
    const cases: [unknown, unknown, unknown, unknown][] = [];
    // Every 13th case of the full product, a spread over every phrase, date, shift and year form
    // (all of it would take a minute: a fresh module per case is what costs time).
    let k = 0;
    for (const p of PHRASES) for (const r of RECEIVED) for (const s of SHIFT) for (const y of YEAR) if (k++ % 13 === 0) cases.push([r, p, s, y]);
    const expected = cases.map(([r, p, s, y]) => {
      const f = fresh(); // nothing cached: the answer the plain path gives
      return [outcome(() => f.tdktIsLate(r, p, s as boolean, y as number)), outcome(() => f.tdktDaysLate(r, p, s as boolean, y as number))];
    });
    // Three passes over the cases, each in a different order, on one warm module.
    for (const order of [1, -1, 7]) {
      const idx = cases.map((_, i) => i);
      if (order === -1) idx.reverse();
      if (order === 7) idx.sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101));
      for (const i of idx) {
        const [r, p, s, y] = cases[i];
        expect([outcome(() => warm.tdktIsLate(r, p, s as boolean, y as number)), outcome(() => warm.tdktDaysLate(r, p, s as boolean, y as number))]).toEqual(expected[i]);
      }
    }
  });

  test('the answers users rely on: the last on-time day is on time, the next day late, a day-off shift moves it', () => {
    const f = fresh();
    const annual = 'chậm nhất đến trước ngày 15 tháng 10 hàng năm';
    for (let i = 0; i < 3; i++) {
      expect(f.tdktIsLate(ymdToSerial(2024, 10, 14), annual)).toBe(false);
      expect(f.tdktIsLate(ymdToSerial(2024, 10, 15), annual)).toBe(true);
      expect(f.tdktDaysLate(ymdToSerial(2025, 10, 20), annual)).toBe(6);
      // 14/12/2024 is a Saturday: with the Điều 148 shift Monday 16/12 is still on time.
      expect(f.tdktIsLate(ymdToSerial(2024, 12, 16), 'trước ngày 15/12/2024', true)).toBe(false);
      expect(f.tdktIsLate(ymdToSerial(2024, 12, 16), 'trước ngày 15/12/2024', false)).toBe(true);
    }
  });
});

describe('allocation-free date helpers', () => {
  test('serialYearMonth / serialYear agree with serialToYmd on every serial Excel has and beyond', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: 3000000 }), fc.double({ min: -1e6, max: 3e6, noNaN: true })), (s) => {
        const { y, m } = serialToYmd(s);
        expect(serialYearMonth(s)).toBe(y * 12 + m - 1);
        expect(serialYear(s)).toBe(y);
      }),
      { numRuns: 3000 },
    );
    expect(serialYearMonth(60)).toBe(1900 * 12 + 1); // Excel's fictitious 29/02/1900
  });

  test('serialFromNumber is parseDate on a number, without the result object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 3000000 }), fc.double({ noNaN: false })), (n) => {
        const r = parseDate(n);
        expect(serialFromNumber(n)).toBe(r.ok ? r.serial : -1);
      }),
      { numRuns: 3000 },
    );
    expect(serialFromNumber(60)).toBe(-1);
    expect(serialFromNumber(2958465.9)).toBe(2958465);
    expect(serialFromNumber(2958466)).toBe(-1);
  });
});
