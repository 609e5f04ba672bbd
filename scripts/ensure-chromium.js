#!/usr/bin/env node
// The browser tests drive Debian's chromium (never a downloaded browser). On a fresh Debian
// machine where we are root, install it; otherwise say exactly what is missing. apt-get is given a
// bounded time, so `npm test` never waits forever on a network that does not answer.
'use strict';
const fs = require('fs');
const { execSync } = require('child_process');
const { CHROMIUM, chromiumMissing } = require('./chromium');

const APT_TIMEOUT_MS = 10 * 60_000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const missing = chromiumMissing();
if (!missing) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform !== 'linux' || !isRoot || !fs.existsSync('/usr/bin/apt-get')) fail(`Các kiểm thử trình duyệt cần Chromium (the browser tests need chromium).\n${missing}`);

console.log('Cài Chromium của Debian cho các kiểm thử trình duyệt (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execSync('apt-get update', { stdio: 'inherit', env, timeout: APT_TIMEOUT_MS });
  execSync('apt-get install -y --no-install-recommends chromium fonts-dejavu-core', { stdio: 'inherit', env, timeout: APT_TIMEOUT_MS });
} catch (e) {
  const why = e && e.signal ? `quá ${APT_TIMEOUT_MS / 60_000} phút / timed out` : `mã thoát / exit ${e && e.status}`;
  fail(`Không cài được Chromium bằng apt-get (${why}).\nCould not install chromium with apt-get; install it by hand: apt-get install -y chromium fonts-dejavu-core`);
}
if (!fs.existsSync(CHROMIUM)) fail(`apt-get đã chạy xong nhưng vẫn không có ${CHROMIUM}.\napt-get finished but ${CHROMIUM} is still missing.`);
