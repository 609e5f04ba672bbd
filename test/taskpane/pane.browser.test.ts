// Browser tests of the REAL task pane in the playground (strict fake Excel host), driven by
// playwright-core on Debian's chromium. Nothing may be fetched from outside the local server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { FORM_TEXT, KIND_LABEL } from '../../src/core/text';
import type { Plan } from '../../src/core/types';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { PANE_TEXT } from '../../src/core/text/taskpane';
import { readPlanText } from '../../src/plan';
import { PLAN_SHEET_NAME, planToGrid } from '../../src/workbook/planSheet';
import { SC, SCORING_SHEET_NAME } from '../../src/core/text/scoring';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlayground, serveDir } = require('../../scripts/playgroundServer.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require('../../scripts/chromium.js');

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test/screenshots');

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
  browser = await launchChromium();
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
  // The pane marks itself ready once its effects ran (Fluent's keyboard/focus listeners attached).
  await page.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
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

function rgbOf(css: string): number[] {
  const m = /rgba?\(([^)]*)\)/.exec(css);
  if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p[3] ?? 1];
}

/** WCAG 2 contrast ratio of two opaque sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
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

test('the pane is in the page before any script runs, and its script takes it over without drawing it again', async () => {
  // Scripts off: the tabs are there, laid out, as the page's HTML alone shows them.
  const bare = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
  try {
    const p = await bare.newPage();
    await p.goto(base);
    const tabs = p.locator('#pane [role="tab"]');
    expect(await tabs.count()).toBe(Object.keys(PANE_TEXT.tabs).length);
    expect(await tabs.first().textContent()).toBe(PANE_TEXT.tabs.plan);
    const box = await tabs.first().boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    // …saying it is connecting to Excel, with nothing to click yet (a click would do nothing).
    expect(await p.getByTestId('host-status').textContent()).toBe(PANE_TEXT.host.connecting);
    expect(await tabs.first().isDisabled()).toBe(true);
    expect(await p.getByRole('button', { name: PANE_TEXT.plan.read }).isDisabled()).toBe(true);
  } finally {
    await bare.close();
  }
  // Scripts on: the element the user saw before the script ran is the one that answers clicks
  // (hydrated, not replaced), and React reports no mismatch.
  const p = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  p.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(e.message));
  try {
    await p.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { firstMain: Element | null }).firstMain = document.querySelector('#pane main');
      });
    });
    await p.goto(base);
    await p.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
    expect(await p.evaluate(() => (window as unknown as { firstMain: Element | null }).firstMain !== null)).toBe(true);
    expect(await p.evaluate(() => document.querySelector('#pane main') === (window as unknown as { firstMain: Element | null }).firstMain)).toBe(true);
    await p.getByRole('tab', { name: PANE_TEXT.tabs.settings, exact: true }).click();
    await p.locator('#panel-settings').waitFor();
    expect(errors).toEqual([]);
    // Griffel took over the page's styles: no rule of the first screen was inserted a second time.
    const dup = await p.evaluate(() => {
      const seen = new Set<string>();
      const twice: string[] = [];
      for (const el of Array.from(document.querySelectorAll('style[data-make-styles-bucket]'))) {
        for (const r of Array.from((el as HTMLStyleElement).sheet?.cssRules ?? [])) {
          if (seen.has(r.cssText)) twice.push(r.cssText);
          seen.add(r.cssText);
        }
      }
      return { rules: seen.size, twice };
    });
    expect(dup.rules).toBeGreaterThan(100);
    expect(dup.twice).toEqual([]);
  } finally {
    await p.close();
  }
});

/** The playground's start-up hooks (playground/main.tsx). */
type StartupWindow = { __bxConnectOffice?: () => void; __bx?: { ready: boolean } };

/** Runs `use` on a page of the playground whose fake Office starts as `query` says (playground/main.tsx). */
async function withStartupPage(query: string, use: (p: Page) => Promise<void>): Promise<void> {
  const p = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  p.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  try {
    await p.goto(`${base}?${query}`);
    await use(p);
  } finally {
    await p.close();
  }
}

