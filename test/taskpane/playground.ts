// The playground the pane's step tests drive: built and served from a temporary folder, one page
// of it open in Debian's chromium with the pane ready, and every request that leaves the local
// server recorded (there must be none).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Server } from 'http';
import { chromium, type Browser, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlayground, serveDir } = require('../../scripts/playgroundServer.js');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface Playground {
  page: Page;
  /** Requests to anywhere but the local server (data: and blob: URLs are the page's own). */
  outside: string[];
  close(): Promise<void>;
}

export async function openPlayground(prefix: string, pageOptions: { acceptDownloads?: boolean } = {}): Promise<Playground> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  await buildPlayground(outDir, 'development');
  const { server, url: base } = (await serveDir(outDir, 0)) as { server: Server; url: string };
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, ...pageOptions });
  const outside: string[] = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  await page.goto(base);
  await page.waitForFunction(() => (window as unknown as { __bx?: { ready: boolean } }).__bx?.ready === true);
  await page.locator('[data-testid="pane-root"][data-ready="true"]').waitFor();
  return {
    page,
    outside,
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The fake workbook's sheet `name` as text cells. */
export async function sheetValues(page: Page, name: string): Promise<string[][]> {
  const st = await page.evaluate(() => (window as unknown as { __bx: { state: () => { sheets: { name: string; values: unknown[][] }[] } } }).__bx.state());
  const sh = st.sheets.find((s) => s.name === name);
  if (!sh) throw new Error(`no sheet ${name}`);
  return sh.values.map((r) => (r ?? []).map((v) => (v == null ? '' : String(v))));
}
