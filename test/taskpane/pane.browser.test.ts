// Browser tests of the REAL task pane in the playground (strict fake Excel host), driven by
// playwright-core on Debian's chromium. Nothing may be fetched from outside the local server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Server } from 'http';
import { chromium, type Browser, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { KIND_LABEL } from '../../src/core/text';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { PANE_TEXT } from '../../src/core/text/taskpane';
import { readPlanText } from '../../src/plan';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlayground, serveDir } = require('../../scripts/playgroundServer.js');

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

jest.setTimeout(120_000);

let outDir: string;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let outside: string[] = [];
let dialogs: string[] = [];

function samplePlanText(): string {
  const dir = path.join(ROOT, 'assets/samples');
  const files = fs.readdirSync(dir).sort();
  const f =
    files.find((x) => /\.(txt|md)$/i.test(x) && /sample|mau|mẫu|ke.?hoach|plan/i.test(x)) ?? files.find((x) => /\.(txt|md)$/i.test(x));
  if (!f) throw new Error('assets/samples has no plan text');
  return fs.readFileSync(path.join(dir, f), 'utf8');
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-playground-'));
  await buildPlayground(outDir, 'development');
  ({ server, url: base } = await serveDir(outDir, 0));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  outside = [];
  dialogs = [];
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(base);
  await page.waitForFunction(() => (window as unknown as { __bx?: { ready: boolean } }).__bx?.ready === true);
});

afterEach(async () => {
  await page?.close();
  expect(outside).toEqual([]);
});

