'use strict';
// First render of the task pane in the playground against an empty page's load, in the same
// headless Debian chromium run (issue 7: first render ≤ 2 × the empty page's load).
//   emptyPageMs   navigation start → load event of a local empty HTML page
//   firstRenderMs navigation start → the pane's first tab laid out and painted (the frame after it
//                 appears in the DOM with a non-zero box), playground built in production mode.
//                 The pane is pre-rendered into the page at build time (scripts/prerender.js), so
//                 this is when the user sees it, before its script has run.
//   interactiveMs navigation start → the pane answers input: hydrated, connected to the (fake)
//                 host, its effects run (the pane root's data-ready), reported beside the target
//   oneTabMs      the same probe on a page holding nothing but one tab's word: what any page that
//                 shows text pays and an empty page's load event does not (a frame, the first text
//                 layout, the probe). Reported beside the target, as the floor a pane can approach.
// All are served by the same 127.0.0.1 server; each load uses a fresh browser context (no cache),
// the pages take turns so background load hits them alike, and each figure is the median. The
// ratios are the median of each turn's own ratio (a page and the empty page loaded one after the
// other): on a shared machine the load drifts between turns, and a ratio of two medians taken at
// different moments moved between 1.1× and 2.7× for the same build, where the turn-by-turn ratios
// hold still.
// Without chromium it measures nothing and says why ({ skipped }); every wait is bounded.
// Usage: `node bench/pane.js [--runs N]`, or require('./bench/pane.js').measurePane({ runs }).
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const { chromiumMissing, launchChromium } = require(path.join(ROOT, 'scripts/chromium.js'));
/** The longest one page may take to show the pane (a working one takes well under a second). */
const PAGE_TIMEOUT_MS = 30_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Runs in the page before its own scripts: records when the first tab is visible. A mutation
// observer sees the tab enter the DOM; the next animation frame is when it is painted. It says so
// on the console once the time is taken, so the bench waits without running anything in the page
// while it loads (see load() below).
const FIRST_TAB_PROBE = `(() => {
  window.__firstTab = null;
  window.__interactive = null;
  const ready = new MutationObserver(() => {
    if (window.__interactive !== null || !document.querySelector('[data-testid="pane-root"][data-ready="true"]')) return;
    ready.disconnect();
    window.__interactive = performance.now();
    console.debug('bx-bench:interactive');
  });
  ready.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  const visible = () => {
    const t = document.querySelector('#pane [role="tab"]');
    if (!t) return false;
    const r = t.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(t).visibility === 'visible';
  };
  const mo = new MutationObserver(() => {
    if (window.__firstTab !== null || !visible()) return;
    mo.disconnect();
    requestAnimationFrame(() => {
      window.__firstTab = performance.now();
      console.debug('bx-bench:first-tab');
    });
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

const EMPTY_HTML = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>trống</title></head><body></body></html>';
const ONE_TAB_HTML =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>một thẻ</title></head><body><div id="pane"><div role="tab">Kế hoạch</div></div></body></html>';

/**
 * @param {{ runs?: number, build?: boolean }} [opts] runs ≥ 5 (default 7); build: false reuses an existing
 *   production build in dist/playground-bench.
 * @returns {Promise<{ skipped: string } | { firstRenderMs: number, emptyPageMs: number, ratio: number,
 *   interactiveMs: number, oneTabMs: number, oneTabRatio: number, runs: number, firstRenderAll: number[],
 *   emptyPageAll: number[], oneTabAll: number[] }>}
 */
async function measurePane(opts = {}) {
  const missing = chromiumMissing();
  if (missing) return { skipped: missing };
  const runs = Math.max(5, opts.runs || 7);
  const { buildPlayground, serveDir } = require(path.join(ROOT, 'scripts/playgroundServer.js'));
  const outDir = opts.build === false ? path.join(ROOT, 'dist/playground-bench') : fs.mkdtempSync(path.join(os.tmpdir(), 'bx-pane-bench-'));
  if (opts.build !== false) await buildPlayground(outDir, 'production');
  fs.writeFileSync(path.join(outDir, 'empty.html'), EMPTY_HTML);
  fs.writeFileSync(path.join(outDir, 'one-tab.html'), ONE_TAB_HTML);
  const { server, url } = await serveDir(outDir, 0);
  let browser = null;
  /** kind: 'empty' (load event), 'pane' (first tab painted, and interactive), 'tab' (first tab painted). */
  const load = async (target, kind) => {
    const probe = kind !== 'empty';
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    try {
      // Only the local server: anything else would make the number meaningless.
      await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
      if (!probe) {
        await page.goto(url + target, { waitUntil: 'load' });
        return await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
      }
      await page.addInitScript(FIRST_TAB_PROBE);
      // The probe's console messages, not page.waitForFunction: that one evaluates Playwright's own
      // injected script (about 330 KB) in the page as soon as it is called, i.e. while the page was
      // still loading, and its 6–8 ms of compiling landed before the first frame of the pages probed,
      // never in the empty page's load. Console messages reach the bench without touching the page.
      const pane = kind === 'pane';
      const said = (text) => page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: PAGE_TIMEOUT_MS });
      const shown = Promise.all([said('bx-bench:first-tab'), pane ? said('bx-bench:interactive') : null]);
      await page.goto(url + target, { waitUntil: 'commit' });
      await shown;
      const [firstTab, interactive] = await page.evaluate(() => [window.__firstTab, window.__interactive]);
      if (pane) interactiveAll.push(interactive);
      return firstTab;
    } finally {
      await context.close();
    }
  };
  const empty = [];
  const first = [];
  const oneTab = [];
  const interactiveAll = [];
  try {
    browser = await launchChromium();
    // One warm-up of each (chromium's own start-up, the OS file cache), not counted.
    await load('empty.html', 'empty');
    await load('index.html', 'pane');
    await load('one-tab.html', 'tab');
    interactiveAll.length = 0;
    for (let i = 0; i < runs; i++) {
      empty.push(await load('empty.html', 'empty'));
      first.push(await load('index.html', 'pane'));
      oneTab.push(await load('one-tab.html', 'tab'));
    }
  } finally {
    // Closed whatever happened above: an open server or browser would keep the bench from ending.
    await browser?.close();
    await new Promise((r) => server.close(() => r()));
    if (opts.build !== false) fs.rmSync(outDir, { recursive: true, force: true });
  }
  const round = (x) => Math.round(x * 10) / 10;
  const ratioOf = (xs) => Math.round(median(xs.map((x, i) => x / empty[i])) * 100) / 100;
  return {
    firstRenderMs: round(median(first)),
    emptyPageMs: round(median(empty)),
    ratio: ratioOf(first),
    interactiveMs: round(median(interactiveAll)),
    oneTabMs: round(median(oneTab)),
    oneTabRatio: ratioOf(oneTab),
    runs,
    firstRenderAll: first.map(round),
    emptyPageAll: empty.map(round),
    oneTabAll: oneTab.map(round),
  };
}

module.exports = { measurePane };

if (require.main === module) {
  const i = process.argv.indexOf('--runs');
  measurePane({ runs: i >= 0 ? Number(process.argv[i + 1]) : undefined })
    .then((r) => {
      if (r.skipped) {
        process.stdout.write(`first render not measured: ${r.skipped}\n`);
        return;
      }
      process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      process.stdout.write(
        `first render ${r.firstRenderMs} ms, empty page ${r.emptyPageMs} ms, ratio ${r.ratio} (target ≤ 2); interactive ${r.interactiveMs} ms; ` +
          `a page of one tab ${r.oneTabMs} ms (${r.oneTabRatio}×)\n`,
      );
    })
    .catch((e) => {
      process.stderr.write(String((e && e.stack) || e) + '\n');
      process.exit(1);
    });
}
