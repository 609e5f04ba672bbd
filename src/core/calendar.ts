// The working-day calendar: Saturday and Sunday off (state offices work Monday–Friday), the
// built-in public holidays and swaps, and the user's edits on top (which always win, because
// the government fixes each year's days late and offices know them before we ship).

import type { CalendarEntry, Serial } from './types';
import { fromIso, serialToYmd, weekday } from './dates';
import { builtinHolidays } from './holidays';
import { HOLIDAY_NAMES } from './text/dates';

export interface Calendar {
  isDayOff(s: Serial): boolean;
  /** Why the day is off ("Tết Nguyên đán", "Chủ nhật"), or null for a working day. */
  dayOffName(s: Serial): string | null;
}

type Day = { off: boolean; name: string };

/** Built-in table + user edits (user entries win over built-in ones for the same date). */
export function makeCalendar(extra?: CalendarEntry[]): Calendar {
  const user = new Map<Serial, Day>();
  for (const e of extra ?? []) {
    const s = e && typeof e.date === 'string' ? fromIso(e.date) : null;
    if (s === null) continue; // a bad user row must not break the whole calendar
    user.set(s, { off: e.type !== 'work', name: e.name || '' });
  }
  const builtin = new Map<Serial, Day>();
  const loaded = new Set<number>();

  const lookup = (s: Serial): Day | null => {
    const u = user.get(s);
    if (u) return u;
    const y = serialToYmd(s).y;
    if (!loaded.has(y)) {
      loaded.add(y);
      for (const e of builtinHolidays(y)) {
        const t = fromIso(e.date);
        if (t !== null) builtin.set(t, { off: e.type === 'off', name: e.name });
      }
    }
    return builtin.get(s) ?? null;
  };

  return {
    isDayOff(s) {
      const d = lookup(s);
      if (d) return d.off;
      const w = weekday(s);
      return w === 0 || w === 6;
    },
    dayOffName(s) {
      const d = lookup(s);
      if (d) return d.off ? d.name || HOLIDAY_NAMES.weekend(weekday(s)) : null;
      const w = weekday(s);
      return w === 0 || w === 6 ? HOLIDAY_NAMES.weekend(w) : null;
    },
  };
}

let defaultCalendar: Calendar | null = null;
/** The built-in calendar without user edits (shared, since its cache only grows). */
export function builtinCalendar(): Calendar {
  return (defaultCalendar ??= makeCalendar());
}

/** s itself when it is a working day, else the next working day. */
export function nextWorkingDay(cal: Calendar, s: Serial): Serial {
  let t = s;
  // A year never has more than a few weeks off in a row; the bound only guards bad user tables.
  for (let i = 0; i < 400 && cal.isDayOff(t); i++) t++;
  return t;
}

/** Working days from a to b, both included; 0 when b is before a. */
export function workingDaysBetween(cal: Calendar, a: Serial, b: Serial): number {
  let n = 0;
  for (let t = a; t <= b; t++) if (!cal.isDayOff(t)) n++;
  return n;
}
