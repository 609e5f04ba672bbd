#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm install` (prepare script) into dist/node.
let main;
try {
  main = require('../dist/node/cli/main.js').main;
} catch (e) {
  process.stderr.write('Lỗi: chưa biên dịch Bình Xét. Hãy chạy "npm install" (hoặc "npm run build:cli") trong thư mục dự án.\n');
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
