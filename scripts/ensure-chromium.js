#!/usr/bin/env node
// The browser tests drive Debian's chromium (never a downloaded browser). On a fresh Debian
// machine where we are root, install it; otherwise say exactly what is missing.
'use strict';
const fs = require('fs');
const { execSync } = require('child_process');

const BROWSER = '/usr/bin/chromium';
if (fs.existsSync(BROWSER)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && isRoot && fs.existsSync('/usr/bin/apt-get')) {
  console.log('Cài Chromium của Debian cho các kiểm thử trình duyệt (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update', { stdio: 'inherit', env });
  execSync('apt-get install -y --no-install-recommends chromium fonts-dejavu-core', { stdio: 'inherit', env });
  process.exit(0);
}
console.error(
  'Thiếu Chromium tại /usr/bin/chromium cho các kiểm thử trình duyệt.\n' +
    'Trên Debian/Ubuntu: sudo apt-get install -y chromium fonts-dejavu-core\n' +
    '(Missing /usr/bin/chromium for the browser tests; install Debian\'s chromium package.)',
);
process.exit(1);
