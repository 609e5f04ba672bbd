// The `gop --json` contract (shared/domain.md): keys exactly as documented, more keys welcome.
import { toIso } from '../../core/dates';
import type { UnitAllocation } from '../../core/intake/units';
import type { IntakeResult } from './consolidate';
import type { IntakeProblem, ReceivedFrom, SourceRow, UnitFrom } from './types';

export interface GopFileJson {
  file: string;
  sheet: string | null;
  unit: string;
  received: string | null;
  receivedFrom: ReceivedFrom | null;
  rows: number;
  merged: number;
  problems: IntakeProblem[];
  // More keys:
  headerRow: number | null;
  unitFrom: UnitFrom;
  /** Rows of this sheet that repeat a row merged before them (not added again). */
  duplicates: number;
  review: number;
  columns: { column: string; header: string; field: string | null }[];
}

export interface GopPlace {
  file: string;
  sheet: string;
  row: number;
}

export interface GopJson {
  files: GopFileJson[];
  merged: number;
  duplicates: { rows: GopPlace[]; exact: boolean }[];
  review: (GopPlace & { reason: string })[];
  units: {
    unit: string;
    files: string[];
    rows: number;
    allocation: { collective: number | null; individual: number | null; either: number | null; text: string | null } | null;
    missing: boolean;
    // More keys:
    group: string | null;
    received: string | null;
    merged: number;
    collective: number;
    individual: number;
    over: number | null;
    expected: boolean;
  }[];
}

const iso = (s: number | null): string | null => (s === null ? null : toIso(s));
const place = (r: SourceRow): GopPlace => ({ file: r.file, sheet: r.sheet, row: r.row });
const allocationJson = (a: UnitAllocation | null) => (a ? { collective: a.collective, individual: a.individual, either: a.either, text: a.text } : null);

export function toGopJson(result: IntakeResult): GopJson {
  const merged = new Set(result.merged);
  const copies = new Set(result.exact.flatMap((d) => d.copies));
  const files: GopFileJson[] = [];
  for (const f of result.reads) {
    if (f.sheets.length === 0) {
      files.push({
        file: f.file, sheet: null, unit: f.sender?.name ?? f.file.replace(/\.[^.]*$/, ''), received: iso(f.fileDate), receivedFrom: f.fileDate === null ? null : 'file',
        rows: 0, merged: 0, problems: f.problems, headerRow: null, unitFrom: f.sender?.from ?? 'unmatched', duplicates: 0, review: 0, columns: [],
      });
      continue;
    }
    f.sheets.forEach((s, k) => {
      files.push({
        file: f.file, sheet: s.sheet, unit: s.sender, received: iso(s.received), receivedFrom: s.receivedFrom,
        rows: s.rows.length, merged: s.rows.filter((r) => merged.has(r)).length,
        // The file's own notes (hidden sheets…) go with its first list.
        problems: k === 0 ? [...f.problems, ...s.problems] : s.problems,
        headerRow: s.headerRow, unitFrom: s.senderFrom,
        duplicates: s.rows.filter((r) => copies.has(r)).length,
        review: s.rows.filter((r) => r.review.length > 0 && !copies.has(r)).length,
        columns: s.columns,
      });
    });
  }
  return {
    files,
    merged: result.merged.length,
    duplicates: [
      ...result.exact.map((d) => ({ rows: [d.first, ...d.copies].map(place), exact: true })),
      ...result.probable.map((g) => ({ rows: g.map(place), exact: false })),
    ],
    review: result.review.map((r) => ({ ...place(r), reason: r.review.join(' ') })),
    units: result.units.map((u) => ({
      unit: u.unit, files: u.files, rows: u.rows, allocation: allocationJson(u.allocation), missing: u.missing,
      group: u.group, received: iso(u.received), merged: u.merged, collective: u.collective, individual: u.individual, over: u.over, expected: u.expected,
    })),
  };
}
