// Re-resolving a deadline phrase the user corrected in the pane, with the pane's settings
// (day-off shift and the user's calendar edits), through the same core rule the engine uses.
import type { Deadline, Settings } from '../core/types';
import { parseDeadline, resolveDeadline } from '../core/deadline';
import { makeCalendar, type Calendar } from '../core/calendar';
import { fromIso } from '../core/dates';
import { UserError } from '../core/errors';
import { DEADLINE_TEXT } from '../core/text/dates';

export function resolvePhrase(text: string, year: number | null, settings: Settings): Deadline {
  const t = text.trim();
  if (!t) throw new UserError(DEADLINE_TEXT.empty);
  const p = parseDeadline(t, { year });
  if (!p.ok) throw new UserError(p.message);
  return resolveDeadline(p.spec, year, { calendar: makeCalendar(settings.calendar), shiftDaysOff: settings.shiftDaysOff });
}

/** Why an ISO day is off under the user's calendar ("Chủ nhật", "Tết Nguyên đán"), or null. */
export function dayOffName(cal: Calendar, iso: string): string | null {
  const s = fromIso(iso);
  return s == null ? null : cal.dayOffName(s);
}
