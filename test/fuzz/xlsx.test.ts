// Fuzzing the whole `binhxet score` path with damaged workbooks: a valid list from the malformed
// corpus is unzipped, the XML of its sheet, shared strings, styles or workbook part is damaged
// (characters dropped or repeated, tags cut, attributes changed, numbers replaced), re-zipped, and
// scored in-process. Whatever the damage, the user sees exit 0 or 1 and a message, never an internal
// error (exit 2) or a stack trace. Runs FUZZ_RUNS / 20 workbooks (100 in npm test).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { main } from '../../src/cli/main';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { zip, unzip } = require('../../scripts/make-malformed.js') as {
  zip: (e: { name: string; data: Buffer }[]) => Buffer;
  unzip: (b: Buffer) => { name: string; data: Buffer }[];
};

const RUNS = Math.max(50, Math.floor((Number(process.env.FUZZ_RUNS) || 2000) / 20));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20241015;
const DIR = path.join(__dirname, '..', 'fixtures', 'malformed');
const PLAN = path.join(DIR, 'plan.txt');
const BASES = ['formula-errors.xlsx', 'two-row-header.xlsx', 'rtl-emoji.xlsx'].map((f) => unzip(fs.readFileSync(path.join(DIR, f))));
const PARTS = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels'];

type Op = [kind: string, at: number, len: number, text: string];

function damage(xml: string, ops: Op[]): string {
  let s = xml;
  for (const [kind, at, len, text] of ops) {
    const i = s.length ? at % s.length : 0;
    switch (kind) {
      case 'drop':
        s = s.slice(0, i) + s.slice(i + (len % 200));
        break;
      case 'repeat':
        s = s.slice(0, i) + s.slice(i, i + (len % 200)) + s.slice(i);
        break;
      case 'insert':
        s = s.slice(0, i) + text + s.slice(i);
        break;
      case 'number':
        s = s.replace(/\d+/g, (m, off: number) => (Math.abs(off - i) < 400 ? String((len * 7919) % 2000000) : m));
        break;
      case 'attr':
        s = s.replace(/ (r|t|s|ref|sheetId|r:id|count)="[^"]*"/g, (m, a: string, off: number) => (Math.abs(off - i) < 300 ? ` ${a}="${text}"` : m));
        break;
      default:
        s = s.slice(0, i);
    }
  }
  return s;
}

const op: fc.Arbitrary<Op> = fc.tuple(
  fc.constantFrom('drop', 'repeat', 'insert', 'number', 'attr', 'cut'),
  fc.nat(),
  fc.nat(),
  fc.constantFrom('<', '>', '</c>', '<c r="A1" t="s"><v>999</v></c>', '<row r="0">', '&amp;', '&#0;', '"', 'ZZ0', '-1', '1048577', '', '\u0000', 'x'),
);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-xlsx-fuzz-'));
});
let count = 0;
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (process.env.FUZZ_REPORT) {
    fs.writeFileSync(process.env.FUZZ_REPORT.replace(/\.json$/, '.xlsx.json'), JSON.stringify({ seed: SEED, runs: RUNS, counts: { 'binhxet score (damaged xlsx)': count } }));
  }
});

test('a damaged workbook gives exit 0 or 1 and a message, never an internal error', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat(BASES.length - 1), fc.constantFrom(...PARTS), fc.array(op, { minLength: 1, maxLength: 4 }), async (b, part, ops) => {
      const entries = BASES[b].map((e) => (e.name === part ? { name: e.name, data: Buffer.from(damage(e.data.toString('utf8'), ops), 'utf8') } : e));
      count++;
      const file = path.join(tmp, `w${n++}.xlsx`);
      fs.writeFileSync(file, zip(entries));
      let out = '';
      let err = '';
      const io = { out: (s: string) => void (out += s), err: (s: string) => void (err += s), cwd: tmp };
      const code = await main(['score', file, '--plan', PLAN, '--json', '-o', path.join(tmp, `o${n}.xlsx`)], io);
      expect({ part, ops, code, err: code === 2 ? err.slice(0, 300) : '' }).toEqual({ part, ops, code: code === 0 ? 0 : 1, err: '' });
      expect(err).not.toMatch(/\n\s+at /);
      if (code === 1) expect(err.trim().length).toBeGreaterThan(0);
      else JSON.parse(out);
      fs.rmSync(file, { force: true });
    }),
    { numRuns: RUNS, seed: SEED },
  );
}, 600000);
