// Options of the plan reader, in their own module so the reader's parts and its public door
// (index.ts) both import them without importing each other.
import type { Calendar } from '../core/calendar';

export interface ReadPlanOptions {
  /** Year the deadlines are resolved for (--year); else the plan's own year. */
  year?: number | null;
  calendar?: Calendar;
  shiftDaysOff?: boolean;
}
