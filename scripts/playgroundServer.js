// Build and serve helpers shared by `npm run playground` and the browser tests.
const fs = require('fs');
const http = require('http');
const path = require('path');

/** Runs the playground webpack build into outDir; rejects with webpack's errors. */
function buildPlayground(outDir, mode = 'development') {
  const webpack = require('webpack');
  const { makeConfig } = require('../webpack.playground.js');
  return new Promise((resolve, reject) => {
    const compiler = webpack(makeConfig({ outDir, mode }));
    compiler.run((err, stats) => {
      // Closed before answering: a compiler left open keeps its caches' handles, and the process
      // (a Jest worker, the bench) from ending.
      compiler.close((closeErr) => {
        if (err || closeErr) return reject(err || closeErr);
        if (stats.hasErrors()) {
          const info = stats.toJson({ all: false, errors: true });
          return reject(new Error(info.errors.map((e) => e.message).join('\n\n')));
        }
        resolve(stats);
      });
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static file server on 127.0.0.1 (port 0 = any free port). Resolves {server, url}. */
function serveDir(root, port = 0) {
  const rootAbs = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(rootAbs, '.' + rel);
    // No path may escape the build directory.
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, url: `http://127.0.0.1:${addr.port}/` });
    });
  });
}

module.exports = { buildPlayground, serveDir };
