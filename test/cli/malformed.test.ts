// Runs `binhxet score` (in-process, through the same main() the bin calls) on every workbook of the
// malformed corpus (test/fixtures/malformed, made by scripts/make-malformed.js) and checks what the
// user would see: exit 0 or 1 only (never an internal error), no stack trace, the Vietnamese
// message or the per-row "Cần kiểm tra" naming the cell, and the input file left untouched.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

interface Expect {
  exit: 0 | 1;
  stderr?: string[];
  nominations?: number;
  review?: [number, string][];
  warn?: [number, string][];
  names?: string[];
  notNames?: string[];
  received?: [number, string][];
  noReview?: boolean;
  noFormulasInOutput?: boolean;
}
interface Case {
  file: string;
  what: string;
  expect: Expect;
}
interface Warning {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}
interface Nomination {
  row: number;
  name: string | null;
  received: string | null;
  status: string;
  reasons: string[];
}

const DIR = path.join(__dirname, '..', 'fixtures', 'malformed');
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'cases.json'), 'utf8')) as { plan: string; cases: Case[] };
const PLAN = path.join(DIR, manifest.plan);

const fold = (s: string) => s.normalize('NFC').toLowerCase();
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function run(file: string, out: string) {
  let stdout = '';
  let stderr = '';
  const io = { out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s), cwd: DIR };
  const code = await main(['score', file, '--plan', PLAN, '--json', '-o', out], io);
  return { code, stdout, stderr };
}

/** A warning names the cell when it carries its row and column, or spells the A1 reference. */
function namesCell(warnings: Warning[], row: number, col: string): boolean {
  return warnings.some((w) => (w.row === row && w.column === col) || new RegExp(`\\b${col}${row}\\b`).test(w.message));
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-malformed-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the corpus has at least 30 cases and every file exists', () => {
  expect(manifest.cases.length).toBeGreaterThanOrEqual(30);
  for (const c of manifest.cases) expect(fs.existsSync(path.join(DIR, c.file))).toBe(true);
});

describe.each(manifest.cases.map((c) => [c.file, c] as const))('binhxet score %s', (file, c) => {
  test(c.what, async () => {
    const input = path.join(DIR, file);
    const out = path.join(tmp, file.replace(/\.xlsx$/, '') + '.out.xlsx');
    const before = sha(input);
    const { code, stdout, stderr } = await run(input, out);

    // The input workbook is never modified, whatever happened.
    expect(sha(input)).toBe(before);
    // Only success or a user error: an internal error (2) means an exception escaped.
    expect({ code, stderr: code === c.expect.exit ? '' : stderr.slice(0, 500) }).toEqual({ code: c.expect.exit, stderr: '' });
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).not.toMatch(/\n\s+at \S+ \(/);

    if (c.expect.exit === 1) {
      expect(stderr.trim().length).toBeGreaterThan(0);
      for (const frag of c.expect.stderr ?? []) expect(fold(stderr)).toContain(fold(frag));
      // A refused workbook leaves no half-written result behind.
      expect(fs.existsSync(out)).toBe(false);
      return;
    }

    const json = JSON.parse(stdout) as { nominations: Nomination[]; warnings: Warning[] };
    const noms = json.nominations;
    const byRow = new Map(noms.map((n) => [n.row, n]));
    if (c.expect.nominations !== undefined) expect(noms.length).toBe(c.expect.nominations);
    for (const [row, col] of c.expect.review ?? []) {
      expect({ row, status: byRow.get(row)?.status }).toEqual({ row, status: 'review' });
      expect({ cell: `${col}${row}`, named: namesCell(json.warnings, row, col) }).toEqual({ cell: `${col}${row}`, named: true });
    }
    for (const [row, col] of c.expect.warn ?? []) {
      expect({ cell: `${col}${row}`, named: namesCell(json.warnings, row, col) }).toEqual({ cell: `${col}${row}`, named: true });
    }
    const names = noms.map((n) => n.name);
    for (const name of c.expect.names ?? []) expect(names).toContain(name);
    for (const name of c.expect.notNames ?? []) expect(names).not.toContain(name);
    for (const [row, iso] of c.expect.received ?? []) expect(byRow.get(row)?.received).toBe(iso);
    if (c.expect.noReview) expect(noms.filter((n) => n.status === 'review').map((n) => [n.row, n.reasons])).toEqual([]);

    // The result workbook was written and opens.
    expect(fs.existsSync(out)).toBe(true);
    if (c.expect.noFormulasInOutput) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const formulas: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((r) =>
          r.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
          }),
        ),
      );
      expect(formulas).toEqual([]);
    }
  });
});

// The real process too (the bin as users run it): exit codes reach the shell and no stack trace is
// printed. Needs the compiled CLI (npm test runs build:cli first).
const BIN = path.join(__dirname, '..', '..', 'bin', 'binhxet.js');
const BUILT = fs.existsSync(path.join(__dirname, '..', '..', 'dist', 'node', 'cli', 'main.js'));
if (BUILT) {
  describe('the binhxet process', () => {
    const spawn = (file: string) =>
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      require('child_process').spawnSync(process.execPath, [BIN, 'score', path.join(DIR, file), '--plan', PLAN, '--json', '-o', path.join(tmp, 'p-' + file)], {
        encoding: 'utf8',
        timeout: 60000,
      }) as { status: number; stdout: string; stderr: string };

    test.each(['zero-byte.xlsx', 'encrypted.xlsx', 'bad-xml.xlsx'])('%s: exit 1, a message, no stack trace', (file) => {
      const r = spawn(file);
      expect({ status: r.status, stack: /\n\s+at /.test(r.stderr) }).toEqual({ status: 1, stack: false });
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    });

    test('formula-errors.xlsx: exit 0 and JSON on stdout', () => {
      const r = spawn('formula-errors.xlsx');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).nominations).toHaveLength(6);
    });
  });
}

describe('scoring a result workbook again', () => {
  // A secretary re-runs on the file Bình Xét wrote: the band and the owned sheets are recognised as
  // Bình Xét's own and regenerated, the user's odd texts stay text, and the decisions do not change.
  test.each(['formula-injection.xlsx', 'rtl-emoji.xlsx', 'formula-errors.xlsx'])('%s → result → result again: same decisions', async (file) => {
    const first = path.join(tmp, 'again-1-' + file);
    const second = path.join(tmp, 'again-2-' + file);
    const a = await run(path.join(DIR, file), first);
    expect(a.code).toBe(0);
    const b = await run(first, second);
    expect({ code: b.code, stderr: b.stderr }).toEqual({ code: 0, stderr: '' });
    const pick = (s: string) => (JSON.parse(s).nominations as Nomination[]).map((n) => [n.row, n.name, n.status, n.received]);
    expect(pick(b.stdout)).toEqual(pick(a.stdout));
  });
});
