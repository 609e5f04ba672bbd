// The task pane's first screen, rendered at build time for the page templates (taskpane.html and
// the playground's index.html): src/taskpane/prerender.tsx is compiled for Node with
// tsconfig.prerender.json into dist/prerender, then run in a child process (so it works the same
// under webpack, the CLI and Jest), which prints the HTML and styles as JSON. One-shot builds only:
// a dev server would serve a screen older than the code it hydrates with.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist/prerender/taskpane/prerender.js');
// Bounds for the two child processes, so a stuck build fails with its error instead of hanging.
const COMPILE_TIMEOUT_MS = 5 * 60_000;
const RENDER_TIMEOUT_MS = 2 * 60_000;
const cached = new Map();

/**
 * @param {'production' | 'development'} mode the bundle's: Griffel's class names differ between the
 *   two, and the markup must be what the bundle's first render makes.
 * @returns {{ html: string, styles: string }}
 */
function prerenderedPane(mode) {
  if (cached.has(mode)) return cached.get(mode);
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.prerender.json')], { cwd: ROOT, stdio: 'inherit', timeout: COMPILE_TIMEOUT_MS });
  // Fluent's context selector requires `scheduler`, a peer dependency that .npmrc leaves out, so the
  // only copy is react-dom's own (webpack.config.js aliases it the same way).
  const reactDom = path.dirname(require.resolve('react-dom/package.json', { paths: [ROOT] }));
  const nodePath = [path.join(reactDom, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  const json = execFileSync(process.execPath, [__filename, '--render'], {
    cwd: ROOT,
    env: { ...process.env, NODE_PATH: nodePath, NODE_ENV: mode === 'production' ? 'production' : 'development' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: RENDER_TIMEOUT_MS,
  });
  const pane = JSON.parse(json.toString('utf8'));
  cached.set(mode, pane);
  return pane;
}

if (require.main === module && process.argv.includes('--render')) {
  const { prerenderPane } = require(OUT);
  process.stdout.write(JSON.stringify(prerenderPane()));
}

/**
 * The page templates' parameters (taskpane.html, the playground's index.html): the pane's markup for
 * its element and its styles for the head; empty when not pre-rendering (a dev server).
 * @param {'production' | 'development'} mode
 * @param {boolean} [prerender]
 */
function paneTemplateParameters(mode, prerender = true) {
  if (!prerender) return { paneHtml: '', paneStyles: '' };
  const p = prerenderedPane(mode);
  return { paneHtml: p.html, paneStyles: p.styles };
}

module.exports = { prerenderedPane, paneTemplateParameters };
