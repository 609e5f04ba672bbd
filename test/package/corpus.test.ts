// The package corpus (test/fixtures/package, made by scripts/make-package-fixtures.js), through
// `binhxet score` as a user runs it. Every real workbook — each writer's package shape, each office
// feature — is scored with the right rows, dates and statuses; every part it does not own comes out
// byte for byte and every cell the user wrote is unchanged; scoring the result again, twice, gives
// byte-identical files. Every hostile file is refused: exit 1, a Vietnamese message naming the file
// and what is wrong, no stack trace, nothing written.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/package';
import { inflateEntry, readZip, type ZipEntry } from '../../src/package/zip';
import type { CellValue } from '../../src/workbook/model';
import { isOwnedSheetName } from '../../src/workbook/scoreWorkbook';
import { OWNED_SHEETS } from '../../src/core/text/workbook';

interface Expect {
  nominations?: number;
  rows?: [number, string, string, string][];
  sheet?: string;
  warn?: string[];
  ext?: string;
  keep?: string[];
  exit?: 1;
  stderr?: string[];
  command?: 'plan';
}
interface Case {
  file: string;
  what: string;
  expect: Expect;
}
interface Nomination {
  row: number;
  name: string;
  received: string | null;
  status: string;
}

const DIR = path.join(__dirname, '..', 'fixtures', 'package');
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'cases.json'), 'utf8')) as { plan: string; cases: Case[] };
const PLAN = path.join(DIR, manifest.plan);
const REAL = manifest.cases.filter((c) => !c.file.startsWith('hostile/'));
const HOSTILE = manifest.cases.filter((c) => c.file.startsWith('hostile/'));
const SRC = { file: 'x', app: 'Excel' as const };

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-corpus-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd: tmp });
  return { code, out, err };
}

function entries(file: string): Map<string, ZipEntry> {
  return new Map(readZip(new Uint8Array(fs.readFileSync(file)), SRC).map((e) => [e.name, e]));
}
const bytesOf = (e: ZipEntry) => Buffer.from(inflateEntry(e, SRC));

/** The zip path of a sheet by its name, from the package's own workbook and relationships. */
function sheetPath(file: string, sheet: string): string {
  const pkg = readWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file)).pkg;
  return pkg.sheets.find((s) => s.name === sheet)!.path;
}

/** Every cell of every sheet, "Sheet!A1" → value (dates as ISO text). */
function cells(file: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const wb = readWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file), { formats: true });
  for (const s of wb.sheets) {
    s.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        if (v !== null) out.set(`${s.name}!${r + 1}:${c + 1}`, [v instanceof Date ? v.toISOString() : v, s.numberFormats?.[r]?.[c] ?? '']);
      }),
    );
  }
  return out;
}

test('the corpus has real and hostile files, none over 1 MB', () => {
  expect(REAL.length).toBeGreaterThanOrEqual(20);
  expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  for (const c of manifest.cases) expect(fs.statSync(path.join(DIR, c.file)).size).toBeLessThan(1024 * 1024);
});

