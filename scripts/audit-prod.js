#!/usr/bin/env node
'use strict';
// `npm run audit:prod`: known vulnerabilities in the packages that ship (dependencies, not
// devDependencies). Exit 1 when any is high or critical; exit 0 with a clear message when the
// registry's audit service cannot be reached (an offline machine must not look like a failure of
// the product, but the message says nothing was checked).
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// --report FILE reads a saved `npm audit --json` output instead (to check this script offline).
const fromArg = process.argv.indexOf('--report');
const r = fromArg > 0
  ? { stdout: require('fs').readFileSync(process.argv[fromArg + 1], 'utf8'), stderr: '', status: 0 }
  : spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let report = null;
try {
  report = JSON.parse(r.stdout || '');
} catch {
  report = null;
}

const unreachable = (why) => {
  process.stdout.write(`Không kiểm tra được lỗ hổng bảo mật: không kết nối được dịch vụ audit của npm registry (${why}).\n` +
    `Could not check: the npm registry audit endpoint is unreachable (${why}). Nothing was audited; run again when online.\n`);
  process.exit(0);
};

if (r.error) unreachable(r.error.message);
if (!report) unreachable((r.stderr || '').trim().split('\n').pop() || `npm exit ${r.status}`);
if (report.error || report.statusCode) {
  const e = report.error || {};
  const msg = [report.message, e.code, e.summary].filter(Boolean).join(' ').trim() || `npm exit ${r.status}`;
  // The endpoint answered with an HTTP error (e.g. a registry mirror without the audit API: 405),
  // or the network failed: nothing could be checked.
  if (report.statusCode || /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|ECONNRESET|network|fetch failed/i.test(msg) || /audit endpoint/i.test(r.stderr || '')) unreachable(msg);
  process.stderr.write(`npm audit failed: ${msg}\n`);
  process.exit(2);
}

const v = (report.metadata && report.metadata.vulnerabilities) || {};
const deps = report.metadata && report.metadata.dependencies;
const counts = ['info', 'low', 'moderate', 'high', 'critical'].map((k) => `${k} ${v[k] || 0}`).join(', ');
process.stdout.write(`npm audit --omit=dev: ${counts}${deps ? ` (${deps.prod ?? deps.total} production packages)` : ''}\n`);

const bad = Object.values(report.vulnerabilities || {}).filter((x) => x.severity === 'high' || x.severity === 'critical');
for (const x of bad) {
  const via = (x.via || []).map((y) => (typeof y === 'string' ? y : `${y.title || y.name} ${y.url || ''}`.trim())).join('; ');
  process.stdout.write(`  ${x.severity.toUpperCase()} ${x.name} ${x.range || ''}: ${via}${x.fixAvailable ? ' (fix available)' : ''}\n`);
}
if (bad.length) {
  process.stdout.write(`${bad.length} high/critical vulnerable production package(s).\n`);
  process.exit(1);
}
process.stdout.write('No high or critical vulnerability in production dependencies.\n');
