// The playground page (the real task pane over the strict fake Excel host) in Debian's chromium,
// for a browser test: built once, served locally, any request outside the server recorded.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Server } from 'http';
import { chromium, type Browser, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlayground, serveDir } = require('../../../scripts/playgroundServer.js');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface Playground {
  page: Page;
  /** URLs requested outside the local server (must stay empty). */
  outside: string[];
  close: () => Promise<void>;
}

/** The playground built and served, the page opened at `search` ("?mau=lich-su": the second sample). */
export async function openPlayground(search = ''): Promise<Playground> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-playground-facts-'));
  await buildPlayground(outDir, 'development');
  const { server, url: base } = (await serveDir(outDir, 0)) as { server: Server; url: string };
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const outside: string[] = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  await page.goto(base + search);
  await page.waitForFunction(() => (window as unknown as { __bx?: { ready: boolean } }).__bx?.ready === true);
  await page.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
  return {
    page,
    outside,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The fake workbook's sheet `name` as text cells, or null when there is none. */
export async function sheetValues(page: Page, name: string): Promise<string[][] | null> {
  const st = await page.evaluate(() => (window as unknown as { __bx: { state: () => { sheets: { name: string; values: unknown[][] }[] } } }).__bx.state());
  const sh = st.sheets.find((s) => s.name === name);
  return sh ? sh.values.map((r) => (r ?? []).map((v) => (v == null ? '' : String(v)))) : null;
}