interface HostState {
  sheets: { name: string; values: unknown[][] }[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
}

/** The fake host's workbook as the playground reads it (window.__bx.state()). */
function hostState(): Promise<HostState> {
  return page.evaluate(() => (window as unknown as { __bx: { state: () => HostState } }).__bx.state());
}

async function sheetValues(name: string): Promise<string[][] | null> {
  const st = await hostState();
  const sh = st.sheets.find((s) => s.name === name);
  return sh ? sh.values.map((r) => (r ?? []).map((v) => (v == null ? '' : String(v)))) : null;
}

async function waitUntil(f: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await f()) return;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function shot(name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.locator('#pane').screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function openTab(label: string) {
  await page.getByRole('tab', { name: label, exact: true }).click();
}

async function readPlan(text: string) {
  await page.getByTestId('plan-text').fill(text);
  await page.getByRole('button', { name: PANE_TEXT.plan.read }).click();
  await page.getByTestId('plan-view').waitFor();
}

async function inspectActiveSheet() {
  await openTab(PANE_TEXT.tabs.list);
  await page.waitForFunction(() => (document.querySelector('[data-testid="sheet-select"]') as HTMLSelectElement | null)?.value);
  await page.getByRole('button', { name: PANE_TEXT.list.inspect }).click();
  await page.getByTestId('inspection').waitFor();
}

/** Loads a workbook built in Node into the playground through its file input. */
async function loadWorkbook(wb: ExcelJS.Workbook, name: string) {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByTestId('xlsx-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: buf });
  await page.getByText(PANE_TEXT.playground.loaded(name)).waitFor();
}

test('full flow on the bundled sample: plan → mapping → score → summary sheets match the pane', async () => {
  await readPlan(samplePlanText());
  const movements = await page.locator('[data-testid="plan-view"] section').count();
  expect(movements).toBeGreaterThan(0);
  await shot('1-ke-hoach');

  await inspectActiveSheet();
  const count = await page.getByTestId('nominee-count').innerText();
  expect(Number(/(\d+)\s*$/.exec(count)?.[1])).toBeGreaterThan(0);
  // The detected mapping has a name column.
  const fields = await page.locator('[data-testid^="map-"]').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  expect(fields).toContain('name');
  await shot('2-danh-sach');

  await openTab(PANE_TEXT.tabs.score);
  await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
  await page.getByTestId('score-result').waitFor();
  await shot('3-cham-diem');

  const paneRows = await page.locator('[data-testid="score-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const get = (c: string) => (tr.querySelector(`[data-col="${c}"]`) as HTMLElement).innerText.trim();
      return {
        movement: tr.getAttribute('data-movement'),
        kind: tr.getAttribute('data-kind'),
        proposed: get('proposed'),
        late: get('late'),
        ineligible: get('ineligible'),
        review: get('review'),
        tie: get('tie'),
      };
    }),
  );
  expect(paneRows.length).toBeGreaterThan(0);

  // The owned summary sheet now exists in the fake workbook; read its "per movement" table.
  const summary = await sheetValues(OWNED_SHEETS.summary);
  expect(summary).not.toBeNull();
  const hdr = summary!.findIndex((r) => r[0] === 'Phong trào' && r[2] === 'Đối tượng');
  expect(hdr).toBeGreaterThanOrEqual(0);
  for (const p of paneRows) {
    const kindLabel = KIND_LABEL[p.kind as keyof typeof KIND_LABEL];
    const row = summary!.slice(hdr + 1).find((r) => r[0] === p.movement && r[2] === kindLabel);
    expect(row).toBeDefined();
    // Columns: movement, name, kind, nominated, eligible, late, ineligible, review, tie, proposed, quota, …
    expect([p.late, p.ineligible, p.review, p.tie]).toEqual([row![5], row![6], row![7], row![8]]);
    expect(p.proposed).toBe(`${row![9]}/${row![10] === '' ? PANE_TEXT.score.noQuota : row![10]}`);
  }

  // The jump buttons activate the summary sheets in the host.
  await page.getByRole('button', { name: PANE_TEXT.score.open(OWNED_SHEETS.summary) }).click();
  await waitUntil(async () => (await hostState()).active === OWNED_SHEETS.summary);

  await openTab(PANE_TEXT.tabs.report);
  await page.getByRole('button', { name: PANE_TEXT.report.regenerate }).click();
  await page.getByTestId('report-done').waitFor();
  await shot('4-bao-cao');

  await openTab(PANE_TEXT.tabs.settings);
  await shot('5-cai-dat');
  expect(dialogs).toEqual([]);
});

test('a warning is listed with a button that selects its cell; cell markup is shown as text only', async () => {
  const plan = readPlanText(samplePlanText(), {});
  const mv = plan.movements[0];
  const xss = '<img src=x onerror=alert(1)>';
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG';
  ws.getRow(3).values = ['STT', 'Họ và tên', 'Đơn vị', 'Phong trào', 'Ngày nộp', 'Tiêu chí 1'];
  ws.getRow(4).values = [1, xss, 'Phòng Tổ chức', mv.id, '10/12/2023', 'x'];
  // An impossible received date: the row goes under review and the warning names E5.
  ws.getRow(5).values = [2, 'Nguyễn Văn Bình', 'Phòng Kế hoạch', mv.id, '31/02/2023', 'x'];
  await loadWorkbook(wb, 'canh-bao.xlsx');

  await readPlan(samplePlanText());
  await inspectActiveSheet();
  const warnings = page.getByTestId('warnings');
  await warnings.waitFor();
  const button = page.getByRole('button', { name: PANE_TEXT.list.goTo('Danh sách!E5') });
  await button.click();
  await waitUntil(async () => {
    const st = await hostState();
    return st.selection?.sheet === 'Danh sách' && st.selection.address === 'E5';
  });
  await shot('6-canh-bao');

  // Score so the name appears in the pane's warnings and the host's band, then check no markup ran.
  await openTab(PANE_TEXT.tabs.score);
  await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
  await page.getByTestId('score-result').waitFor();
  const paneHtml = await page.locator('#pane').innerHTML();
  expect(paneHtml).not.toMatch(/<img[^>]*src="?x/i);
  const hostImgs = await page.locator('#host img').count();
  expect(hostImgs).toBe(0);
  // The grid shows the cell literally.
  await page.locator('[data-sheet="Danh sách"][role="tab"]').click();
  await expect(page.locator('[data-cell="B4"]').innerText()).resolves.toBe(xss);
  expect(dialogs).toEqual([]);
});

test('the tabs work with the keyboard alone, with a visible focus ring', async () => {
  // Move focus into the pane: the first tab is the first focusable element on the page.
  await page.keyboard.press('Tab');
  const focusedRole = await page.evaluate(() => document.activeElement?.getAttribute('role'));
  expect(focusedRole).toBe('tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(PANE_TEXT.tabs.plan);
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const after = getComputedStyle(el, '::after');
    const st = getComputedStyle(el);
    return [st.outlineStyle, st.outlineWidth, after.borderStyle, after.borderWidth, st.boxShadow].join(' ');
  });
  expect(ring).toMatch(/solid|px .*rgb|inset/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  expect(await page.getByRole('tab', { name: PANE_TEXT.tabs.list, exact: true }).getAttribute('aria-selected')).toBe('true');
  await page.getByText(PANE_TEXT.list.intro).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  expect(await page.getByRole('tab', { name: PANE_TEXT.tabs.settings, exact: true }).getAttribute('aria-selected')).toBe('true');
  // Tab from the tab list reaches the first control of the settings panel (the Điều 148 switch).
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('role'))).toBe('switch');
  await page.keyboard.press('Space');
  expect(await page.getByRole('switch').isChecked()).toBe(true);
  await shot('7-ban-phim');
});
