import fc from 'fast-check';
import {
  cachedParseDeadline, findDeadlinePhrases, lastOnTimeFor, parseDeadline, resolveDeadline, DeadlineSpec,
} from '../../src/core/deadline';
import { makeCalendar } from '../../src/core/calendar';
import { ymdToSerial } from '../../src/core/dates';
import * as fs from 'fs';
import * as path from 'path';

const spec = (t: string, year: number | null = null): DeadlineSpec => {
  const r = parseDeadline(t, { year });
  if (!r.ok) throw new Error(r.message);
  return r.spec;
};
const resolve = (t: string, year: number | null = null, shift = false) =>
  resolveDeadline(spec(t, year), year, { shiftDaysOff: shift });
const S = ymdToSerial;

describe('the An Giang phrase', () => {
  const t = 'chậm nhất đến trước ngày 15 tháng 10 hàng năm';
  test('annual, exclusive: last on-time day is Sunday 14/10/2029, noted', () => {
    const d = resolve(t, 2029);
    expect(d).toMatchObject({ rule: 'annual', inclusive: false, from: null, dates: [{ due: '2029-10-15', lastOnTime: '2029-10-14' }] });
    expect(d.notes!.join(' ')).toContain('Hạn cuối rơi vào Chủ nhật 14/10/2029 (ngày nghỉ');
  });
  test('with the Điều 148 setting the last day moves to Monday 15/10/2029', () => {
    const d = resolve(t, 2029, true);
    expect(d.dates).toEqual([{ due: '2029-10-15', lastOnTime: '2029-10-15' }]);
  });
});

