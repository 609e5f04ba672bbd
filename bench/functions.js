'use strict';
// TDKT.ISLATE throughput: the call a column of "Trễ hạn?" cells makes, n times with the same
// deadline phrase, through the exported custom function itself (argument coercion, phrase cache,
// deadline memo), on the build bench/tsconfig.json emits to dist/bench.
//
//   const { measureIsLate } = require('./bench/functions');  measureIsLate(1e6) → calls per second
//   node bench/functions.js [n] [runs]                        prints the median of runs
//
// Target: ≥ 1,000,000 calls/s. Compiles bench/tsconfig.json when the build is missing.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const BUILT = path.join(ROOT, 'dist', 'bench', 'src', 'functions', 'functions.js');

function loadFunctions() {
  if (!fs.existsSync(BUILT)) {
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    // tsc emits even when other modules have type errors; only a missing output is fatal.
    spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'bench', 'tsconfig.json')], { cwd: ROOT, stdio: 'ignore' });
    if (!fs.existsSync(BUILT)) throw new Error('bench/functions: src/functions did not compile to dist/bench');
  }
  return require(BUILT);
}

const PHRASE = 'trước ngày 15 tháng 10 hằng năm';
// 06/10, 16/10, 26/10, 05/11/2024 as date cells: one on time, three late.
const RECEIVED = [45571, 45581, 45591, 45601];

/** Calls per second of TDKT.ISLATE(received, phrase) over n calls (after a warm-up of the same). */
function measureIsLate(n = 1e6) {
  const fns = loadFunctions();
  const isLate = (fns.TDKT && fns.TDKT.ISLATE) || fns.tdktIsLate;
  const once = () => {
    let late = 0;
    for (let i = 0; i < n; i++) if (isLate(RECEIVED[i & 3], PHRASE) === true) late++;
    return late;
  };
  const expected = Math.floor(n / 4) * 3 + Math.max(0, (n % 4) - 1);
  if (once() !== expected) throw new Error('bench/functions: TDKT.ISLATE gave the wrong answer; not measuring');
  const t0 = process.hrtime.bigint();
  const late = once();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (late !== expected) throw new Error('bench/functions: TDKT.ISLATE gave the wrong answer; not measuring');
  return Math.round(n / (Math.max(ms, 1e-3) / 1000));
}

module.exports = { measureIsLate };

if (require.main === module) {
  const n = Number(process.argv[2]) || 1e6;
  const runs = Math.max(1, Number(process.argv[3]) || 5);
  const xs = [];
  for (let i = 0; i < runs; i++) xs.push(measureIsLate(n));
  xs.sort((a, b) => a - b);
  const median = xs[xs.length >> 1];
  process.stdout.write(`TDKT.ISLATE: ${n.toLocaleString('en')} calls, median ${median.toLocaleString('en')} calls/s (target ≥ 1,000,000)\n`);
}
