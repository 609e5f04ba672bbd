import fc from 'fast-check';
import {
  addDays, formatVN, fromIso, isValidYmd, parseDate, serialToYmd, toIso, weekday, ymdToSerial, MAX_SERIAL,
} from '../../src/core/dates';

const ok = (r: ReturnType<typeof parseDate>) => (r.ok ? r.serial : null);

describe('Excel serials', () => {
  test('match the serials Excel shows, including its 1900 leap-year bug', () => {
    expect(ymdToSerial(2023, 6, 15)).toBe(45092);
    expect(ymdToSerial(1900, 1, 1)).toBe(1);
    expect(ymdToSerial(1900, 2, 28)).toBe(59);
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(serialToYmd(60)).toEqual({ y: 1900, m: 2, d: 29 });
    expect(serialToYmd(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(serialToYmd(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(serialToYmd(2958465)).toEqual({ y: 9999, m: 12, d: 31 });
  });
  test('weekday: 0 = Sunday', () => {
    expect(weekday(ymdToSerial(2029, 10, 14))).toBe(0);
    expect(weekday(ymdToSerial(2026, 4, 27))).toBe(1);
    expect(weekday(1)).toBe(1); // 1900-01-01 was a Monday
  });
  test('ISO and Vietnamese formats', () => {
    expect(toIso(45092)).toBe('2023-06-15');
    expect(formatVN(45092)).toBe('15/06/2023');
    expect(fromIso('2023-06-15')).toBe(45092);
    expect(fromIso('2023-02-29')).toBeNull();
    expect(fromIso('15/06/2023')).toBeNull();
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(1900, 2, 29)).toBe(false);
  });
  test('addDays crosses the fictitious 29/02/1900 like the calendar does', () => {
    expect(addDays(59, 1)).toBe(61);
    expect(addDays(45092, -1)).toBe(45091);
  });
});

describe('parseDate', () => {
  test.each([
    ['15/6/2023'], ['15/06/2023'], ['15-6-2023'], ['15.6.2023'], ['2023-06-15'], ['15/06/23'],
    ['15/06/2023 08:30'], ['ngày 15 tháng 6 năm 2023'], ['Ngày 15 tháng 06 năm 2023'], [' 15 / 06 / 2023 '],
    ['45092'], ['ngày 15 tháng 6'],
  ])('%s is 15/06/2023', (s) => {
    expect(ok(parseDate(s, { year: 2023 }))).toBe(45092);
  });
  test('decomposed Unicode is read like precomposed', () => {
    expect(ok(parseDate('ngày 15 tháng 10 năm 2029'.normalize('NFD')))).toBe(ymdToSerial(2029, 10, 15));
  });
  test('a date inside a dated line ("Hà Nội, ngày …")', () => {
    expect(ok(parseDate('Vũng Tàu, ngày 19 tháng 11 năm 2025'))).toBe(ymdToSerial(2025, 11, 19));
  });
  test('day and month without a year need the year from context', () => {
    const r = parseDate('ngày 15 tháng 10');
    expect(r.ok).toBe(false);
    expect(ok(parseDate('ngày 15 tháng 10', { year: 2029 }))).toBe(ymdToSerial(2029, 10, 15));
    expect(ok(parseDate('15/10', { year: 2029 }))).toBe(ymdToSerial(2029, 10, 15));
  });
  test('JS Date: its UTC day (exceljs gives UTC midnight)', () => {
    expect(ok(parseDate(new Date(Date.UTC(2023, 5, 15))))).toBe(45092);
    expect(parseDate(new Date(NaN)).ok).toBe(false);
  });
  test('numbers are Excel serials; the time fraction is dropped', () => {
    expect(ok(parseDate(45092))).toBe(45092);
    expect(ok(parseDate(45092.75))).toBe(45092);
    expect(parseDate(60).ok).toBe(false);
    expect(parseDate(0).ok).toBe(false);
    expect(parseDate(MAX_SERIAL + 1).ok).toBe(false);
    expect(parseDate(NaN).ok).toBe(false);
  });
  test('a blank day is a partial date, not a deadline', () => {
    const r = parseDate('ngày  tháng 6 năm 2024');
    expect(r).toMatchObject({ ok: false, partial: true });
    expect(parseDate('ngày … tháng … năm 2024')).toMatchObject({ ok: false, partial: true });
  });
  test('impossible dates are refused with a Vietnamese message', () => {
    expect(parseDate('31/02/2023')).toEqual({ ok: false, partial: false, message: 'Ngày không tồn tại: 31/02/2023' });
    expect(parseDate('29/02/2023').ok).toBe(false);
    expect(ok(parseDate('29/02/2024'))).toBe(ymdToSerial(2024, 2, 29));
  });
  test('a year alone, text and other values are not dates', () => {
    for (const x of ['2023', 'abc', '', '   ', null, undefined, true, {}, [], Symbol('x')]) {
      expect(parseDate(x).ok).toBe(false);
    }
  });
});

describe('properties', () => {
  test('parseDate never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.double(), fc.date({ noInvalidDate: false })), (x) => {
        const r = parseDate(x, { year: 2024 });
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
  test('formatVN and toIso parse back to the same serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (s) => {
        expect(ok(parseDate(formatVN(s)))).toBe(s);
        expect(fromIso(toIso(s))).toBe(s);
        const { y, m, d } = serialToYmd(s);
        expect(ymdToSerial(y, m, d)).toBe(s);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
