'use strict';
// The hostile part of `npm run bench` (scripts/bench.js calls it for `--only hostile`): every hostile
// file of test/fixtures/package/hostile, and zip bombs made here (1 GB of zeros in ~1 MB, declared
// or lying about it; three 150 MB parts past the total cap), each given to the real `binhxet`
// process. Reports how long each refusal took and the process's peak memory; targets: every one
// refused (exit 1) within 10 s and 300 MB.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const MB = 1024 * 1024;

/** A deflate stream of `mb` MB of zeros (one flushed 1 MB segment repeated, then a final block). */
function zeros(mb) {
  const block = Buffer.alloc(MB);
  const seg = zlib.deflateRawSync(block, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = zlib.crc32(block, crc);
  return { raw: Buffer.concat([...new Array(mb).fill(seg), Buffer.from([0x03, 0x00])]), size: mb * MB, crc };
}

function bombs(dir) {
  const { zip, unzip } = require('./make-package-fixtures.js');
  const base = unzip(fs.readFileSync(path.join(ROOT, 'test/fixtures/package/writers/excel-windows.xlsx')));
  const gb = zeros(1024);
  const p150 = zeros(150);
  const sheet = (claim) => zip(base.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, raw: gb.raw, size: claim ?? gb.size, crc: gb.crc } : e)));
  const docx = unzip(fs.readFileSync(path.join(ROOT, 'test/fixtures/package/hostile/plan-traversal.docx'))).filter((e) => !e.name.includes('..'));
  const made = {
    'bomb-sheet-1gb.xlsx': sheet(),
    'bomb-sheet-lies-1gb.xlsx': sheet(4096),
    'bomb-total-450mb.xlsx': zip([...base, ...[1, 2, 3].map((i) => ({ name: `xl/media/blob${i}.bin`, data: '', raw: p150.raw, size: p150.size, crc: p150.crc }))]),
    'bomb-plan-1gb.docx': zip(docx.map((e) => (e.name === 'word/document.xml' ? { ...e, raw: gb.raw, size: gb.size, crc: gb.crc } : e))),
    'bomb-plan-lies-1gb.docx': zip(docx.map((e) => (e.name === 'word/document.xml' ? { ...e, raw: gb.raw, size: 4096, crc: gb.crc } : e))),
  };
  return Object.entries(made).map(([name, bytes]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
}

/** One run of the CLI: wall time, peak RSS (MB) and exit code. */
function measure(args) {
  const bin = path.join(ROOT, 'bin', 'binhxet.js');
  const wrapper = `process.on('exit',()=>process.stderr.write('\\nBX_MAXRSS '+process.resourceUsage().maxRSS+'\\n'));require(${JSON.stringify(bin)});`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', wrapper, '--', bin, ...args], { encoding: 'utf8', timeout: 120000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /BX_MAXRSS (\d+)/.exec(r.stderr || '');
  return { ms: Math.round(ms), rssMb: m ? Math.round(Number(m[1]) / 1024) : null, status: r.status };
}

async function benchHostile() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'node', 'cli', 'main.js'))) return { error: 'the CLI is not built (dist/node/cli/main.js missing)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-bench-hostile-'));
  try {
    const hostileDir = path.join(ROOT, 'test/fixtures/package/hostile');
    const files = [...fs.readdirSync(hostileDir).map((f) => path.join(hostileDir, f)), ...bombs(dir)];
    const plan = path.join(ROOT, 'test/fixtures/package/plan.txt');
    const rows = files.map((file) => {
      const args = file.endsWith('.docx') ? ['plan', file] : ['score', file, '--plan', plan, '-o', path.join(dir, 'out.xlsx')];
      return { file: path.basename(file), ...measure(args) };
    });
    const notRefused = rows.filter((r) => r.status !== 1).map((r) => r.file);
    const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
    const hungriest = rows.reduce((a, b) => ((b.rssMb ?? 0) > (a.rssMb ?? 0) ? b : a));
    return { files: rows.length, refused: rows.length - notRefused.length, notRefused, maxMs: slowest.ms, slowest: slowest.file, maxRssMb: hungriest.rssMb, hungriest: hungriest.file, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { benchHostile };
