#!/usr/bin/env node
// `npm start`: sideloads the add-in into Excel desktop with a dev server on https://localhost:3000.
// Excel desktop exists only on Windows and macOS; on Linux this says so (in Vietnamese and English)
// and points to what does work here, then exits 0 so scripts and CI do not treat it as a failure.
'use strict';

const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const PORT = 3000;

const LINUX_MESSAGE = [
  'Bình Xét — npm start',
  '',
  'Không thể nạp thử (sideload) add-in vào Excel trên Linux: Excel cho máy tính chỉ có trên Windows và macOS.',
  'Trên máy này, hãy dùng:',
  '  npm run playground      mở ngăn Bình Xét trong trình duyệt với một Excel giả lập',
  '  npx binhxet demo        chạy bình xét trên bảng mẫu bằng dòng lệnh',
  '  npm run dev-server      phục vụ add-in tại https://localhost:3000 (để nạp vào Excel trên web)',
  '',
  'Excel desktop cannot sideload add-ins on Linux (Excel desktop runs on Windows and macOS only).',
  'On this machine use:',
  '  npm run playground      the Bình Xét pane in a browser against a simulated Excel',
  '  npx binhxet demo        score the bundled sample workbook from the command line',
  '  npm run dev-server      serve the add-in at https://localhost:3000 (to sideload into Excel on the web)',
  '',
].join('\n');

function debuggingArgs() {
  return [
    'office-addin-debugging',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    String(PORT),
  ];
}

function main(platform = process.platform) {
  if (platform !== 'win32' && platform !== 'darwin') {
    process.stdout.write(LINUX_MESSAGE);
    return Promise.resolve(0);
  }
  return new Promise((resolve) => {
    const child = spawn(platform === 'win32' ? 'npx.cmd' : 'npx', debuggingArgs(), {
      cwd: ROOT,
      stdio: 'inherit',
      shell: platform === 'win32',
    });
    child.on('exit', (code) => resolve(code === null ? 1 : code));
    child.on('error', (e) => {
      process.stderr.write(`Không chạy được office-addin-debugging / could not run office-addin-debugging: ${e.message}\n`);
      resolve(1);
    });
  });
}

if (require.main === module) {
  main().then((code) => process.exit(code));
}

module.exports = { main, LINUX_MESSAGE, debuggingArgs };
