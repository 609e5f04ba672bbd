// Deadline phrases → due dates and last on-time days. (Signatures first; bodies being filled in.)
import type { Deadline, DeadlineRule, Serial } from './types';
import type { Calendar } from './calendar';

export interface DeadlineSpec {
  text: string;
  rule: DeadlineRule;
  inclusive: boolean;
  day: number | null;
  month: number | null;
  year: number | null;
  nextYear: boolean;
  from: { day: number; month: number; year: number | null } | null;
  workingDays: number | null;
  event: string | null;
}
export type DeadlineParse = { ok: true; spec: DeadlineSpec } | { ok: false; message: string };
export interface ResolveOptions { calendar?: Calendar; shiftDaysOff?: boolean }

export function parseDeadline(text: string, ctx?: { year?: number | null }): DeadlineParse {
  void ctx;
  return { ok: false, message: String(text) };
}
export function resolveDeadline(spec: DeadlineSpec, year: number | null, opts?: ResolveOptions): Deadline {
  void year; void opts;
  return { text: spec.text, rule: spec.rule, inclusive: spec.inclusive, from: null, dates: [], notes: [] };
}
export function lastOnTimeFor(
  spec: DeadlineSpec,
  o: { year: number | null; received: Serial | null; calendar?: Calendar; shiftDaysOff?: boolean },
): { due: Serial; lastOnTime: Serial } | null {
  void spec; void o;
  return null;
}
export function findDeadlinePhrases(text: string): { phrase: string; index: number }[] {
  void text;
  return [];
}
export function cachedParseDeadline(text: string, year: number | null): DeadlineParse {
  return parseDeadline(text, { year });
}
