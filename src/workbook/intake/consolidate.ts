// The merge itself: every source row is merged, an exact duplicate of a row merged before it (not
// added again), or held for review — never dropped silently. Then probable duplicates among the
// merged rows are flagged on both sides, and each unit's files and rows are counted against the
// units expected and their allocations.
import type { Allocation, Serial } from '../../core/types';
import { foldKey } from '../../core/normalize';
import { allocationMatcher } from '../../core/quota';
import { probableDuplicates } from '../../core/intake/duplicates';
import { allocationFor, overAllocation, type ExpectedUnit, type UnitAllocation } from '../../core/intake/units';
import { INTAKE } from '../../core/text/intake';
import type { FileRead, IntakeContext, SheetRead, SourceRow } from './types';

/** One unit's line of the units sheet (the contract's units[]). */
export interface UnitLine {
  unit: string;
  group: string | null;
  /** Names of the files received from it. */
  files: string[];
  /** The latest received date of its files. */
  received: Serial | null;
  /** Its source rows (merged, duplicate or in review). */
  rows: number;
  merged: number;
  collective: number;
  individual: number;
  allocation: UnitAllocation | null;
  /** Merged rows beyond its allocation; null without one. */
  over: number | null;
  /** Expected and no file received ("chưa gửi"). */
  missing: boolean;
  /** In the units list (or the plan's allocations). */
  expected: boolean;
}

export interface ExactDuplicate {
  first: SourceRow;
  copies: SourceRow[];
}

export interface IntakeResult {
  reads: FileRead[];
  /** Rows written to the merged list, in order of files, sheets and rows. */
  merged: SourceRow[];
  review: SourceRow[];
  exact: ExactDuplicate[];
  /** Groups of merged rows that probably name the same nominee. */
  probable: SourceRow[][];
  units: UnitLine[];
}

export const placeOf = (r: SourceRow): string => INTAKE.place(r.file, r.sheet, r.row);

/** Sorts the rows of every read into merged, exact duplicates and review, and counts the units. */
export function consolidate(reads: FileRead[], ctx: IntakeContext): IntakeResult {
  const merged: SourceRow[] = [];
  const review: SourceRow[] = [];
  const firstByKey = new Map<string, SourceRow>();
  const exactOf = new Map<SourceRow, ExactDuplicate>();
  const exact: ExactDuplicate[] = [];
  for (const f of reads) {
    for (const s of f.sheets) {
      for (const r of s.rows) {
        const first = firstByKey.get(r.key);
        if (first) {
          let d = exactOf.get(first);
          if (!d) {
            exactOf.set(first, (d = { first, copies: [] }));
            exact.push(d);
          }
          d.copies.push(r);
          continue;
        }
        firstByKey.set(r.key, r);
        (r.review.length ? review : merged).push(r);
      }
    }
  }
  for (const d of exact) d.first.notes.push(INTAKE.exactNote(d.copies.map(placeOf)));
  const probable = probableDuplicates(merged).map((g) => g.map((i) => merged[i]));
  for (const g of probable) {
    for (const r of g) r.notes.push(INTAKE.probableNote(g.filter((o) => o !== r).map(placeOf)));
  }
  return { reads, merged, review, exact, probable, units: unitLines(reads, ctx, new Set(merged)) };
}

function lineFor(u: ExpectedUnit | null, name: string, expected: boolean): UnitLine {
  return {
    unit: u?.name ?? name, group: u?.group ?? null, files: [], received: null, rows: 0, merged: 0, collective: 0, individual: 0,
    allocation: null, over: null, missing: false, expected,
  };
}

/**
 * The units sheet's lines: every expected unit in its order (with "chưa gửi" when no file came),
 * then the senders not expected, in the order their files came. A sender that belongs to one of
 * the plan's allocation groups ("xã, phường") is counted in the group's line too, whose quota its
 * units share.
 */
function unitLines(reads: FileRead[], ctx: IntakeContext, merged: Set<SourceRow>): UnitLine[] {
  const lines = ctx.units.map((u) => lineFor(u, u.name, true));
  const extra = new Map<string, UnitLine>();
  const groups = ctx.units.map((u, i) => ({ u, i })).filter((x) => x.u.isGroup);
  const groupMatcher = groups.length
    ? allocationMatcher(groups.map(({ u }): Allocation => ({ group: u.name, each: false, collective: null, individual: null, either: null, text: '' })))
    : null;
  const lineOf = (name: string, index: number): UnitLine => {
    if (index >= 0) return lines[index];
    const k = foldKey(name);
    let line = extra.get(k);
    if (!line) extra.set(k, (line = lineFor(null, name, false)));
    return line;
  };
  const add = (line: UnitLine, s: SheetRead) => {
    if (!line.files.includes(s.file)) line.files.push(s.file);
    if (s.received !== null) line.received = Math.max(line.received ?? -Infinity, s.received);
    line.rows += s.rows.length;
    for (const r of s.rows) {
      if (!merged.has(r)) continue;
      line.merged++;
      if (r.kind === 'collective') line.collective++;
      else if (r.kind === 'individual') line.individual++;
    }
  };
  for (const f of reads) {
    if (f.sender) {
      const line = lineOf(f.sender.name, f.sender.index);
      if (!line.files.includes(f.file)) line.files.push(f.file);
    }
    for (const s of f.sheets) {
      const line = lineOf(s.sender, s.senderIndex);
      add(line, s);
      if (s.senderIndex >= 0) continue;
      const g = groupMatcher?.match(null, s.sender);
      if (g) {
        line.group = groups[g.index].u.name;
        add(lines[groups[g.index].i], s);
      }
    }
  }
  const all = [...lines, ...extra.values()];
  for (const line of all) {
    const u = ctx.units.find((x) => x.name === line.unit && line.expected) ?? null;
    line.missing = line.expected && line.files.length === 0;
    line.allocation = allocationFor(ctx.plan, u, line.unit);
    line.over = overAllocation({ collective: line.collective, individual: line.individual }, line.allocation);
  }
  return all;
}
