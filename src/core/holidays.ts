// Vietnamese public days off (Bộ luật Lao động 2019, Điều 112) and the government's yearly
// decisions that move them.
//
// Why a table and not `date-holidays` at run time: the lunar dates are the only thing we need
// from it, and the package ships every country's rules plus moment-timezone (several MB), which
// the task pane would have to bundle. So the lunar dates (Tết = mùng 1 tháng Giêng, Giỗ Tổ =
// 10/3 âm lịch) for 1990–2060 are generated from date-holidays (type "public", country VN) and
// stored below; test/core/calendar.test.ts recomputes them with date-holidays for every year, so
// the table cannot drift from the package. Outside 1990–2060 only the solar holidays are known.

import type { CalendarEntry, Serial } from './types';
import { addDays, toIso, weekday, ymdToSerial } from './dates';
import { HOLIDAY_NAMES } from './text/dates';

export const LUNAR_FIRST_YEAR = 1990;
export const LUNAR_LAST_YEAR = 2060;

/** Per year from 1990: MMDD of mùng 1 Tết, then MMDD of Giỗ Tổ (10/3 âm lịch). */
const LUNAR =
  '01270405 02150424 02040412 01230401 02100420 01310409 02190427 02070416 01280406 02160425 ' +
  '02050414 01240403 02120422 02010411 01220428 02090418 01290407 02170426 02070415 01260404 ' +
  '02140423 02030412 01230331 02100419 01310409 02190428 02080416 01280406 02160425 02050414 ' +
  '01250402 02120421 02010410 01220429 02100418 01290407 02170426 02060416 01260404 02130423 ' +
  '02020412 01230401 02110419 01310409 02190428 02080417 01280406 02150424 02040413 01240403 ' +
  '02120420 02010410 01220429 02100419 01300407 02170426 02060415 01260404 02140422 02020411 ' +
  '01230331 02110420 02010409 02180428 02080417 01280406 02150424 02040413 01240402 02120421 ' +
  '02020410';

/** The lunar public holidays of a Gregorian year, or null outside the table. */
export function lunarDates(year: number): { tet: Serial; hungKings: Serial } | null {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return null;
  const code = LUNAR.substr((year - LUNAR_FIRST_YEAR) * 9, 8);
  return {
    tet: ymdToSerial(year, +code.slice(0, 2), +code.slice(2, 4)),
    hungKings: ymdToSerial(year, +code.slice(4, 6), +code.slice(6, 8)),
  };
}

type Decree = { source: string; entries: [string, 'off' | 'work', string][] };

const T = HOLIDAY_NAMES;

/**
 * Years for which the government's decision is known and checked: these replace the computed
 * days for the whole year (the decisions set Tết, swaps and substitute days as one package).
 * - 2024: Thông báo 6150/TB-LĐTBXH (Tết 08–14/02, weekdays 8, 9, 12, 13, 14), Thông báo
 *   1813/TB-LĐTBXH (30/4–1/5: Monday 29/4 off, Saturday 04/5 worked); Quốc khánh 2–3/9.
 * - 2025: Thông báo 6150/TB-LĐTBXH (Tết 25/01–02/02, weekdays 27–31/01); 30/4–1/5 with Friday 02/5
 *   off and Saturday 26/4 worked (Bộ Nội vụ); Quốc khánh 1–2/9.
 * - 2026: Thông báo 9441/TB-BNV (Tết 16–20/02; Giỗ Tổ on Sunday 26/4 → Monday 27/4 off;
 *   Quốc khánh 1–2/9 with Monday 31/8 off and Saturday 22/8 worked).
 * Users can add or correct entries in the calendar settings (they win over this table).
 */