describe('rules', () => {
  test.each([
    ['trước ngày 15/12/2023', 'before', false, '2023-12-15', '2023-12-14'],
    ['Trước 15/6/2023', 'before', false, '2023-06-15', '2023-06-14'],
    ['chậm nhất trước ngày 15 tháng 10 năm 2029', 'before', false, '2029-10-15', '2029-10-14'],
    ['đến ngày 25/12/2024', 'by', true, '2024-12-25', '2024-12-25'],
    ['chậm nhất vào ngày 15/3/2024', 'by', true, '2024-03-15', '2024-03-15'],
    ['hạn chót 15/3/2024', 'by', true, '2024-03-15', '2024-03-15'],
    ['trước hoặc trong ngày 15/3/2024', 'by', true, '2024-03-15', '2024-03-15'],
    ['không quá ngày 15/3/2024', 'by', true, '2024-03-15', '2024-03-15'],
    ['đến hết ngày 15/3/2024', 'by', true, '2024-03-15', '2024-03-15'],
    ['Tháng 12/2023', 'month', true, '2023-12-31', '2023-12-31'],
    ['trong tháng 01/2023', 'month', true, '2023-01-31', '2023-01-31'],
    ['cuối tháng 12 năm 2024', 'month', true, '2024-12-31', '2024-12-31'],
    ['Quý II/2023', 'quarter', true, '2023-06-30', '2023-06-30'],
    ['cuối năm 2021', 'year', true, '2021-12-31', '2021-12-31'],
    ['Trong năm 2021', 'year', true, '2021-12-31', '2021-12-31'],
  ])('%s', (t, rule, inclusive, due, last) => {
    const d = resolve(t);
    expect(d).toMatchObject({ rule, inclusive });
    expect(d.dates).toEqual([{ due, lastOnTime: last }]);
  });

  test('"chậm nhất ngày 15/3" is inclusive; the asked year fills in', () => {
    expect(resolve('chậm nhất ngày 15/3', 2024).dates).toEqual([{ due: '2024-03-15', lastOnTime: '2024-03-15' }]);
  });
  test('"cuối Quý III" takes the asked year', () => {
    expect(resolve('cuối Quý III', 2025).dates).toEqual([{ due: '2025-09-30', lastOnTime: '2025-09-30' }]);
  });
  test('"năm sau" is the year after the asked year', () => {
    expect(resolve('chậm nhất ngày 15/3 năm sau', 2023)).toMatchObject({ rule: 'by', dates: [{ due: '2024-03-15', lastOnTime: '2024-03-15' }] });
    expect(resolve('trước ngày 28/02 năm sau', 2023)).toMatchObject({ rule: 'before', dates: [{ due: '2024-02-28', lastOnTime: '2024-02-27' }] });
  });
  test('quarterly: 20/3, 20/6, 20/9, 20/12, each exclusive', () => {
    const d = resolve('hằng quý trước ngày 20 tháng cuối quý', 2024);
    expect(d).toMatchObject({ rule: 'quarterly', inclusive: false });
    expect(d.dates.map((x) => x.due)).toEqual(['2024-03-20', '2024-06-20', '2024-09-20', '2024-12-20']);
    expect(d.dates.map((x) => x.lastOnTime)).toEqual(['2024-03-19', '2024-06-19', '2024-09-19', '2024-12-19']);
  });
  test('quarterly as a Công văn writes it: "trước ngày 15 của tháng cuối cùng hàng quý", found in its sentence', () => {
    const sentence = 'gửi hồ sơ đề xuất về Sở Y tế trước ngày 15 của tháng cuối cùng hàng quý trong năm để xem xét (nếu có).';
    const [found] = findDeadlinePhrases(sentence);
    const d = resolve(found.phrase, 2022);
    expect(d).toMatchObject({ rule: 'quarterly', inclusive: false });
    expect(d.dates.map((x) => x.lastOnTime)).toEqual(['2022-03-14', '2022-06-14', '2022-09-14', '2022-12-14']);
  });
  test('monthly: twelve occurrences', () => {
    const d = resolve('hằng tháng trước ngày 25', 2024);
    expect(d).toMatchObject({ rule: 'monthly', inclusive: false });
    expect(d.dates).toHaveLength(12);
    expect(d.dates[1]).toEqual({ due: '2024-02-25', lastOnTime: '2024-02-24' });
  });
  test('a written year wins over the asked year for a one-off date', () => {
    expect(resolve('trước ngày 15/12/2023', 2030).dates[0].due).toBe('2023-12-15');
  });
  test('annual phrases give the asked year', () => {
    expect(resolve('trước ngày 20 tháng 12 hằng năm', 2025).dates).toEqual([{ due: '2025-12-20', lastOnTime: '2025-12-19' }]);
  });
  test('no year anywhere: no dates, and a note asking for one', () => {
    const d = resolve('trước ngày 20 tháng 12 hằng năm');
    expect(d.dates).toEqual([]);
    expect(d.notes!.join(' ')).toContain('--year');
  });
});

describe('windows', () => {
  test('"từ ngày 10 đến ngày 15 tháng 12": by, from 10/12', () => {
    expect(resolve('từ ngày 10 đến ngày 15 tháng 12', 2024)).toMatchObject({
      rule: 'by', inclusive: true, from: '2024-12-10', dates: [{ due: '2024-12-15', lastOnTime: '2024-12-15' }],
    });
  });
  const w = (n: number) => `trong ${n} ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)`;
  test('a working-day count that matches the calendar gives no warning', () => {
    const d = resolve(w(10));
    expect(d).toMatchObject({ rule: 'by', from: '2025-11-20', dates: [{ due: '2025-12-03', lastOnTime: '2025-12-03' }] });
    expect(d.notes).toEqual([]);
  });
  test('a mismatch is a warning', () => {
    expect(resolve(w(9)).notes!.join(' ')).toContain('9 ngày làm việc');
  });
  test('the count uses the user calendar', () => {
    const cal = makeCalendar([{ date: '2025-11-21', type: 'off', name: 'Nghỉ' }]);
    const d = resolveDeadline(spec(w(10)), null, { calendar: cal });
    expect(d.notes!.join(' ')).toContain('có 9 ngày làm việc');
  });
});