/** What a user sees of the pane's link to Excel: the notice, and whether the steps can be used. */
async function startupState(p: Page) {
  const notice = p.getByTestId('host-status');
  return {
    notice: (await notice.count()) ? await notice.textContent() : null,
    tabsDisabled: await p.getByRole('tab', { name: PANE_TEXT.tabs.plan, exact: true }).isDisabled(),
    readDisabled: await p.getByRole('button', { name: PANE_TEXT.plan.read }).isDisabled(),
    textDisabled: await p.getByTestId('plan-text').isDisabled(),
  };
}

const DISABLED = { tabsDisabled: true, readDisabled: true, textDisabled: true };

test('until Excel answers, the pane says it is connecting and nothing can be clicked; then every button works', async () => {
  await withStartupPage('office=late', async (p) => {
    // The script has run (the fake host is there) and the pane is still waiting for Office.onReady.
    await p.waitForFunction(() => typeof (window as StartupWindow).__bxConnectOffice === 'function');
    await p.waitForFunction(() => (window as StartupWindow).__bx?.ready === true);
    expect(await startupState(p)).toEqual({ notice: PANE_TEXT.host.connecting, ...DISABLED });
    fs.mkdirSync(SHOTS, { recursive: true });
    await p.locator('#pane').screenshot({ path: path.join(SHOTS, '0-dang-ket-noi.png') });
    await p.evaluate(() => (window as StartupWindow).__bxConnectOffice!());
    await p.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
    expect(await startupState(p)).toEqual({ notice: null, tabsDisabled: false, readDisabled: false, textDisabled: false });
    await p.getByTestId('plan-text').fill(samplePlanText());
    await p.getByRole('button', { name: PANE_TEXT.plan.read }).click();
    await p.getByTestId('plan-view').waitFor();
  });
});

test('when Excel does not answer in time the pane says so, and still comes alive if it answers later', async () => {
  await withStartupPage('office=late&officeAnswerMs=300', async (p) => {
    await p.locator('[data-testid="pane-root"][data-host="noAnswer"]').waitFor();
    expect(await startupState(p)).toEqual({ notice: PANE_TEXT.host.noAnswer, ...DISABLED });
    await p.evaluate(() => (window as StartupWindow).__bxConnectOffice!());
    await p.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
    expect((await startupState(p)).notice).toBeNull();
  });
});

test('without office.js the pane says in Vietnamese why it cannot work, and offers nothing to click', async () => {
  await withStartupPage('office=none', async (p) => {
    await p.locator('[data-testid="pane-root"][data-host="noOffice"]').waitFor();
    expect(await startupState(p)).toEqual({ notice: PANE_TEXT.host.noOffice, ...DISABLED });
  });
});

