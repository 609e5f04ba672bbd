// The production taskpane.html carries the pane's first screen (scripts/prerender.js), so Office
// shows the pane before its scripts have run. Its styles must be byte for byte what Griffel wrote:
// the client rehydrates its style cache from them, and a rule it does not recognise is inserted
// again later in the cascade (where it can win over a later rule). npm test builds dist/web first.
import * as fs from 'fs';
import * as path from 'path';
import { PANE_TEXT } from '../../src/core/text/taskpane';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prerenderedPane } = require('../../scripts/prerender.js');

const ROOT = path.join(__dirname, '..', '..');
const HTML = path.join(ROOT, 'dist', 'web', 'taskpane.html');

jest.setTimeout(120_000);

test('taskpane.html shows the pane without its scripts, with the styles exactly as Griffel wrote them', () => {
  expect(fs.existsSync(HTML)).toBe(true);
  const html = fs.readFileSync(HTML, 'utf8');
  const pane: { html: string; styles: string } = prerenderedPane('production');
  // The five tabs, in the pane's root element.
  const root = /<div id="?root"?>([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';
  for (const t of Object.values(PANE_TEXT.tabs)) expect(root).toContain(`>${t}<`);
  const buckets = (s: string) => [...s.matchAll(/<style[^>]*data-make-styles-bucket[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  expect(buckets(pane.styles).length).toBeGreaterThan(0);
  expect(buckets(html)).toEqual(buckets(pane.styles));
});
