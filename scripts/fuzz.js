#!/usr/bin/env node
'use strict';
// `npm run fuzz`: the parser properties of test/fuzz/parsers.test.ts with a random seed and many
// more inputs than in `npm test` (FUZZ_RUNS per property, default 12,000: ≥ 100,000 in total), run
// through Jest so the TypeScript sources are tested as they are, without a separate build.
// Options: --runs N (per property), --seed N (to replay a failure).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const runs = opt('runs', Number(process.env.FUZZ_RUNS) || 12000);
const seed = opt('seed', Number(process.env.FUZZ_SEED) || (Date.now() ^ (process.pid << 8)) >>> 0);
const report = path.join(os.tmpdir(), `binhxet-fuzz-${process.pid}.json`);
const root = path.join(__dirname, '..');

process.stdout.write(`Fuzzing the parsers: seed ${seed}, ${runs} inputs per property…\n`);
const t0 = Date.now();
const jest = require.resolve('jest/bin/jest', { paths: [root] });
const r = spawnSync(process.execPath, [jest, '--runTestsByPath', 'test/fuzz/parsers.test.ts', 'test/fuzz/engine.test.ts', 'test/fuzz/xlsx.test.ts', '--testTimeout=3600000', '--maxWorkers=1'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: report },
});
const secs = ((Date.now() - t0) / 1000).toFixed(1);

if (!fs.existsSync(report)) {
  process.stderr.write(`The fuzz run did not finish (exit ${r.status}); replay with: npm run fuzz -- --seed ${seed} --runs ${runs}\n`);
  process.exit(r.status || 2);
}
const { counts } = JSON.parse(fs.readFileSync(report, 'utf8'));
fs.unlinkSync(report);
for (const part of ['engine', 'xlsx']) {
  const f = report.replace(/\.json$/, `.${part}.json`);
  if (fs.existsSync(f)) {
    Object.assign(counts, JSON.parse(fs.readFileSync(f, 'utf8')).counts);
    fs.unlinkSync(f);
  }
}
const rows = Object.entries(counts);
const total = rows.reduce((a, [, n]) => a + n, 0);
const w = Math.max(...rows.map(([k]) => k.length), 5);
process.stdout.write(`\n${'property'.padEnd(w)}  inputs\n`);
for (const [k, n] of rows) process.stdout.write(`${k.padEnd(w)}  ${String(n).padStart(8)}\n`);
process.stdout.write(`${'total'.padEnd(w)}  ${String(total).padStart(8)}   (${secs} s, seed ${seed})\n`);
if (r.status !== 0) {
  process.stderr.write(`\nA property failed. Replay with: npm run fuzz -- --seed ${seed} --runs ${runs}\n`);
  process.exit(1);
}
if (total < 100000) process.stdout.write(`Note: fewer than 100,000 inputs in total (raise --runs).\n`);