test("the add-in's own taskpane.html, with Microsoft's CDN unreachable, shows the pane and says office.js did not load", async () => {
  // npm test builds dist/web (npm run build) before Jest runs.
  const web = path.join(ROOT, 'dist/web');
  expect(fs.existsSync(path.join(web, 'taskpane.html'))).toBe(true);
  const served = await serveDir(web, 0);
  const p = await browser.newPage({ viewport: { width: 400, height: 900 } });
  const cdn: string[] = [];
  try {
    // Offline: every request off the local server fails, office.js's among them.
    await p.route('**/*', (route) => {
      if (route.request().url().startsWith(served.url)) return route.continue();
      cdn.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await p.goto(served.url + 'taskpane.html');
    await p.locator('[data-testid="pane-root"][data-host="noOffice"]').waitFor();
    expect(cdn.some((u) => /appsforoffice\.microsoft\.com\/.*office\.js$/.test(u))).toBe(true);
    expect(await startupState(p)).toEqual({ notice: PANE_TEXT.host.noOffice, ...DISABLED });
  } finally {
    await p.close();
    await new Promise<void>((r) => served.server.close(() => r()));
  }
});

test('a step whose code is still loading says so in Vietnamese, then works once it has arrived', async () => {
  // The "Danh sách" step's chunk is held back (as on a slow connection) until the pane has shown its
  // loading line; the idle preload waits on the same request.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await withStartupPage('', async (p) => {
    await p.route(/list-tab\.chunk\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await p.reload();
    await p.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
    await p.waitForFunction(() => (window as StartupWindow).__bx?.ready === true);
    await p.getByTestId('plan-text').fill(samplePlanText());
    await p.getByRole('button', { name: PANE_TEXT.plan.read }).click();
    await p.getByTestId('plan-view').waitFor();
    await p.getByRole('tab', { name: PANE_TEXT.tabs.list, exact: true }).click();
    expect(await p.getByTestId('tab-loading').textContent()).toBe(PANE_TEXT.loadingTab);
    release();
    await p.getByText(PANE_TEXT.list.intro).waitFor();
    expect(await p.getByTestId('tab-loading').count()).toBe(0);
    // The step works: it lists the workbook's sheets and reads the plan's list on the active one.
    await p.waitForFunction(() => (document.querySelector('[data-testid="sheet-select"]') as HTMLSelectElement | null)?.value);
    await p.getByRole('button', { name: PANE_TEXT.list.inspect }).click();
    await p.getByTestId('inspection').waitFor();
  });
});

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

  const paneRows = await page.locator('[data-testid="score-table"] tr[data-movement]').evaluateAll((trs) =>
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
  // Regenerating is a second run over the band the first one wrote: it must not be refused.
  await waitUntil(async () => (await page.getByRole('button', { name: PANE_TEXT.report.regenerate }).isEnabled()));
  expect(await page.getByTestId('run-error').count()).toBe(0);
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
  // Fluent v9 draws focus only once its keyboard detector (keyborg) has seen the key and marked the
  // focused element with data-fui-focus-visible; that happens in an event handler, so wait for it.
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-fui-focus-visible') === true, undefined, { timeout: 10_000 });
  const ring = await page.evaluate(() => {
    const st = getComputedStyle(document.activeElement as HTMLElement);
    return { outline: [st.outlineStyle, st.outlineWidth, st.outlineColor], boxShadow: st.boxShadow };
  });
  // A visible indicator: a solid outline of 2px or more, or a box-shadow ring spreading 2px or more,
  // in an opaque colour that stands out (≥ 3:1, WCAG 1.4.11) against the pane's white background.
  const rings: { color: number[]; width: number }[] = [];
  if (ring.outline[0] === 'solid') rings.push({ color: rgbOf(ring.outline[2]), width: parseFloat(ring.outline[1]) });
  for (const m of ring.boxShadow.matchAll(/(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(?!\s*inset)/g)) {
    rings.push({ color: rgbOf(m[1]), width: parseFloat(m[5]) });
  }
  const visible = rings.filter((r) => r.width >= 2 && (r.color[3] ?? 1) === 1 && contrast(r.color, [255, 255, 255]) >= 3);
  expect({ ring, visible: visible.length > 0 }).toEqual({ ring, visible: true });
  // Past "Gộp" to "Danh sách".
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  expect(await page.getByRole('tab', { name: PANE_TEXT.tabs.list, exact: true }).getAttribute('aria-selected')).toBe('true');
  await page.getByText(PANE_TEXT.list.intro).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  expect(await page.getByRole('tab', { name: PANE_TEXT.tabs.settings, exact: true }).getAttribute('aria-selected')).toBe('true');
  // Tab from the tab list reaches the first control of the settings panel (the Điều 148 switch), once
  // the step is shown (its code loads apart from the first screen's).
  await page.getByTestId('shift-switch').waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('role'))).toBe('switch');
  await page.keyboard.press('Space');
  expect(await page.getByTestId('shift-switch').isChecked()).toBe(true);
  await shot('7-ban-phim');
});

/**
 * Every visible text in the pane against the background it is drawn on: the nearest ancestor with a
 * background colour, blended over those below it when translucent, white at the page. Disabled
 * controls are exempt (WCAG 1.4.3). Returns the texts under 4.5:1 with their colours.
 */
