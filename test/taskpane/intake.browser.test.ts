// The step "Gộp danh sách đơn vị" of the REAL task pane in the playground (strict fake Excel host),
// on Debian's chromium: three units' files picked at once — an .xlsx, a Word "Tờ trình" (.docx)
// and a .csv from the bundled sample — are read in the browser, previewed file by file, and
// written as "Tổng hợp", "Đơn vị gửi" and "Cần kiểm tra". Nothing may be fetched from outside.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { PANE_TEXT } from '../../src/core/text/taskpane';
import { INTAKE_PANE } from '../../src/core/text/intakePane';
import { INTAKE, INTAKE_SHEETS, PROVENANCE_COLUMNS } from '../../src/core/text/intake';
import { openPlayground, sheetValues as valuesOf, type Playground } from './playground';

const ROOT = path.resolve(__dirname, '../..');
const UNITS = path.join(ROOT, 'assets/samples/don-vi');

jest.setTimeout(180_000);

let pg: Playground;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground('bx-playground-intake-');
  page = pg.page;
});

afterAll(async () => {
  await pg?.close();
});

const sheetValues = (name: string) => valuesOf(page, name);

const fileSection = (file: string) => page.locator(`[data-testid="intake-file"][data-file="${file}"]`);

test('three unit files, one of them Word, previewed file by file and written as the merged list', async () => {
  // Without a plan the step says so and cannot start.
  await page.getByRole('tab', { name: PANE_TEXT.tabs.intake, exact: true }).click();
  // (The step's screen loads when its tab is first opened.)
  await page.getByText(INTAKE_PANE.needPlan).waitFor();
  expect(await page.getByRole('button', { name: INTAKE_PANE.pick }).isDisabled()).toBe(true);
  await page.getByRole('tab', { name: PANE_TEXT.tabs.plan, exact: true }).click();
  await page.getByTestId('plan-text').fill(fs.readFileSync(path.join(ROOT, 'assets/samples/ke-hoach-mau.txt'), 'utf8'));
  await page.getByRole('button', { name: PANE_TEXT.plan.read }).click();
  await page.getByTestId('plan-view').waitFor();

  // The units the office expects, kept in the workbook's "Đơn vị" sheet.
  await page.evaluate(async () => {
    const X = (window as unknown as { Excel: { run: (f: (ctx: any) => Promise<void>) => Promise<void> } }).Excel; // eslint-disable-line @typescript-eslint/no-explicit-any
    await X.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Đơn vị');
      ws.getRange('A1:C5').values = [
        ['STT', 'Tên đơn vị', 'Tên tệp'],
        [1, 'Trung tâm Y tế thành phố Sông Lam', 'TTYT TP Sông Lam'],
        [2, 'Bệnh viện Y học cổ truyền', ''],
        [3, 'Trung tâm Y tế huyện Tuy An', ''],
        [4, 'Bệnh viện Phổi', ''],
      ];
      await ctx.sync();
    });
  });
  await page.getByRole('tab', { name: PANE_TEXT.tabs.intake, exact: true }).click();
  const files = ['ttyt-tp-song-lam.xlsx', 'to-trinh-khen-thuong.docx', 'y-hoc-co-truyen.csv'];
  await page.getByTestId('intake-input').setInputFiles(files.map((f) => path.join(UNITS, f)));
  await page.getByTestId('intake-preview').waitFor();
  expect(await page.getByTestId('intake-error').count()).toBe(0);

  // 4 + 3 + 4 rows, all merged; the unit that sent nothing.
  await expect(page.getByTestId('intake-preview').innerText()).resolves.toContain('Danh sách đơn vị: trang "Đơn vị" của bảng tính này (4 đơn vị).');
  await expect(page.getByTestId('intake-summary').allInnerTexts()).resolves.toEqual(['3 tệp, 11 dòng: gộp 11, trùng khớp 0, có thể trùng 0 nhóm, cần kiểm tra 0.', 'Chưa gửi: Bệnh viện Phổi.']);
  expect(await page.getByTestId('intake-file').count()).toBe(3);
  // The Word list: its second table (the first is the header block), its unit from the header
  // block, its received date the place-date line's, its columns mapped.
  const word = await fileSection('to-trinh-khen-thuong.docx').innerText();
  expect(word).toContain('Bảng 2, dòng tiêu đề 1: 3 dòng đề nghị.');
  expect(word).toContain('Đơn vị gửi: Trung tâm Y tế huyện Tuy An (theo tiêu đề văn bản).');
  expect(word).toContain('Ngày nhận: 12/11/2024 (ngày ghi trên văn bản).');
  expect(word).toContain('Tiêu chí / 1 → Tiêu chí');
  expect(word).toContain('Nội dung thi đua → Phong trào');
  // The .xlsx: its unit by its file's name (an alias in the units sheet), its dates from its column,
  // the column with no place in the merged list and its hidden draft sheet said.
  const tp = fileSection('ttyt-tp-song-lam.xlsx');
  await expect(tp.innerText()).resolves.toContain('Đơn vị gửi: Trung tâm Y tế thành phố Sông Lam (theo tên tệp).');
  await expect(tp.innerText()).resolves.toContain('Ngày nhận: 10/11/2024 (cột ngày trong tệp).');
  await expect(tp.getByTestId('intake-unmapped').innerText()).resolves.toBe('Số điện thoại (cột H)');
  await expect(tp.getByTestId('intake-problems').innerText()).resolves.toContain('"Nháp" đang ẩn');
  await expect(fileSection('y-hoc-co-truyen.csv').innerText()).resolves.toContain('Ngày nhận: 13/11/2024 (cột ngày trong tệp).');

  fs.mkdirSync(path.join(ROOT, 'test/screenshots'), { recursive: true });
  await page.locator('#pane').screenshot({ path: path.join(ROOT, 'test/screenshots/8-gop.png') });

  await page.getByRole('button', { name: INTAKE_PANE.write }).click();
  await page.getByTestId('intake-done').waitFor();
  const merged = await sheetValues(INTAKE_SHEETS.merged);
  expect(merged[0][0]).toBe(INTAKE.mergedTitle);
  const head = merged.findIndex((r) => r[0] === 'STT');
  const rows = merged.slice(head + 1).filter((r) => /^\d+$/.test(r[0]));
  expect(rows).toHaveLength(11);
  const col = (h: string) => merged[head].indexOf(h);
  const duyen = rows.find((r) => r[1] === 'Phan Thị Mỹ Duyên')!;
  expect([duyen[col(PROVENANCE_COLUMNS.file)], duyen[col(PROVENANCE_COLUMNS.sheet)], duyen[col(PROVENANCE_COLUMNS.row)]]).toEqual(['to-trinh-khen-thuong.docx', 'Bảng 2', '6']);
  expect(new Set(rows.map((r) => r[col(PROVENANCE_COLUMNS.file)]))).toEqual(new Set(files));
  expect((await sheetValues(INTAKE_SHEETS.units))[0][0]).toBe(INTAKE.unitsTitle);
  expect((await sheetValues(INTAKE_SHEETS.review))[0][0]).toBe(INTAKE.reviewTitle);
  expect(pg.outside).toEqual([]);
});
