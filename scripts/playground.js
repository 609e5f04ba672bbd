#!/usr/bin/env node
// `npm run playground`: builds the playground (development mode) and serves it on 127.0.0.1:3001.
// Loopback only: the playground holds whatever workbook the user drops on it.
const path = require('path');
const { buildPlayground, serveDir } = require('./playgroundServer');

const port = Number(process.env.PORT || 3001);
const outDir = path.resolve(__dirname, '..', 'dist', 'playground');

(async () => {
  // The port first: a busy port is said at once, not after the build.
  const { url } = await serveDir(outDir, port);
  console.log('Đang đóng gói sân thử (webpack)…');
  await buildPlayground(outDir);
  console.log(`Sân thử Bình Xét: ${url}`);
  console.log('Nhấn Ctrl+C để dừng.');
})().catch((e) => {
  if (e && e.code === 'EADDRINUSE') {
    console.error(`Cổng ${port} đang được một chương trình khác dùng. Chọn cổng khác, ví dụ: PORT=${port + 1} npm run playground`);
    console.error(`(Port ${port} is in use; set PORT to another port.)`);
  } else {
    console.error(e && e.message ? e.message : e);
  }
  process.exit(1);
});
