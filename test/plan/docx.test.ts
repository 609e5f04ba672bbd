// A real .docx (built by scripts/make-docx-fixture.js from the shared plan brvt-2023-cchc.txt:
// header table, bold runs, one paragraph per logical paragraph) must read as the plain text does.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanFile } from '../../src/plan';
import { main, type Io } from '../../src/cli/main';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'plans');
const DOCX = path.join(FIXTURES, 'brvt-2023-cchc.docx');
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'golden', 'brvt-2023-cchc.json'), 'utf8'));

const essentials = (p: { movements: { id: string; quota: unknown; criteria: unknown; deadlines: { dates: unknown }[] }[] }) =>
  p.movements.map((m) => ({ id: m.id, quota: m.quota, criteria: m.criteria }));

describe('brvt-2023-cchc.docx', () => {
  it('is a genuine Word package (zip with word/document.xml)', () => {
    const bytes = fs.readFileSync(DOCX);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('readPlanFile gives the golden movements, quota and criteria', async () => {
    const plan = await readPlanFile(fs.readFileSync(DOCX), 'brvt-2023-cchc.docx');
    expect(essentials(plan)).toEqual(essentials(golden));
    expect(plan.movements[0].quota).toEqual({ collective: 5, individual: 10, either: null, percent: null });
    expect(plan.movements[0].criteria.collective).toHaveLength(5);
    expect(plan.movements[0].criteria.individual).toHaveLength(2);
    expect(plan.title).toBe(golden.title);
    expect(plan.issuer).toBe('Sở Y tế tỉnh Bà Rịa - Vũng Tàu');
    expect(plan.year).toBe(2023);
    expect(plan.period).toEqual(golden.period);
  });

  it('`binhxet plan FILE.docx --json` prints the same plan', async () => {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd: FIXTURES };
    const code = await main(['plan', 'brvt-2023-cchc.docx', '--json'], io);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(essentials(json)).toEqual(essentials(golden));
    expect(json.period.to).toBe('2023-12-31');
  });
});
