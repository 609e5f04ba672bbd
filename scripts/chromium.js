// Debian's chromium (never a downloaded browser), started the one way the bench and the browser
// tests start it. Every step is bounded: a missing browser is said at once, a browser that does not
// start fails after LAUNCH_TIMEOUT_MS instead of leaving the caller waiting on its socket.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_TIMEOUT_MS = 30_000;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium's own omnibox pop-up page, preloaded in a renderer of its own with every new context
  // (about 60 chrome:// scripts in the first 30 ms of each page load): on two cores it took the CPU
  // from the page being measured or tested. A headless browser never shows it.
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup',
];

/** Why chromium cannot be used here (Vietnamese, then English), or null when it is there. */
function chromiumMissing() {
  if (fs.existsSync(CHROMIUM)) return null;
  return (
    `Thiếu Chromium tại ${CHROMIUM}. Trên Debian/Ubuntu: sudo apt-get install -y chromium fonts-dejavu-core\n` +
    `(Missing ${CHROMIUM}; install Debian's chromium package, or set CHROMIUM_PATH.)`
  );
}

/** Launches headless chromium; rejects with chromiumMissing()'s message, or after LAUNCH_TIMEOUT_MS. */
async function launchChromium() {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const { chromium } = require(require.resolve('playwright-core', { paths: [ROOT] }));
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: LAUNCH_TIMEOUT_MS });
}

module.exports = { CHROMIUM, LAUNCH_TIMEOUT_MS, chromiumMissing, launchChromium };
