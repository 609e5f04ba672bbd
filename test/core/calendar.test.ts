import Holidays from 'date-holidays';
import { builtinHolidays, lunarDates, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from '../../src/core/holidays';
import { makeCalendar, nextWorkingDay, workingDaysBetween } from '../../src/core/calendar';
import { toIso, ymdToSerial } from '../../src/core/dates';

const S = (y: number, m: number, d: number) => ymdToSerial(y, m, d);
const cal = makeCalendar();
const offDays = (y: number, m: number, from: number, to: number) => {
  const out: number[] = [];
  for (let d = from; d <= to; d++) if (cal.isDayOff(S(y, m, d))) out.push(d);
  return out;
};

describe('lunar table', () => {
  test('equals date-holidays (VN, public) for every year it covers', () => {
    const hd = new Holidays('VN');
    for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
      const pub = hd.getHolidays(y).filter((h) => h.type === 'public');
      const tet = pub.find((h) => h.name === 'Tết Nguyên Đán');
      const hung = pub.find((h) => h.name === 'Giỗ tổ Hùng Vương');
      const l = lunarDates(y)!;
      expect(toIso(l.tet)).toBe(tet!.date.slice(0, 10));
      expect(toIso(l.hungKings)).toBe(hung!.date.slice(0, 10));
    }
    expect(lunarDates(LUNAR_LAST_YEAR + 1)).toBeNull();
  });
});

describe('2026 (Thông báo 9441/TB-BNV)', () => {
  test('Tết: Monday 16 to Friday 20/02/2026 off, Monday 23/02 a working day', () => {
    expect(offDays(2026, 2, 16, 20)).toEqual([16, 17, 18, 19, 20]);
    expect(cal.isDayOff(S(2026, 2, 13))).toBe(false);
    expect(cal.isDayOff(S(2026, 2, 23))).toBe(false);
    expect(cal.dayOffName(S(2026, 2, 17))).toBe('Tết Nguyên đán');
  });
  test('Giỗ Tổ on Sunday 26/4 gives Monday 27/4 off', () => {
    expect(cal.isDayOff(S(2026, 4, 26))).toBe(true);
    expect(cal.isDayOff(S(2026, 4, 27))).toBe(true);
    expect(cal.isDayOff(S(2026, 4, 28))).toBe(false);
  });
  test('Quốc khánh 1–2/9 with Monday 31/8 off and Saturday 22/8 worked', () => {
    expect(offDays(2026, 9, 1, 3)).toEqual([1, 2]);
    expect(cal.isDayOff(S(2026, 8, 31))).toBe(true);
    expect(cal.isDayOff(S(2026, 8, 22))).toBe(false);
    expect(nextWorkingDay(cal, S(2026, 8, 29))).toBe(S(2026, 9, 3));
  });
});

describe('Tết of other years', () => {
  test('2024: Thursday 08 to Wednesday 14/02 (decided)', () => {
    expect(offDays(2024, 2, 7, 15)).toEqual([8, 9, 10, 11, 12, 13, 14]);
  });
  test('2025: Saturday 25/01 to Sunday 02/02 (decided)', () => {
    expect(offDays(2025, 1, 24, 31)).toEqual([25, 26, 27, 28, 29, 30, 31]);
    expect(cal.isDayOff(S(2025, 2, 3))).toBe(false);
  });
  test('2027 (not yet decided): Giao thừa 05/02 + mùng 1–4, weekend days made up after', () => {
    // Mùng 1 Tết Đinh Mùi is Saturday 06/02/2027; 6 and 7 are a weekend, so 10 and 11 are given off.
    expect(offDays(2027, 2, 4, 12)).toEqual([5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('rule-computed years', () => {
  test('a holiday on a weekend gives the next working day off (2023: 1/1 Sunday → 2/1)', () => {
    expect(cal.isDayOff(S(2023, 1, 2))).toBe(true);
    expect(builtinHolidays(2023).some((e) => e.date === '2023-01-02')).toBe(true);
  });
  test('Quốc khánh has two days', () => {
    const nat = builtinHolidays(2027).filter((e) => e.name === 'Quốc khánh').map((e) => e.date);
    expect(nat).toEqual(['2027-09-02', '2027-09-03']);
  });
});

describe('user edits', () => {
  test('win over the built-in table', () => {
    const c = makeCalendar([
      { date: '2026-02-16', type: 'work', name: 'Trực Tết' },
      { date: '2026-03-02', type: 'off', name: 'Nghỉ riêng của tỉnh' },
      { date: 'rác', type: 'off', name: 'bỏ qua' } as never,
    ]);
    expect(c.isDayOff(S(2026, 2, 16))).toBe(false);
    expect(c.isDayOff(S(2026, 3, 2))).toBe(true);
    expect(c.dayOffName(S(2026, 3, 2))).toBe('Nghỉ riêng của tỉnh');
  });
});

describe('working days', () => {
  test('20/11/2025 to 03/12/2025 has 10 working days', () => {
    expect(workingDaysBetween(cal, S(2025, 11, 20), S(2025, 12, 3))).toBe(10);
    expect(workingDaysBetween(cal, S(2025, 12, 3), S(2025, 11, 20))).toBe(0);
  });
  test('nextWorkingDay is the day itself on a working day', () => {
    expect(nextWorkingDay(cal, S(2029, 10, 15))).toBe(S(2029, 10, 15));
    expect(nextWorkingDay(cal, S(2029, 10, 13))).toBe(S(2029, 10, 15));
    expect(cal.dayOffName(S(2029, 10, 14))).toBe('Chủ nhật');
    expect(cal.dayOffName(S(2029, 10, 15))).toBeNull();
  });
});
