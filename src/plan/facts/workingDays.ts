// "trong vòng 10 ngày làm việc, kể từ ngày 10/6/2022": a count of working days from a stated day,
// with no end date. Whether the stated day counts is not said: the reading that counts it (the
// earlier end, the one a unit meets either way) is the deadline, the other is named in a note, and
// the reader marks the deadline to confirm. Days off are the product's working-day calendar
// (src/core/calendar: weekends, public holidays and swaps, the user's edits).
import type { Deadline } from '../../core/types';
import { type Calendar } from '../../core/calendar';
import { formatVN, isValidYmd, toIso, ymdToSerial } from '../../core/dates';
import type { Serial } from '../../core/types';
import { PLAN_TEXT } from '../../core/text/plan';

const COUNT_FROM = /trong(?:\s+vòng|\s+thời\s+hạn)?\s+(\d{1,3})\s+ngày\s+làm\s+việc\s*,?\s*(?:kể\s+)?từ\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;

/** The n-th working day from `from`, `from` itself counted when it is one. */
function nthWorkingDay(cal: Calendar, from: Serial, n: number): Serial {
  let t = from;
  for (let seen = 0, guard = 0; guard < 2000; t++, guard++) if (!cal.isDayOff(t) && ++seen === n) return t;
  return t;
}

/** A count of working days from a stated day in `text`: the deadline, and where its phrase lies. */
export function workingDaysFrom(text: string, cal: Calendar): { deadline: Deadline; index: number; phrase: string } | null {
  const m = COUNT_FROM.exec(text);
  if (!m) return null;
  const [n, d, mo, y] = [+m[1], +m[2], +m[3], +m[4]];
  if (n < 1 || !isValidYmd(y, mo, d)) return null;
  const start = ymdToSerial(y, mo, d);
  const counting = nthWorkingDay(cal, start, n);
  const after = nthWorkingDay(cal, start + 1, n);
  const deadline: Deadline = {
    text: m[0],
    rule: 'by',
    inclusive: true,
    from: toIso(start),
    dates: [{ due: toIso(counting), lastOnTime: toIso(counting) }],
    notes: [PLAN_TEXT.workingDaysFrom(n, formatVN(start), formatVN(counting), formatVN(after))],
  };
  return { deadline, index: m.index, phrase: m[0] };
}