const DECREES: Record<number, Decree> = {
  2024: {
    source: 'Thông báo 6150/TB-LĐTBXH, 1813/TB-LĐTBXH',
    entries: [
      ['2024-01-01', 'off', T.newYear],
      ...span('2024-02-08', 7, T.tet),
      ['2024-04-18', 'off', T.hungKings],
      ['2024-04-29', 'off', T.swappedOff('làm bù thứ Bảy 04/05/2024')],
      ['2024-04-30', 'off', T.reunification],
      ['2024-05-01', 'off', T.labour],
      ['2024-05-04', 'work', T.swappedWork('nghỉ thứ Hai 29/04/2024')],
      ['2024-09-02', 'off', T.national],
      ['2024-09-03', 'off', T.national],
    ],
  },
  2025: {
    source: 'Thông báo 6150/TB-LĐTBXH; Bộ Nội vụ (hoán đổi 02/5 ↔ 26/4)',
    entries: [
      ['2025-01-01', 'off', T.newYear],
      ...span('2025-01-25', 9, T.tet),
      ['2025-04-07', 'off', T.hungKings],
      ['2025-04-26', 'work', T.swappedWork('nghỉ thứ Sáu 02/05/2025')],
      ['2025-04-30', 'off', T.reunification],
      ['2025-05-01', 'off', T.labour],
      ['2025-05-02', 'off', T.swappedOff('làm bù thứ Bảy 26/04/2025')],
      ['2025-09-01', 'off', T.national],
      ['2025-09-02', 'off', T.national],
    ],
  },
  2026: {
    source: 'Thông báo 9441/TB-BNV',
    entries: [
      ['2026-01-01', 'off', T.newYear],
      ...span('2026-02-14', 9, T.tet),
      ['2026-04-26', 'off', T.hungKings],
      ['2026-04-27', 'off', T.compensation(T.hungKings)],
      ['2026-04-30', 'off', T.reunification],
      ['2026-05-01', 'off', T.labour],
      ['2026-08-22', 'work', T.swappedWork('nghỉ thứ Hai 31/08/2026')],
      ['2026-08-31', 'off', T.swappedOff('làm bù thứ Bảy 22/08/2026')],
      ['2026-09-01', 'off', T.national],
      ['2026-09-02', 'off', T.national],
    ],
  },
};

function span(fromIso: string, n: number, name: string): [string, 'off', string][] {
  const [y, m, d] = fromIso.split('-').map(Number);
  const s = ymdToSerial(y, m, d);
  const out: [string, 'off', string][] = [];
  for (let i = 0; i < n; i++) out.push([toIso(s + i), 'off', name]);
  return out;
}

/** The source of a year's decreed days, or null when the days are computed by the law's rule. */
export function decreeSource(year: number): string | null {
  return DECREES[year]?.source ?? null;
}

const isWeekend = (s: Serial) => {
  const w = weekday(s);
  return w === 0 || w === 6;
};

/**
 * The public days off of a year (type 'off') and swapped working days (type 'work').
 * Decreed years come from the table above. Other years follow Điều 112 literally:
 * 1/1; Tết = Giao thừa + mùng 1–4 (the span date-holidays gives; the government usually shifts it
 * by a day or two, which only a decree can tell); Giỗ Tổ; 30/4; 1/5; 2/9 plus 3/9 when 2/9 is a
 * Monday or Thursday (to join a weekend), else 1/9; and each of those days that falls on a
 * Saturday or Sunday gives the next working day off (Điều 112 khoản 3).
 */
export function builtinHolidays(year: number): CalendarEntry[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [];
  const decree = DECREES[year];
  if (decree) return decree.entries.map(([date, type, name]) => ({ date, type, name }));

  const days: { s: Serial; name: string }[] = [];
  days.push({ s: ymdToSerial(year, 1, 1), name: T.newYear });
  const lunar = lunarDates(year);
  if (lunar) {
    for (let i = -1; i <= 3; i++) days.push({ s: addDays(lunar.tet, i), name: T.tet });
    days.push({ s: lunar.hungKings, name: T.hungKings });
  }
  days.push({ s: ymdToSerial(year, 4, 30), name: T.reunification });
  days.push({ s: ymdToSerial(year, 5, 1), name: T.labour });
  const national = ymdToSerial(year, 9, 2);
  const wd = weekday(national);
  days.push({ s: wd === 1 || wd === 4 ? national + 1 : national - 1, name: T.national });
  days.push({ s: national, name: T.national });

  const off = new Map<Serial, string>();
  for (const d of days) if (!off.has(d.s)) off.set(d.s, d.name);
  // Substitute days, in date order so two weekend holidays give two consecutive weekdays.
  const sorted = [...off.keys()].sort((a, b) => a - b);
  for (const s of sorted) {
    if (!isWeekend(s)) continue;
    let t = s + 1;
    while (isWeekend(t) || off.has(t)) t++;
    off.set(t, T.compensation(off.get(s) as string));
  }
  return [...off.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, name]) => ({ date: toIso(s), type: 'off' as const, name }));
}
