// The intake test corpus (scripts/make-intake-corpus.js): 16 units' files of the shapes units send (two Word lists among them),
// merged through the command line's own file reading. Each file's unit, received date and every
// row's outcome were worked out by hand in the generator (test/fixtures/intake/expected.json).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expandInputs, readUnitFileFromDisk } from '../../src/cli/unitFiles';
import { intakeContext, mergeReads, readCsv, readUnitFile, readUnitsList } from '../../src/workbook/intake/index';
import { K } from '../../src/workbook/intake/columns';
import { validatePlanJson } from '../../src/plan/planJson';
import { fromIso } from '../../src/core/dates';

const FIX = path.join(__dirname, '../fixtures/intake');
const expected = JSON.parse(fs.readFileSync(path.join(FIX, 'expected.json'), 'utf8'));

type Outcome = 'merged' | 'review' | 'exact';
interface FileExpect {
  file: string;
  sheet: string | null;
  unit: string;
  unitFrom: string;
  received?: string;
  receivedFrom?: string;
  headerRow?: number;
  mtime?: string;
  rows: [number, Outcome][];
  unmapped?: string[];
  problem?: string;
  names?: Record<string, string>;
  birthYears?: Record<string, number>;
}
const files: FileExpect[] = expected.files;

async function mergeCorpus() {
  // A copy whose modification dates are set as the expectations say (a checkout's are today's).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-intake-'));
  fs.cpSync(path.join(FIX, 'don-vi'), dir, { recursive: true });
  for (const f of files) {
    const t = new Date(`${f.mtime ?? '2026-12-01'}T10:00:00`);
    fs.utimesSync(path.join(dir, f.file), t, t);
  }
  const plan = validatePlanJson(JSON.parse(fs.readFileSync(path.join(FIX, expected.plan), 'utf8')), expected.plan);
  const units = readUnitsList([readCsv(new Uint8Array(fs.readFileSync(path.join(FIX, expected.units))), expected.units).sheet], expected.units).units;
  const ctx = intakeContext(plan, { units });
  const paths = expandInputs([dir], dir, null);
  const reads = [];
  for (const p of paths) reads.push(readUnitFile(await readUnitFileFromDisk(p), ctx));
  return { outcome: mergeReads(reads, ctx), units };
}

describe('the intake corpus', () => {
  let o: Awaited<ReturnType<typeof mergeCorpus>>['outcome'];
  let unitsRead: Awaited<ReturnType<typeof mergeCorpus>>['units'];
  beforeAll(async () => {
    ({ outcome: o, units: unitsRead } = await mergeCorpus());
  });

  it('has at least 12 unit files, two of them Word lists, and reads the units list (14 units)', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files.filter((f) => f.file.endsWith('.docx') && f.rows.length > 0)).toHaveLength(2);
    expect(o.result.reads.map((r) => r.file)).toEqual(files.map((f) => f.file));
    expect(unitsRead).toHaveLength(14);
  });

  it.each(files.map((f) => [f.file, f]))('%s: its list, unit and received date', (_name, f) => {
    const entries = o.json.files.filter((e) => e.file === f.file);
    expect(entries).toHaveLength(1);
    const e = entries[0];
    expect([e.sheet, e.unit, e.unitFrom]).toEqual([f.sheet, f.unit, f.unitFrom]);
    expect(e.rows).toBe(f.rows.length);
    if (f.received) expect([e.received, e.receivedFrom, e.headerRow]).toEqual([f.received, f.receivedFrom, f.headerRow]);
    if (f.problem) expect(e.problems.some((p) => p.message.includes(f.problem as string))).toBe(true);
    const unmapped = e.problems.filter((p) => /không khớp cột nào/.test(p.message)).map((p) => p.column);
    expect(unmapped).toEqual(f.unmapped ?? []);
  });

  it.each(files.filter((f) => f.rows.length).map((f) => [f.file, f]))('%s: every row merged, a duplicate or in review, with its place', (_name, f) => {
    const read = o.result.reads.find((r) => r.file === f.file)!;
    const rows = read.sheets.flatMap((s) => s.rows);
    const merged = new Set(o.result.merged);
    const review = new Set(o.result.review);
    const copies = new Set(o.result.exact.flatMap((d) => d.copies));
    const outcome = (r: (typeof rows)[number]): Outcome | 'lost' => (merged.has(r) ? 'merged' : review.has(r) ? 'review' : copies.has(r) ? 'exact' : 'lost');
    expect(rows.map((r) => [r.row, outcome(r)])).toEqual(f.rows);
    for (const r of rows) expect([r.file, r.sheet]).toEqual([f.file, f.sheet]);
    for (const [row, name] of Object.entries(f.names ?? {})) expect(rows.find((r) => r.row === Number(row))?.name).toBe(name);
    for (const [row, year] of Object.entries(f.birthYears ?? {})) expect(rows.find((r) => r.row === Number(row))?.birthYear).toBe(year);
    // The merged list carries each merged row's received date as the file's date says.
    if (f.receivedFrom && f.receivedFrom !== 'column') {
      for (const r of rows.filter((x) => merged.has(x))) expect(r.cells.get(K.received)).toBe(fromIso(f.received as string));
    }
  });

  it('accounts for every source row across the corpus', () => {
    const total = files.reduce((n, f) => n + f.rows.length, 0);
    const count = (k: Outcome) => files.reduce((n, f) => n + f.rows.filter((r) => r[1] === k).length, 0);
    expect(o.json.files.reduce((n, f) => n + f.rows, 0)).toBe(total);
    expect(o.json.merged).toBe(count('merged'));
    expect(o.json.review).toHaveLength(count('review'));
    expect(o.json.duplicates.filter((d) => d.exact).reduce((n, d) => n + d.rows.length - 1, 0)).toBe(count('exact'));
    expect(total).toBe(43);
  });

  it('flags the person two units nominate, the unit that has not sent, and the units over their allocation', () => {
    const probable = o.json.duplicates.filter((d) => !d.exact).map((d) => d.rows.map((r) => ({ file: r.file, row: r.row })));
    expect(probable).toEqual(expected.probable);
    expect(o.json.units.filter((u) => u.missing).map((u) => u.unit)).toEqual(expected.missing);
    expect(Object.fromEntries(o.json.units.filter((u) => (u.over ?? 0) > 0).map((u) => [u.unit, u.over]))).toEqual(expected.over);
    // Files that gave no list still count as sent by their unit.
    expect(o.json.units.find((u) => u.unit === 'Khoa Chẩn đoán hình ảnh')).toMatchObject({ files: ['05-khoa-cdha-trong.xlsx'], rows: 0, missing: false });
  });
});