async function lowContrastTexts(): Promise<{ text: string; ratio: number; color: string; background: string }[]> {
  // The colours as they settle, not halfway through a button's colour transition after a click.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const found = await page.locator('#pane').evaluate((pane) => {
    const parse = (css: string): number[] | null => {
      const m = /rgba?\(([^)]*)\)/.exec(css);
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p[3] ?? 1];
    };
    const over = (top: number[], under: number[]) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
    };
    const backgroundOf = (el: Element | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) break;
        }
      }
      let bg = [255, 255, 255, 1];
      for (const l of layers.reverse()) bg = over(l, bg);
      return bg;
    };
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const out: { text: string; ratio: number; color: string; background: string; checked: number }[] = [];
    let checked = 0;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue;
      seen.add(el);
      const st = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (st.visibility !== 'visible' || rect.width === 0 || rect.height === 0) continue;
      if (el.closest('[disabled], [aria-disabled="true"]')) continue;
      let hidden = false;
      for (let e: Element | null = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) === 0) hidden = true;
      if (hidden) continue;
      const bg = backgroundOf(el);
      const fg0 = parse(st.color);
      if (!fg0) continue;
      const fg = over(fg0, bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      checked++;
      if (ratio < 4.5) out.push({ text: (n.textContent ?? '').trim().slice(0, 60), ratio: Math.round(ratio * 100) / 100, color: st.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`, checked: 0 });
    }
    return { out, checked };
  });
  // A check that looked at nothing would pass vacuously.
  expect(found.checked).toBeGreaterThan(5);
  return found.out.map(({ checked: _c, ...rest }) => rest);
}

test('every text in the pane has a contrast of at least 4.5:1 against its background', async () => {
  const failures: Record<string, unknown[]> = {};
  const check = async (where: string) => {
    const low = await lowContrastTexts();
    if (low.length) failures[where] = low;
  };
  await check('plan (empty)');
  await readPlan(samplePlanText());
  // Show the criteria lists and a deadline with its day-off note too.
  await page.locator('[data-testid="plan-view"] section').first().getByRole('button', { name: /Tiêu chuẩn/ }).click();
  await check('plan (read)');
  await inspectActiveSheet();
  await check('list');
  await openTab(PANE_TEXT.tabs.score);
  await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
  await page.getByTestId('score-result').waitFor();
  await check('score');
  await openTab(PANE_TEXT.tabs.report);
  await check('report');
  await openTab(PANE_TEXT.tabs.settings);
  await page.getByTestId('holiday-date').fill('02/09/2024');
  await page.getByRole('button', { name: PANE_TEXT.settings.add }).click();
  await page.getByTestId('holiday-list').waitFor();
  await check('settings');
  expect(failures).toEqual({});
});

test('plan step: weekday and day-off note on a deadline; an edited quota is saved to "Kế hoạch" and read back', async () => {
  await readPlan(samplePlanText());
  const card = page.locator('[data-testid="plan-view"] section').first();
  const idBase = await card.getAttribute('data-testid');
  // A deadline on a Sunday: the pane names the weekday and says the day is a day off.
  await page.getByTestId(`${idBase}-phrase`).fill('chậm nhất ngày 15/12/2024');
  await card.getByRole('button', { name: PANE_TEXT.plan.deadlineApply }).click();
  await card.getByText(PANE_TEXT.plan.lastOnTimeLine('Chủ nhật', '15/12/2024')).waitFor();
  await expect(card.getByText(`(${PANE_TEXT.plan.dayOff}: Chủ nhật)`).count()).resolves.toBe(1);
  // Criteria are listed on demand.
  await card.getByRole('button', { name: /Tiêu chuẩn/ }).click();
  expect(await card.locator('ol li').count()).toBeGreaterThan(0);

  const quota = page.getByTestId(`${idBase}-quota-collective`);
  await quota.fill('7');
  await page.getByRole('button', { name: PANE_TEXT.plan.save }).click();
  await page.getByText(PANE_TEXT.plan.saved).waitFor();
  const sheet = await sheetValues(PLAN_SHEET_NAME);
  expect(sheet).not.toBeNull();
  expect(sheet!.some((r) => r.includes('15/12/2024') || r.includes('2024-12-15'))).toBe(true);

  // An unsaved change is replaced by what the sheet holds.
  await quota.fill('9');
  await page.getByRole('button', { name: PANE_TEXT.plan.loadFromSheet }).click();
  await page.getByText(PANE_TEXT.plan.loaded).waitFor();
  await expect(page.getByTestId(`${idBase}-quota-collective`).inputValue()).resolves.toBe('7');
  await page.locator(`[data-testid="${idBase}"]`).getByText(PANE_TEXT.plan.lastOnTimeLine('Chủ nhật', '15/12/2024')).waitFor();
  expect(await page.getByTestId('plan-error').count()).toBe(0);
});

test('settings change the outcome: with the day-off shift on, a dossier received the Monday after a Sunday deadline is on time', async () => {
  const plan = readPlanText(samplePlanText(), {});
  const mv = plan.movements[0];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getRow(1).values = ['STT', 'Họ và tên', 'Đơn vị', 'Phong trào', 'Ngày nộp', 'Tỷ lệ phiếu'];
  ws.getRow(2).values = [1, 'Nguyễn Văn An', 'Phòng Tổ chức', mv.id, '16/12/2024', '90%'];
  ws.getRow(3).values = [2, 'Trần Thị Bích', 'Phòng Kế hoạch', mv.id, '13/12/2024', '70%'];
  await loadWorkbook(wb, 'doi-han.xlsx');

  await readPlan(samplePlanText());
  const card = page.locator('[data-testid="plan-view"] section').first();
  const idBase = await card.getAttribute('data-testid');
  await page.getByTestId(`${idBase}-phrase`).fill('chậm nhất ngày 15/12/2024');
  await card.getByRole('button', { name: PANE_TEXT.plan.deadlineApply }).click();
  await card.getByText(PANE_TEXT.plan.lastOnTimeLine('Chủ nhật', '15/12/2024')).waitFor();
  await inspectActiveSheet();

  const lateCount = async () => {
    await openTab(PANE_TEXT.tabs.score);
    await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
    await page.getByTestId('score-result').waitFor();
    await waitUntil(async () => page.getByRole('button', { name: PANE_TEXT.score.run }).isEnabled());
    expect(await page.getByTestId('run-error').count()).toBe(0);
    const row = page.locator(`[data-testid="score-table"] tr[data-movement="${mv.id}"][data-kind="individual"]`);
    return Number(await row.locator('[data-col="late"]').innerText());
  };
  const ineligibleCount = async () =>
    Number(await page.locator(`[data-testid="score-table"] tr[data-movement="${mv.id}"][data-kind="individual"] [data-col="ineligible"]`).innerText());
  expect(await lateCount()).toBe(1);
  const ineligibleBefore = await ineligibleCount();

  await openTab(PANE_TEXT.tabs.settings);
  await page.getByTestId('shift-switch').check();
  expect(await lateCount()).toBe(0);

  // The user's calendar edit declares that Sunday a working day: nothing to shift, Monday is late again.
  await openTab(PANE_TEXT.tabs.settings);
  await page.getByTestId('holiday-date').fill('15/12/2024');
  await page.getByLabel(PANE_TEXT.settings.holidayType).selectOption('work');
  await page.getByRole('button', { name: PANE_TEXT.settings.add }).click();
  await page.getByTestId('holiday-list').waitFor();
  expect(await lateCount()).toBe(1);

  // A vote threshold of 80 %: Bích (70 %, on time) no longer qualifies.
  await openTab(PANE_TEXT.tabs.settings);
  await page.getByLabel(PANE_TEXT.settings.voteThreshold).fill('80');
  await lateCount();
  expect(await ineligibleCount()).toBe(ineligibleBefore + 1);
});

test('Báo cáo: "Tạo phiếu chấm điểm" needs a rubric and adds the blank scoring sheet with the rubric\'s maxima', async () => {
  // The bundled sample has no rubric: the button is there but disabled.
  await readPlan(samplePlanText());
  await openTab(PANE_TEXT.tabs.report);
  const button = page.getByRole('button', { name: PANE_TEXT.report.scoringSheet });
  expect(await button.isDisabled()).toBe(true);

  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/genre/ke-hoach-cham-diem.txt'), 'utf8');
  const plan = readPlanText(text, {});
  expect(plan.rubric?.items.length).toBeGreaterThan(0);
  await openTab(PANE_TEXT.tabs.plan);
  await readPlan(text);
  await openTab(PANE_TEXT.tabs.report);
  await button.click();
  await page.getByTestId('scoring-done').waitFor();
  const st = await hostState();
  const sheet = st.sheets.find((x) => x.name === SCORING_SHEET_NAME);
  expect(sheet).toBeDefined();
  expect(st.active).toBe(SCORING_SHEET_NAME);
  const cells = sheet!.values.flat().map((v) => (v == null ? '' : String(v)));
  plan.rubric!.items.forEach((item, i) => expect(cells).toContain(SC.headers.criterion(i + 1, item.maxPoints)));

  // A second click never replaces the first sheet (a unit may have filled it in).
  await button.click();
  await waitUntil(async () => (await hostState()).sheets.some((x) => x.name === `${SCORING_SHEET_NAME} (2)`));
  expect(await page.getByTestId('run-error').count()).toBe(0);
});

test('settings: the award forms\' conditions are listed with their sources; only the confirmed national one is on until turned on', async () => {
  await openTab(PANE_TEXT.tabs.settings);
  const list = page.getByTestId('form-rules');
  await list.waitFor();
  const article74 = list.getByRole('switch', { name: /^Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 02 lần liên tục CSTĐCS/ });
  expect(await article74.isChecked()).toBe(true);
  await list.getByText(/Nguồn: Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 74 khoản 1 điểm d \(đã xác nhận\)\./).waitFor();
  const cstd = list.getByRole('switch', { name: /^Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh: 03 lần liên tục/ });
  expect(await cstd.isChecked()).toBe(false);
  await cstd.check();
  expect(await cstd.isChecked()).toBe(true);
});

test('award forms: quotas per form typed on "Kế hoạch" are read back, and the results list each form with its count', async () => {
  // The sample plan, with the quota of its first movement split by form as a secretary types it.
  const plan = readPlanText(samplePlanText(), {});
  const mv = plan.movements[0];
  const forms: Plan = {
    ...plan,
    movements: plan.movements.map((m, k) =>
      k === 0
        ? { ...m, formQuotas: [{ form: 'Giấy khen của Giám đốc Sở', quota: { collective: 2, individual: 2, either: null, percent: null }, quotaNote: null }, { form: 'Bằng khen của UBND tỉnh', quota: { collective: 0, individual: 1, either: null, percent: null }, quotaNote: null }] }
        : m,
    ),
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getRow(1).values = ['STT', 'Họ và tên', 'Đơn vị', 'Phong trào', 'Hình thức khen thưởng đề nghị', 'Ngày nộp', 'Tỷ lệ phiếu'];
  ws.getRow(2).values = [1, 'Nguyễn Văn An', 'Phòng Tổ chức', mv.id, 'Bằng khen UBND tỉnh', '01/11/2024', '95%'];
  ws.getRow(3).values = [2, 'Trần Thị Bích', 'Phòng Kế hoạch', mv.id, 'Bằng khen UBND tỉnh', '01/11/2024', '90%'];
  ws.getRow(4).values = [3, 'Lê Văn Cường', 'Phòng Kế hoạch', mv.id, 'Giấy khen', '01/11/2024', '90%'];
  const ps = wb.addWorksheet(PLAN_SHEET_NAME);
  planToGrid(forms).forEach((r, i) => (ps.getRow(i + 1).values = r as ExcelJS.CellValue[]));
  await loadWorkbook(wb, 'hinh-thuc.xlsx');

  await page.getByRole('button', { name: PANE_TEXT.plan.loadFromSheet }).click();
  await page.getByText(PANE_TEXT.plan.loaded).waitFor();
  await inspectActiveSheet();
  const fields = await page.locator('[data-testid^="map-"]').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  expect(fields).toContain('form');

  await openTab(PANE_TEXT.tabs.score);
  await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
  await page.getByTestId('score-result').waitFor();
  expect(await page.getByTestId('run-error').count()).toBe(0);
  const formRow = (f: string) => page.locator(`[data-testid="score-table"] tr[data-form-movement="${mv.id}"][data-form="${f}"][data-kind="individual"] [data-col="proposed"]`);
  // Bằng khen: two nominees for one place; Giấy khen: one for two.
  expect(await formRow('Bằng khen của UBND tỉnh').innerText()).toBe('1/1');
  expect(await formRow('Giấy khen của Giám đốc Sở').innerText()).toBe('1/2');
  await shot('6-hinh-thuc');

  // The summary sheet's section V says the same.
  const summary = await sheetValues(OWNED_SHEETS.summary);
  const v = summary!.findIndex((r) => r[0] === FORM_TEXT.summaryTitle);
  expect(v).toBeGreaterThan(0);
  expect(summary!.slice(v + 2).map((r) => [r[1], r[2], r[9], r[10]])).toEqual(
    expect.arrayContaining([
      ['Bằng khen của UBND tỉnh', KIND_LABEL.individual, '1', '1'],
      ['Giấy khen của Giám đốc Sở', KIND_LABEL.individual, '1', '2'],
    ]),
  );
});

test('award history: the settings\' switch reaches the run, and "Ghi kết quả năm nay vào lịch sử" appends once', async () => {
  const LD = 'Trung tâm Y tế huyện Long Điền';
  const plan: Plan = {
    title: 'Kế hoạch thi đua năm 2025', issuer: 'Sở Y tế', year: 2025, period: { from: null, to: null }, deadlines: [], allocations: [], rubric: null, grades: [],
    movements: [{ id: '1', name: 'Thi đua năm 2025', quota: { collective: 5, individual: 10, either: null, percent: null }, quotaNote: null, criteria: { collective: [], individual: [] }, deadlines: [] }],
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getRow(1).values = ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Ngày nộp', 'Tỷ lệ phiếu'];
  ws.getRow(2).values = [1, 'Phạm Văn Đức', LD, 'Chiến sĩ thi đua cấp tỉnh', '01/12/2025', '95%'];
  ws.getRow(3).values = [2, 'Lê Thị Hoa', LD, 'Chiến sĩ thi đua cấp tỉnh', '01/12/2025', '92%'];
  const hs = wb.addWorksheet('Lịch sử khen thưởng');
  hs.getRow(1).values = ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định'];
  // Đức: CSTĐCS 2021, 2023, 2024 (not 2022); Hoa: 2022–2024.
  [[1, 'Phạm Văn Đức', LD, 2021, 'Chiến sĩ thi đua cơ sở', '120/QĐ-SYT'], [2, 'Phạm Văn Đức', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT'], [3, 'Phạm Văn Đức', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT'],
    [4, 'Lê Thị Hoa', LD, 2022, 'Chiến sĩ thi đua cơ sở', '75/QĐ-SYT'], [5, 'Lê Thị Hoa', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT'], [6, 'Lê Thị Hoa', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT']]
    .forEach((r, i) => (hs.getRow(i + 2).values = r));
  const ps = wb.addWorksheet(PLAN_SHEET_NAME);
  planToGrid(plan).forEach((r, i) => (ps.getRow(i + 1).values = r as ExcelJS.CellValue[]));
  await loadWorkbook(wb, 'lich-su.xlsx');
  await page.getByRole('button', { name: PANE_TEXT.plan.loadFromSheet }).click();
  await page.getByText(PANE_TEXT.plan.loaded).waitFor();
  await inspectActiveSheet();

  const ineligible = async () => {
    await openTab(PANE_TEXT.tabs.score);
    await page.getByRole('button', { name: PANE_TEXT.score.run }).click();
    await page.getByTestId('score-result').waitFor();
    return page.locator('[data-testid="score-table"] tr[data-movement="1"][data-kind="individual"] [data-col="ineligible"]').innerText();
  };
  // "03 lần liên tục CSTĐCS" is from a secondary source: off until the secretary turns it on.
  expect(await ineligible()).toBe('0');
  await openTab(PANE_TEXT.tabs.settings);
  await page.getByTestId('form-rules').getByRole('switch', { name: /^Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh: 03 lần liên tục/ }).check();
  expect(await ineligible()).toBe('1');

  await openTab(PANE_TEXT.tabs.report);
  const button = page.getByRole('button', { name: PANE_TEXT.report.historyAppend });
  await button.click();
  await page.getByTestId('history-done').getByText(/Đã ghi 1 dòng/).waitFor();
  const rows = (await sheetValues('Lịch sử khen thưởng'))!;
  expect(rows.slice(7).map((r) => r.slice(1, 5))).toEqual([['Lê Thị Hoa', LD, '2025', 'Chiến sĩ thi đua cấp tỉnh']]);
  await button.click();
  await page.getByTestId('history-done').getByText(/Không có dòng mới/).waitFor();
  expect((await sheetValues('Lịch sử khen thưởng'))!).toHaveLength(8);
  await shot('7-lich-su');
});