describe('relative and external', () => {
  test.each(['trước 10 ngày', 'trước ngày trao thưởng ít nhất 07 ngày', 'Khi tổng kết các chương trình mục tiêu'])('%s is relative', (t) => {
    const d = resolve(t, 2024);
    expect(d.rule).toBe('relative');
    expect(d.dates).toEqual([]);
    expect(d.notes!.length).toBe(1);
    expect(lastOnTimeFor(spec(t), { year: 2024, received: S(2024, 1, 1) })).toBeNull();
  });
  test.each(['Theo Kế hoạch của cơ quan có thẩm quyền', 'Theo lịch của Khối trưởng', 'Theo kế hoạch phát động của UBND tỉnh, các sở, ngành'])('%s is external', (t) => {
    const d = resolve(t, 2024);
    expect(d.rule).toBe('external');
    expect(d.dates).toEqual([]);
  });
});

describe('refusals', () => {
  test('an impossible date is refused with a Vietnamese message', () => {
    const r = parseDeadline('trước ngày 31/02/2023');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Ngày không tồn tại: 31/02/2023');
  });
  test('unreadable text', () => {
    for (const t of ['', 'xin chào', 'Đầu năm 2021']) expect(parseDeadline(t).ok).toBe(false);
  });
});

describe('lastOnTimeFor', () => {
  test('quarterly: the quarter of the received date', () => {
    const s = spec('trước ngày 20 tháng cuối Quý');
    expect(lastOnTimeFor(s, { year: null, received: S(2024, 5, 3) })).toEqual({ due: S(2024, 6, 20), lastOnTime: S(2024, 6, 19) });
    expect(lastOnTimeFor(s, { year: null, received: S(2024, 12, 30) })).toEqual({ due: S(2024, 12, 20), lastOnTime: S(2024, 12, 19) });
  });
  test('monthly: the month of the received date; 31 falls on the month end', () => {
    const s = spec('hằng tháng trước ngày 31');
    expect(lastOnTimeFor(s, { year: null, received: S(2023, 2, 10) })!.due).toBe(S(2023, 2, 28));
  });
  test('annual: the asked year, else the received date’s year', () => {
    const s = spec('chậm nhất đến trước ngày 15 tháng 10 hàng năm');
    expect(lastOnTimeFor(s, { year: 2029, received: null })).toEqual({ due: S(2029, 10, 15), lastOnTime: S(2029, 10, 14) });
    expect(lastOnTimeFor(s, { year: null, received: S(2027, 10, 20) })!.lastOnTime).toBe(S(2027, 10, 14));
    expect(lastOnTimeFor(s, { year: 2029, received: null, shiftDaysOff: true })!.lastOnTime).toBe(S(2029, 10, 15));
  });
  test('a one-off date without any year gives null, never a guess', () => {
    expect(lastOnTimeFor(spec('trước ngày 15/12'), { year: null, received: S(2024, 1, 1) })).toBeNull();
    expect(lastOnTimeFor(spec('trước ngày 15/12', 2023), { year: null, received: S(2024, 1, 1) })!.due).toBe(S(2023, 12, 15));
  });
  test('is cheap: a million checks in a few seconds even on a loaded test machine (plain node: ~40 M/s)', () => {
    const s = cachedParseDeadline('chậm nhất đến trước ngày 15 tháng 10 hàng năm', 2029);
    if (!s.ok) throw new Error();
    const t0 = Date.now();
    let late = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const r = lastOnTimeFor(s.spec, { year: 2029, received: 47000 + (i % 800) });
      if (47000 + (i % 800) > r!.lastOnTime) late++;
    }
    expect(late).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('cachedParseDeadline', () => {
  test('returns the same result object for the same phrase and year', () => {
    const a = cachedParseDeadline('trước ngày 15/12/2023', 2023);
    expect(cachedParseDeadline('trước ngày 15/12/2023', 2023)).toBe(a);
    expect(cachedParseDeadline('trước ngày 15/12', 2024)).not.toBe(cachedParseDeadline('trước ngày 15/12', 2025));
  });
});

describe('findDeadlinePhrases', () => {
  const plans = path.join('/work/shared/plans');
  test('finds the An Giang deadlines (with Markdown bold inside)', () => {
    const text = fs.readFileSync(path.join(plans, 'angiang-2023-2030-cchc.txt'), 'utf8');
    const found = findDeadlinePhrases(text).map((f) => parseDeadline(f.phrase));
    const rules = found.map((r) => r.ok && r.spec.rule);
    expect(rules).toContain('annual');
    expect(found.some((r) => r.ok && r.spec.rule === 'before' && r.spec.year === 2029 && r.spec.day === 15)).toBe(true);
  });
  test('finds the agency sentences: "năm sau", "hằng năm", relative', () => {
    const text = fs.readFileSync(path.join(plans, 'deadline-snippets.txt'), 'utf8');
    const phrases = findDeadlinePhrases(text).map((f) => f.phrase);
    expect(phrases).toEqual(expect.arrayContaining([
      'chậm nhất ngày 15/3 năm sau', 'trước ngày 10/8 hằng năm', 'trước ngày 28/02 năm sau',
      'trước ngày trao thưởng ít nhất 07 ngày', 'trước ngày 25 tháng 12 hàng năm', 'trước ngày 30/3/2014',
    ]));
  });
  test('index points at the phrase', () => {
    const text = 'Hồ sơ gửi về Sở chậm nhất ngày 15/3/2024; trân trọng.';
    const [f] = findDeadlinePhrases(text);
    expect(text.slice(f.index, f.index + f.phrase.length)).toBe('chậm nhất ngày 15/3/2024');
  });
  test('finds "hạn cuối", "thời hạn nộp hồ sơ", a time of day and a dash range, each read as by that day', () => {
    const found = (t: string) => findDeadlinePhrases(t).map((f) => { const r = parseDeadline(f.phrase, { year: 2024 }); return [f.phrase, r.ok && r.spec.rule, r.ok && r.spec.day]; });
    expect(found('Hạn cuối cùng nhận hồ sơ là ngày 15/12/2024.')).toEqual([['Hạn cuối cùng nhận hồ sơ là ngày 15/12/2024', 'by', 15]]);
    expect(found('Thời hạn nộp hồ sơ: 10/12/2024.')).toEqual([['Thời hạn nộp hồ sơ: 10/12/2024', 'by', 10]]);
    expect(found('gửi về Sở trước 17h00 ngày 20/11/2024')).toEqual([['trước 17h00 ngày 20/11/2024', 'by', 20]]);
    expect(found('nhận hồ sơ từ 25/11/2024 - 05/12/2024')).toEqual([['từ 25/11/2024 - 05/12/2024', 'by', 5]]);
  });
  test('finds a working-day window', () => {
    const text = 'Niêm yết trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025).';
    const [f] = findDeadlinePhrases(text);
    const r = parseDeadline(f.phrase);
    expect(r.ok && r.spec.workingDays).toBe(10);
  });
});

describe('properties', () => {
  const words = fc.constantFrom('trước', 'ngày', 'chậm nhất', 'hằng năm', 'tháng', 'quý', 'II', '15', '/', '12', '2023', 'năm sau', 'từ', 'đến', '(', ' ');
  test('parseDeadline never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words).map((a) => a.join(' '))), fc.option(fc.integer({ min: 1900, max: 2200 })), (t, y) => {
        const r = parseDeadline(t, { year: y });
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) resolveDeadline(r.spec, y, {});
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
  test('lastOnTime is never after due unless the day-off shift moved it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2050 }),
        fc.constantFrom('trước ngày', 'chậm nhất ngày', 'đến hết ngày'), fc.boolean(),
        (d, m, y, head, shift) => {
          const r = parseDeadline(`${head} ${d}/${m}/${y}`);
          if (!r.ok) throw new Error(r.message);
          const x = lastOnTimeFor(r.spec, { year: null, received: null, shiftDaysOff: shift })!;
          if (!shift) expect(x.lastOnTime).toBeLessThanOrEqual(x.due);
          else expect(x.lastOnTime).toBeGreaterThanOrEqual(r.spec.inclusive ? x.due : x.due - 1);
        },
      ),
      { seed: 5, numRuns: 2000 },
    );
  });
});
