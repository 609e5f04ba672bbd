// "Chạy lại cho cùng một kết quả": a secretary scores a workbook, corrects it, scores the result
// again. On the bundled sample and on every nominations list of test/fixtures/workbooks, the second
// and third runs give byte-identical files; styles.xml does not grow and the owned sheets keep their
// sheetIds and relationship ids (they used to grow by ~16 cell formats and 4 sheetIds per run).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/package';

const ROOT = path.join(__dirname, '..', '..');
const LISTS: [string, string][] = [
  ['assets/samples/danh-sach-de-nghi-mau.xlsx', 'assets/samples/ke-hoach-mau.txt'],
  ...fs
    .readdirSync(path.join(ROOT, 'test/fixtures/workbooks'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => [`test/fixtures/workbooks/${f}`, 'test/fixtures/workbooks/ke-hoach.txt'] as [string, string]),
  ...['bang-diem.xlsx:ke-hoach-cham-diem.txt', 'danh-sach-phan-bo.xlsx:ke-hoach-phan-bo.txt', 'danh-sach-gop.xlsx:ke-hoach-gop.txt'].map((x) => {
    const [f, p] = x.split(':');
    return [`test/fixtures/genre/${f}`, `test/fixtures/genre/${p}`] as [string, string];
  }),
];

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-rerun-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function score(input: string, plan: string, out: string): Promise<number> {
  return main(['score', input, '--plan', plan, '--year', '2024', '--json', '-o', out], { out: () => undefined, err: () => undefined, cwd: tmp });
}

/** The owned sheets' ids and the size of styles.xml, as a user's Excel would see them. */
function bookkeeping(file: string) {
  const pkg = readWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file)).pkg;
  return {
    sheets: pkg.sheets.map((s) => `${s.name}#${s.sheetId}/${s.rId}`),
    styles: pkg.stylesPath ? pkg.parts.text(pkg.stylesPath)!.length : 0,
  };
}

test.each(LISTS)('%s: run 2 and run 3 give the same bytes; nothing grows', async (file, plan) => {
  const base = path.join(tmp, path.basename(file, '.xlsx'));
  const runs = [1, 2, 3].map((n) => `${base}-${n}.xlsx`);
  expect(await score(path.join(ROOT, file), path.join(ROOT, plan), runs[0])).toBe(0);
  expect(await score(runs[0], path.join(ROOT, plan), runs[1])).toBe(0);
  expect(await score(runs[1], path.join(ROOT, plan), runs[2])).toBe(0);
  expect(fs.readFileSync(runs[2]).equals(fs.readFileSync(runs[1]))).toBe(true);
  expect(bookkeeping(runs[1])).toEqual(bookkeeping(runs[0]));
});
