// Zip bombs, made here at run time (a gigabyte of zeros deflates to ~1 MB: too big a file to keep in
// the repository, and cheap to make), through the real `binhxet` process so its memory is the
// process's own: each is refused with a message that states the cap, within 300 MB of memory, and
// writes nothing. A large part under the caps is inflated as a stream, never held. How long each
// refusal takes is reported by `npm run bench -- --only hostile`, not asserted here.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { spawnSync } from 'child_process';
import { readZip } from '../../src/package/zip';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { zip, unzip } = require('../../scripts/make-package-fixtures.js') as {
  zip: (e: { name: string; data: Buffer | string; raw?: Buffer; size?: number; crc?: number }[]) => Buffer;
  unzip: (b: Buffer) => { name: string; data: Buffer }[];
};

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'binhxet.js');
const DIR = path.join(ROOT, 'test', 'fixtures', 'package');
const PLAN = path.join(DIR, 'plan.txt');
const MB = 1024 * 1024;

/** A deflate stream of `mb` MB of zeros: one flushed 1 MB segment repeated, then an empty final block. */
function zeros(mb: number): { raw: Buffer; size: number; crc: number } {
  const block = Buffer.alloc(MB);
  const seg = zlib.deflateRawSync(block, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = zlib.crc32(block, crc);
  return { raw: Buffer.concat([...new Array(mb).fill(seg), Buffer.from([0x03, 0x00])]), size: mb * MB, crc };
}

/** The process's exit code, stderr and peak memory (MB), as a user's shell would run it. */
function binhxet(args: string[]) {
  const wrapper = `process.on('exit',()=>process.stderr.write('\\nBX_MAXRSS '+process.resourceUsage().maxRSS+'\\n'));require(${JSON.stringify(BIN)});`;
  // The timeout only keeps a hang from hanging the suite; speed is measured by the bench.
  const r = spawnSync(process.execPath, ['-e', wrapper, '--', BIN, ...args], { encoding: 'utf8', timeout: 120000 });
  const rss = Number(/BX_MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { code: r.status, err: r.stderr.replace(/\nBX_MAXRSS \d+\n$/, ''), out: r.stdout, rssMb: rss };
}

let tmp: string;
let base: { name: string; data: Buffer }[];
let gb: ReturnType<typeof zeros>;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-bombs-'));
  base = unzip(fs.readFileSync(path.join(DIR, 'writers', 'excel-windows.xlsx')));
  gb = zeros(1024);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const withPart = (name: string, part: { raw: Buffer; size: number; crc: number }, sizeClaim?: number) =>
  zip(base.map((e) => (e.name === name ? { ...e, raw: part.raw, size: sizeClaim ?? part.size, crc: part.crc } : e)));

test('the bomb is what it claims: ~1 MB that inflates to 1 GB of zeros', () => {
  expect(gb.raw.length).toBeLessThan(2 * MB);
  const head = zlib.inflateRawSync(gb.raw.subarray(0, gb.raw.length / 1024 + 64), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  expect(head.length).toBeGreaterThanOrEqual(MB);
  expect(head.every((b) => b === 0)).toBe(true);
});

describe.each([
  ['a sheet declared as the 1 GB it inflates to', 'sheet-1gb.xlsx', () => withPart('xl/worksheets/sheet1.xml', gb), ['xl/worksheets/sheet1.xml', '200 MB']],
  ['a sheet declared as 4 KB that inflates to 1 GB', 'sheet-lies-1gb.xlsx', () => withPart('xl/worksheets/sheet1.xml', gb, 4096), ['xl/worksheets/sheet1.xml', 'nhiều hơn kích thước khai báo']],
  ['three 150 MB parts: each under the part cap, past the total', 'total-450mb.xlsx', () => {
    const p = zeros(150);
    return zip([...base, ...[1, 2, 3].map((i) => ({ name: `xl/media/blob${i}.bin`, data: '', raw: p.raw, size: p.size, crc: p.crc }))]);
  }, ['400 MB']],
] as [string, string, () => Buffer, string[]][])('binhxet score on %s', (_what, file, make, fragments) => {
  test('exit 1, the cap in the message, no output, within 300 MB', () => {
    const input = path.join(tmp, file);
    fs.writeFileSync(input, make());
    const out = path.join(tmp, `out-${file}`);
    const r = binhxet(['score', input, '--plan', PLAN, '-o', out]);
    expect({ code: r.code, stack: /\n\s+at /.test(r.err) }).toEqual({ code: 1, stack: false });
    expect(r.err).toContain(file);
    for (const f of fragments) expect(r.err).toContain(f);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.rssMb).toBeLessThan(300);
  });
});

describe.each([
  ['a plan .docx whose document.xml is declared as 1 GB', 'plan-1gb.docx', true],
  ['a plan .docx whose document.xml is declared as 4 KB and inflates to 1 GB', 'plan-lies-1gb.docx', false],
] as [string, string, boolean][])('binhxet plan on %s', (_what, file, honest) => {
  test('exit 1, a message naming the file, within 300 MB', () => {
    const input = path.join(tmp, file);
    const docx = unzip(fs.readFileSync(path.join(DIR, 'hostile', 'plan-traversal.docx'))).filter((e) => !e.name.includes('..'));
    fs.writeFileSync(input, zip(docx.map((e) => (e.name === 'word/document.xml' ? { ...e, raw: gb.raw, size: honest ? gb.size : 4096, crc: gb.crc } : e))));
    const r = binhxet(['plan', input]);
    expect({ code: r.code, stack: /\n\s+at /.test(r.err) }).toEqual({ code: 1, stack: false });
    expect(r.err).toContain(file);
    expect(r.err).toContain(honest ? '200 MB' : 'nhiều hơn kích thước khai báo');
    expect(r.rssMb).toBeLessThan(300);
  });
});

test('a 190 MB part under the caps (a picture nobody reads) is checked as a stream and copied as it came, within 300 MB', () => {
  const p = zeros(190);
  const input = path.join(tmp, 'big-picture.xlsx');
  fs.writeFileSync(input, zip([...base, { name: 'xl/media/scan.bin', data: '', raw: p.raw, size: p.size, crc: p.crc }]));
  const out = path.join(tmp, 'big-picture-out.xlsx');
  const r = binhxet(['score', input, '--plan', PLAN, '-o', out]);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  expect(r.rssMb).toBeLessThan(300);
  const copied = readZip(new Uint8Array(fs.readFileSync(out)), { file: 'out', app: 'Excel' }).find((e) => e.name === 'xl/media/scan.bin')!;
  expect({ size: copied.size, sameBytes: Buffer.from(copied.data).equals(p.raw) }).toEqual({ size: 190 * MB, sameBytes: true });
});
