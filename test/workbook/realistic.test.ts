// Nomination lists shaped as offices make them (official header block, merged two-row headers,
// numbering rows, group rows, footers, every spelling of marks, votes and dates), read through the
// package layer's reader (the one the command line and the browser use). The facts each list must
// yield were recorded while the list was built (scripts/make-workbook-fixtures.js →
// test/fixtures/workbooks/expected.json).
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/package';
import { detectHeader, type HeaderDetection } from '../../src/workbook/header';
import { readNominations, type ReadResult } from '../../src/workbook/rows';
import { readPlanText } from '../../src/plan';
import type { Plan } from '../../src/core/types';

const DIR = path.join(__dirname, '../fixtures/workbooks');

interface ExpectedNominee {
  row: number;
  name: string | null;
  kind: 'collective' | 'individual';
  marks: [string, 'met' | 'unmet' | 'unreadable'][];
  received?: string | null;
  vote?: number;
  unit?: string;
  movement?: string | null;
  group?: string;
}
interface Expected {
  file: string;
  sheet: string;
  headerRow: number;
  headerRows: number;
  columns: Record<string, string | null>;
  nominees: ExpectedNominee[];
  unreadableMarks: string[];
  badDates: string[];
  defaultKind: 'collective' | 'individual' | null;
  firstNomineeRow?: number;
}

const EXPECTED: Expected[] = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const PLAN: Plan = readPlanText(fs.readFileSync(path.join(DIR, 'ke-hoach.txt'), 'utf8'));

const EPOCH = Date.UTC(1899, 11, 30);
const iso = (serial: number | null) => (serial === null ? null : new Date(EPOCH + serial * 86400000).toISOString().slice(0, 10));

async function load(e: Expected): Promise<{ header: HeaderDetection | null; read: ReadResult | null }> {
  const wb = readWorkbook(new Uint8Array(fs.readFileSync(path.join(DIR, e.file))), e.file);
  const data = wb.sheets.find((w) => w.name.normalize('NFC') === e.sheet.normalize('NFC'));
  if (!data) throw new Error(`no sheet ${e.sheet} in ${e.file}`);
  const header = detectHeader(data.values, PLAN);
  return { header, read: header ? readNominations(data, header, PLAN, { year: 2024 }) : null };
}

it('the plan the lists are read against has 2 movements, 5 collective and 2 individual criteria', () => {
  expect(PLAN.movements).toHaveLength(2);
  expect(PLAN.movements[0].criteria.collective).toHaveLength(5);
  expect(PLAN.movements[0].criteria.individual).toHaveLength(2);
});

it('has at least 12 fixture workbooks, each with its expectations', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx'));
  expect(files.length).toBeGreaterThanOrEqual(12);
  expect(EXPECTED.map((e) => e.file).sort()).toEqual(files.sort());
});

describe.each(EXPECTED.map((e) => [e.file, e] as const))('%s', (_file, e) => {
  let header: HeaderDetection | null;
  let read: ReadResult | null;
  beforeAll(async () => {
    ({ header, read } = await load(e));
  });

  it('finds the header row (and its second/numbering row)', () => {
    expect(header).not.toBeNull();
    expect({ headerRow: header!.headerRow, headerRows: header!.headerRows }).toEqual({ headerRow: e.headerRow, headerRows: e.headerRows });
  });

  it('maps every column to its field', () => {
    const got: Record<string, string | null> = {};
    for (const letter of Object.keys(e.columns)) {
      const c = header!.columns.find((x) => x.letter === letter);
      got[letter] = c?.field ? (c.index ? `${c.field}${c.index}` : c.field) : null;
    }
    expect(got).toEqual(e.columns);
  });

  it('reads exactly the nominee rows, with their names and kinds', () => {
    expect(read!.rows.map((r) => [r.row, r.name, r.kind])).toEqual(e.nominees.map((n) => [n.row, n.name, n.kind]));
    if (e.firstNomineeRow) expect(read!.rows[0].row).toBe(e.firstNomineeRow);
    expect(header!.defaultKind).toBe(e.defaultKind);
  });

  it('reads every criterion mark, received date and vote share', () => {
    for (const n of e.nominees) {
      const r = read!.rows.find((x) => x.row === n.row);
      expect(r).toBeDefined();
      expect([n.row, r!.marks.map((m) => [m.cell, m.value])]).toEqual([n.row, n.marks]);
      if (n.received !== undefined) expect([n.row, iso(r!.received)]).toEqual([n.row, n.received]);
      if (n.vote !== undefined) expect([n.row, r!.vote]).toEqual([n.row, n.vote]);
      if (n.unit !== undefined) expect(r!.unit).toBe(n.unit);
      if (n.movement !== undefined) expect(r!.movement).toBe(n.movement);
      if (n.group !== undefined) expect(r!.group).toBe(n.group);
    }
  });

  it('names each unreadable cell, and only those', () => {
    const markCells = read!.warnings.filter((w) => /tiêu chí/.test(w.message)).map((w) => `${w.column}${w.row}`);
    expect(markCells.sort()).toEqual([...e.unreadableMarks].sort());
    const dateCells = read!.rows.filter((r) => r.receivedUnreadable).flatMap((r) => r.problems.map((p) => `${p.column}${r.row}`));
    expect(dateCells.sort()).toEqual([...e.badDates].sort());
    // Nothing else is complained about: these lists are otherwise well formed.
    expect(read!.warnings.length).toBe(e.unreadableMarks.length + e.badDates.length);
    for (const w of read!.warnings) expect(w.message).toContain(`${w.column}${w.row}`);
  });
});