describe.each(REAL.map((c) => [c.file, c] as const))('%s', (file, c) => {
  const e = c.expect;
  const ext = e.ext ?? '.xlsx';
  const input = path.join(DIR, file);
  const out = (n: number) => path.join(tmp, `${path.basename(file, ext)}-${n}${ext}`);
  let first: { code: number; out: string; err: string };

  beforeAll(async () => {
    first = await run(['score', input, '--plan', PLAN, '--json', '-o', out(1)]);
  });

  test(`${c.what}: the right sheet, rows, dates and statuses`, () => {
    expect({ code: first.code, err: first.code === 0 ? '' : first.err }).toEqual({ code: 0, err: '' });
    const json = JSON.parse(first.out) as { sheet: string; nominations: Nomination[]; warnings: { message: string }[] };
    if (e.sheet) expect(json.sheet).toBe(e.sheet);
    expect(json.nominations).toHaveLength(e.nominations!);
    expect(json.nominations.map((n) => [n.row, n.name, n.received, n.status])).toEqual(e.rows);
    // Which sheet was taken is said when it was a choice (JSON and stderr), and only then.
    for (const w of e.warn ?? []) {
      expect(json.warnings.some((x) => x.message.includes(`"${w}"`))).toBe(true);
      expect(first.err).toContain(`"${w}"`);
    }
    if (!e.warn) expect(first.err).toBe('');
  });

  test('the late list shows each late dossier\'s received date as the list has it (1900 or 1904 date system)', () => {
    const json = JSON.parse(first.out) as { nominations: Nomination[] };
    const late = new Map(json.nominations.filter((n) => n.status === 'late').map((n) => [n.row, n.received]));
    expect(late.size).toBeGreaterThan(0);
    const sheet = readWorkbook(new Uint8Array(fs.readFileSync(out(1))), 'out').sheets.find((s) => s.name === OWNED_SHEETS.late)!;
    // Columns: STT, name, unit, movement, the list's row, received, last day on time, days late.
    const shown = new Map(sheet.values.filter((r) => typeof r[4] === 'number' && late.has(r[4] as number)).map((r) => [r[4] as number, (r[5] as Date).toISOString().slice(0, 10)]));
    expect(shown).toEqual(late);
  });

  test('every part the layer does not own comes out byte for byte, the file type too', () => {
    const before = entries(input);
    const after = entries(out(1));
    const json = JSON.parse(first.out) as { sheet: string };
    const wb = readWorkbook(new Uint8Array(fs.readFileSync(input)), path.basename(file)).pkg;
    const owned = new Set([sheetPath(input, json.sheet), wb.workbookPath, wb.relsPath, '[Content_Types].xml', wb.stylesPath ?? '']);
    const kept = [...before.keys()].filter((n) => !owned.has(n) && !n.endsWith('/'));
    for (const name of kept) {
      const a = before.get(name)!;
      const b = after.get(name);
      expect({ name, there: !!b }).toEqual({ name, there: true });
      // The same compressed bytes: copied, never re-encoded.
      expect({ name, same: Buffer.from(a.data).equals(Buffer.from(b!.data)) && a.crc === b!.crc }).toEqual({ name, same: true });
    }
    for (const name of e.keep ?? []) expect(bytesOf(after.get(name)!).equals(bytesOf(before.get(name)!))).toBe(true);
    // The workbook's content type (xlsx, xlsm, xltx, xltm) is the input's.
    const ct = (m: Map<string, ZipEntry>) => /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(bytesOf(m.get('[Content_Types].xml')!).toString())?.[1];
    expect(ct(after)).toBe(ct(before));
  });

  test('every cell the user wrote is unchanged; the result opens in another reader', async () => {
    const json = JSON.parse(first.out) as { sheet: string };
    const before = cells(input);
    const after = cells(out(1));
    // The band: the columns right of the table whose header starts with the band's marker.
    const bandCols = new Set([...after].filter(([k, v]) => k.startsWith(`${json.sheet}!`) && String((v as unknown[])[0]).startsWith('Bình Xét:')).map(([k]) => k.split(':')[1]));
    expect(bandCols.size).toBeGreaterThan(3);
    const changed = [...before].filter(([k, v]) => JSON.stringify(after.get(k)) !== JSON.stringify(v)).map(([k]) => k);
    expect(changed).toEqual([]);
    const added = [...after.keys()].filter((k) => !before.has(k) && !(k.startsWith(`${json.sheet}!`) && bandCols.has(k.split(':')[1])) && !isOwnedSheetName(k.slice(0, k.lastIndexOf('!'))));
    expect(added).toEqual([]);
    // exceljs reads no prefixed (x:) package at all: the check applies where it reads the input.
    const readsInput = await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(input) as unknown as ArrayBuffer).then(
      () => true,
      () => false,
    );
    if (!readsInput) return;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out(1)) as unknown as ArrayBuffer);
    expect(wb.worksheets.some((w) => w.name.startsWith('BX '))).toBe(true);
  });

  test('scoring the result again, twice: the same decisions and byte-identical files', async () => {
    const r2 = await run(['score', out(1), '--plan', PLAN, '--json', '-o', out(2)]);
    const r3 = await run(['score', out(2), '--plan', PLAN, '--json', '-o', out(3)]);
    expect([r2.code, r3.code]).toEqual([0, 0]);
    const decisions = (s: string) => (JSON.parse(s).nominations as Nomination[]).map((n) => [n.row, n.name, n.received, n.status]);
    expect(decisions(r2.out)).toEqual(decisions(first.out));
    expect(fs.readFileSync(out(3)).equals(fs.readFileSync(out(2)))).toBe(true);
    // Nothing grows from run to run (styles.xml used to add ~16 cell formats each time).
    const styles = (f: string) => [...entries(f)].find(([n]) => /styles\.xml$/.test(n))?.[1].size;
    expect(styles(out(2))).toBe(styles(out(1)));
  });

  test('default output keeps the input\'s extension', async () => {
    const copy = path.join(tmp, `mac-dinh${ext}`);
    fs.copyFileSync(input, copy);
    const r = await run(['score', copy, '--plan', PLAN]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(tmp, `mac-dinh-ketqua${ext}`))).toBe(true);
  });
});

describe.each(HOSTILE.map((c) => [c.file, c] as const))('%s', (file, c) => {
  test(`${c.what}: refused with a message naming the file, nothing written`, async () => {
    const input = path.join(DIR, file);
    const before = fs.readFileSync(input);
    const o = path.join(tmp, `refused-${path.basename(file)}.xlsx`);
    const args = c.expect.command === 'plan' ? ['plan', input, '--json'] : ['score', input, '--plan', PLAN, '--json', '-o', o];
    const r = await run(args);
    expect({ code: r.code, out: r.out }).toEqual({ code: 1, out: '' });
    expect(r.err).toContain(path.basename(file));
    for (const f of c.expect.stderr ?? []) expect(r.err).toContain(f);
    expect(r.err).not.toMatch(/\n\s+at |Lỗi nội bộ/);
    expect(fs.existsSync(o)).toBe(false);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});
