// The step "Tạo văn bản" of the REAL task pane in the playground (strict fake Excel host), on
// Debian's chromium: after bình xét, one click builds the .docx files in the browser; the test
// downloads them, opens each (unzip + XML, mammoth) and compares the Quyết định's lists with the
// proposal sheet the same run wrote, row for row. Nothing may be fetched from outside the server.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { PANE_TEXT } from '../../src/core/text/taskpane';
import { DOCS_PANE, INFO_SHEET_NAME } from '../../src/core/text/documentsPane';
import { DOC } from '../../src/core/text/documents';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { openDocx, tableRows } from '../documents/support';
import { openPlayground, sheetValues as valuesOf, type Playground } from './playground';

const ROOT = path.resolve(__dirname, '../..');

jest.setTimeout(180_000);

let pg: Playground;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground('bx-playground-docs-', { acceptDownloads: true });
  page = pg.page;
});

afterAll(async () => {
  await pg?.close();
});

async function openTab(label: string) {
  await page.getByRole('tab', { name: label, exact: true }).click();
}

const sheetValues = (name: string) => valuesOf(page, name);

/** Clicks every download link of the result and returns the files by name. */
async function downloadAll(): Promise<Record<string, Uint8Array>> {
  const links = page.locator('[data-testid="docs-result"] a[download]');
  const n = await links.count();
  const out: Record<string, Uint8Array> = {};
  for (let i = 0; i < n; i++) {
    const [dl] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
    out[dl.suggestedFilename()] = new Uint8Array(fs.readFileSync((await dl.path())!));
  }
  return out;
}

test('after bình xét, "Tạo văn bản" offers the four documents; the lists match the proposal sheet row for row; a typed field reaches them', async () => {
  const planText = fs.readFileSync(path.join(ROOT, 'assets/samples/ke-hoach-mau.txt'), 'utf8');
  await page.getByTestId('plan-text').fill(planText);
  await page.getByRole('button', { name: PANE_TEXT.plan.read }).click();
  await page.getByTestId('plan-view').waitFor();
  await openTab(PANE_TEXT.tabs.list);
  await page.waitForFunction(() => (document.querySelector('[data-testid="sheet-select"]') as HTMLSelectElement | null)?.value);
  await page.getByRole('button', { name: PANE_TEXT.list.inspect }).click();
  await page.getByTestId('inspection').waitFor();
  await openTab(PANE_TEXT.tabs.score);
  await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
  await page.getByTestId('score-result').waitFor();

  await openTab(PANE_TEXT.tabs.documents);
  await page.getByRole('button', { name: DOCS_PANE.run }).click();
  await page.getByTestId('docs-result').waitFor();
  expect(await page.getByTestId('docs-error').count()).toBe(0);
  const files = await downloadAll();
  expect(Object.keys(files).sort()).toEqual(['bien-ban.docx', 'chung-nhan.docx', 'quyet-dinh.docx', 'to-trinh.docx']);
  // Fields not yet given are listed in the pane.
  await expect(page.getByTestId('docs-missing').innerText()).resolves.toContain('Số quyết định');

  // The proposal sheet "BX Đề nghị" as the same run wrote it (main section: up to the tie section).
  const proposal = await sheetValues(OWNED_SHEETS.proposal);
  const start = proposal.findIndex((r) => r[0] === 'STT');
  const stop = proposal.findIndex((r) => /^ĐỒNG HẠNG/.test(r[0]));
  const expected = proposal.slice(start + 1, stop < 0 ? undefined : stop).filter((r) => /^\d+$/.test(r[0])).map((r) => r[1]);
  expect(expected).toHaveLength(18);
  const qd = await openDocx(files['quyet-dinh.docx']);
  const listed = tableRows(qd.xml).filter((c) => /^\d+$/.test(c[0])).map((c) => c[1]);
  expect(listed).toEqual(expected);
  expect(qd.text).toContain(`${DOC.numberLabel}[Số quyết định]`);
  for (const f of ['to-trinh.docx', 'bien-ban.docx', 'chung-nhan.docx']) {
    const d = await openDocx(files[f]);
    for (const name of expected) expect(d.text).toContain(name);
  }

  // The secretary fills in the decision's number in "Thông tin văn bản"; a second click uses it.
  const info = await sheetValues(INFO_SHEET_NAME);
  const row = info.findIndex((r) => r[0] === 'Số quyết định') + 1;
  expect(row).toBeGreaterThan(0);
  await page.evaluate(async (r) => {
    const X = (window as unknown as { Excel: { run: (f: (ctx: any) => Promise<void>) => Promise<void> } }).Excel; // eslint-disable-line @typescript-eslint/no-explicit-any
    await X.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Thông tin văn bản').getRange(`B${r}`).values = [['5/QĐ-SYT']];
      await ctx.sync();
    });
  }, row);
  await page.getByRole('button', { name: DOCS_PANE.run }).click();
  await page.locator('[data-testid="docs-result"][data-run="2"]').waitFor();
  const again = await downloadAll();
  const qd2 = await openDocx(again['quyet-dinh.docx']);
  expect(qd2.text).toContain('Số: 05/QĐ-SYT');
  await expect(page.getByTestId('docs-missing').innerText()).resolves.not.toContain('Số quyết định');
  expect(pg.outside).toEqual([]);
});
