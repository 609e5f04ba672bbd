import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../src/cli/main';
import { packageRoot } from '../../src/cli/demoCommand';
import { readPlanFile } from '../../src/plan/index';
import { changedCells, fingerprintFile, lostMerges } from '../support/fingerprint';
import { SHEET_PICK_TEXT } from '../../src/core/text/package';
// The sample holds two lists (the nominations and the TDKT functions' demo copy): the command line
// says which it scored, on stderr and in the JSON warnings.
const SAMPLE_NOTE = SHEET_PICK_TEXT.note(SHEET_PICK_TEXT.several('Danh sách đề nghị', ['Hàm TDKT'])) + '\n';


// The golden file records the outcome worked out by hand for every row of the sample (see the
// annotations in scripts/make-sample.js), not output of the program.
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'golden/sample.json'), 'utf8'));
const ROOT = path.join(__dirname, '../..');

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

describe('binhxet demo', () => {
  it('finds the bundled sample from the package root', () => {
    expect(packageRoot()).toBe(ROOT);
    expect(packageRoot(path.join(ROOT, 'dist/node/cli'))).toBe(ROOT);
    expect(fs.existsSync(path.join(ROOT, golden.workbook))).toBe(true);
  });

  it('writes binhxet-demo-ketqua.xlsx in the current directory and keeps the sample intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-demo-'));
    const sample = path.join(ROOT, golden.workbook);
    const before = fs.readFileSync(sample);
    const r = await run(['demo'], dir);
    expect(r.err).toBe(SAMPLE_NOTE);
    expect(r.code).toBe(0);
    const out = path.join(dir, 'binhxet-demo-ketqua.xlsx');
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readFileSync(sample).equals(before)).toBe(true);
    const fpIn = await fingerprintFile(sample);
    const fpOut = await fingerprintFile(out);
    expect(changedCells(fpIn, fpOut)).toEqual([]);
    expect(lostMerges(fpIn, fpOut)).toEqual([]);
  });

  it('gives the outcome worked out for every sample row', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-demo-'));
    const r = await run(['demo', '--json', '-o', path.join(dir, 'kq.xlsx')], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const plan = await readPlanFile(fs.readFileSync(path.join(ROOT, golden.plan)), 'ke-hoach-mau.txt');
    expect(plan.movements).toHaveLength(3);
    expect(j.sheet).toBe(golden.sheet);
    expect(j.headerRow).toBe(golden.headerRow);
    // Exactly the nominee rows: no title, group or footer row.
    expect(j.nominations.map((n: { row: number }) => n.row)).toEqual(golden.nominations.map((n: { row: number }) => n.row));
    const byRow = new Map(j.nominations.map((n: { row: number }) => [n.row, n]));
    for (const e of golden.nominations) {
      const n = byRow.get(e.row) as Record<string, unknown>;
      const want: Record<string, unknown> = { row: e.row, name: e.name, unit: e.unit, kind: e.kind, status: e.status, late: e.late, duplicate: e.duplicate, received: e.received };
      for (const k of ['daysLate', 'eligible', 'rank', 'criteriaMet']) if (k in e) want[k] = e[k];
      want.movement = e.movementIndex === null ? null : plan.movements[e.movementIndex].id;
      if (e.late) want.lastOnTime = golden.lastOnTime;
      const got: Record<string, unknown> = {};
      for (const k of Object.keys(want)) got[k] = n[k];
      expect(got).toEqual(want);
    }
    for (const s of golden.summary) {
      const row = j.summary.byMovement.find((m: { movement: string; kind: string }) => m.movement === plan.movements[s.movementIndex].id && m.kind === s.kind);
      expect(row).toBeDefined();
      expect({ nominated: row.nominated, late: row.late, proposed: row.proposed, tie: row.tie, quota: row.quota }).toEqual({
        nominated: s.nominated,
        late: s.late,
        proposed: s.proposed,
        tie: s.tie,
        quota: s.quota,
      });
    }
  });
});
