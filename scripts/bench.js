#!/usr/bin/env node
'use strict';
// `npm run bench` (not part of npm test). Builds what it measures, then:
//   engine     100,000 rows × 10 criteria × 20 movements: grid → header → rows → engine → summary,
//              against a bare pass reading every cell once (same process, same grid,
//              timed in turns)                                                          target ratio ≤ 3
//   syncs      runScore on the strict fake Excel host, 50,000 rows                      target ≤ 3 syncs
//   functions  TDKT.ISLATE, 1,000,000 calls with the same phrase                         target ≥ 1e6/s
//   xlsx       `binhxet score` as a child process on a generated 50,000-row workbook
//              (read, score, write)                                                     target < 10 s, ≤ 300 MB
//   hostile    `binhxet` on every hostile file and on zip bombs (scripts/bench-hostile.js):
//              each refused                                                             target < 10 s, ≤ 300 MB each
//   taskpane   gzip size of the JS taskpane.html loads first (production webpack build)  target ≤ 200 KB
//              and the pane's first render in the playground vs an empty page (bench/pane.js)  ≤ 2×
//   scaling    engine time at 10k/20k/40k/80k rows (timed in turns), log-log slope      target ≤ 1.1
//   historyfile `binhxet score` on a 50,000-row list with a form column, without and with a
//              200,000-row "Lịch sử khen thưởng" sheet                        target ≤ 2×
//   history    50,000 nominees scored with a 200,000-row history (read, indexed, checked), vs today  target ≤ 2×
//   intake     `gop` on 100 units' files × 50 rows (read, find the lists, merge, duplicates,
//              units, sheets) against reading the same files with the .xlsx reader alone  target ≤ 1.5×
// Each in-process timing is the median of --runs (default 5) runs after 5 warm-up runs (the engine's
// first, cold run is reported too); the CLI's after one warm-up run. The workbooks come from a
// seeded generator. Prints a table and writes bench/results.json. Exits non-zero only when it cannot
// run at all; a missed target is marked in the table, not an error.
// Options: --runs N, --only engine,syncs,functions,xlsx,historyfile,hostile,taskpane,scaling,history,intake,documents,plan, --no-build (reuse builds).
// Every child process has a time limit, and without chromium the first render is skipped with a
// note, so the bench always ends with its table.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(opt('runs')) || 5); // fewer than 5 only for a quick try
const ONLY = (opt('only') || 'engine,syncs,functions,xlsx,historyfile,hostile,taskpane,scaling,history,intake,documents,plan').split(',');
const BUILD = !args.includes('--no-build');
const want = (k) => ONLY.includes(k);
const log = (s) => process.stderr.write(s + '\n');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const MINUTE = 60_000;
/** A child process, killed after opts.timeout (default 10 minutes): r.error says so. */
function run(cmd, argv, opts = {}) {
  return spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 10 * MINUTE, killSignal: 'SIGKILL', ...opts });
}
const exitOf = (r) => (r.error && r.error.code === 'ETIMEDOUT' ? 'killed: over its time limit' : r.error ? r.error.message : `exit ${r.status}`);
const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });

const results = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runs: RUNS };

// ------------------------------------------------------------------ in-process parts
const inproc = ['engine', 'syncs', 'functions', 'scaling', 'history', 'intake', 'documents', 'plan'].filter(want);
if (inproc.length) {
  if (BUILD) {
    log('Compiling the bench (bench/tsconfig.json)…');
    // tsc emits even when other modules have type errors; only a missing output is fatal.
    run(process.execPath, [tsc, '-p', 'bench/tsconfig.json']);
  }
  const entry = path.join(ROOT, 'dist', 'bench', 'bench', 'run.js');
  if (!fs.existsSync(entry)) {
    log('Cannot run: bench/run.ts did not compile to dist/bench.');
    process.exit(2);
  }
  log(`Running ${inproc.join(', ')} (${RUNS} runs each after 5 warm-up runs)…`);
  const r = run(process.execPath, ['--max-old-space-size=4096', entry], { env: { ...process.env, BENCH_RUNS: String(RUNS), BENCH_ONLY: inproc.join(',') }, stdio: ['ignore', 'pipe', 'inherit'], timeout: 30 * MINUTE });
  if (r.status !== 0) {
    log(`Cannot run: the in-process bench failed (${exitOf(r)}).`);
    process.exit(2);
  }
  const lines = r.stdout.trim().split('\n');
  Object.assign(results, JSON.parse(lines[lines.length - 1]));
  results.runs = RUNS;
  // The award history's share (bench/history.ts), in a process of its own like the others.
  if (want('history')) {
    const h = run(process.execPath, ['--max-old-space-size=4096', path.join(ROOT, 'dist', 'bench', 'bench', 'history.js')], { env: { ...process.env, BENCH_RUNS: String(RUNS) }, stdio: ['ignore', 'pipe', 'inherit'] });
    const hl = h.stdout.trim().split('\n');
    results.history = h.status === 0 ? JSON.parse(hl[hl.length - 1]) : { error: `bench/history.ts failed (exit ${h.status})` };
  }
}

// ------------------------------------------------------------------ xlsx end to end
const PLAN_TEXT = `KẾ HOẠCH
Phát động phong trào thi đua cải cách hành chính năm 2024
1. Tiêu chuẩn khen thưởng
1.1. Đối với tập thể:
- Thực hiện tốt công tác lãnh đạo, chỉ đạo triển khai các nhiệm vụ cải cách hành chính.
- Tổ chức tuyên truyền về cải cách hành chính với nhiều hình thức phù hợp.
- Hoàn thành đúng tiến độ các nhiệm vụ cải cách hành chính được giao.
1.2. Đối với cá nhân:
- Hoàn thành tốt nhiệm vụ được giao, có sáng kiến trong công tác cải cách hành chính.
- Có phẩm chất đạo đức tốt, gương mẫu chấp hành chủ trương, chính sách, pháp luật.
- Tích cực tham gia các hoạt động cải cách hành chính của đơn vị.
2. Số lượng khen thưởng: 05 tập thể và 10 cá nhân.
3. Hồ sơ đề nghị khen thưởng gửi về Văn phòng Sở trước ngày 15/10/2024.
`;

const PROPOSED_FORMS = ['Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Lao động tiên tiến', 'Tập thể lao động xuất sắc'];
const HISTORY_FORMS = ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Giấy khen của Giám đốc Sở', 'Hoàn thành xuất sắc nhiệm vụ', 'Bằng khen của Chủ tịch UBND tỉnh'];

/**
 * The generated list (and, with `opts.forms`, a "Hình thức khen thưởng đề nghị" column; with
 * `opts.historyRows`, a "Lịch sử khen thưởng" sheet of that many records of the list's nominees,
 * 2020–2024, some at other units). The same seed gives the same list in every variant.
 */
async function makeWorkbook(file, rows, opts = {}) {
  const ExcelJS = require(require.resolve('exceljs', { paths: [ROOT] }));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024']).commit();
  ws.addRow([]).commit();
  const head = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tỷ lệ phiếu (%)', 'Ghi chú'];
  ws.addRow(opts.forms ? [...head, 'Hình thức khen thưởng đề nghị'] : head).commit();
  let a = 12345;
  const r = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
  const names = ['Nguyễn Văn', 'Trần Thị', 'Lê Hoàng', 'Phạm Minh', 'Võ Thanh', 'Đặng Ngọc'];
  const marks = ['x', 'x', 'x', 'x', 'Đạt', '', 'Không'];
  const people = [];
  for (let i = 0; i < rows; i++) {
    const tt = r() < 0.3;
    const name = tt ? `Khoa số ${i}` : `${names[i % names.length]} ${i}`;
    const unit = `Đơn vị ${Math.floor(r() * 300)}`;
    if (opts.historyRows) people.push([name, unit]);
    const cells = [
      i + 1,
      name,
      tt ? '' : 'Viên chức',
      unit,
      tt ? 'Tập thể' : 'Cá nhân',
      new Date(Date.UTC(2024, 8, 1 + Math.floor(r() * 50))),
      marks[Math.floor(r() * marks.length)],
      marks[Math.floor(r() * marks.length)],
      marks[Math.floor(r() * marks.length)],
      Math.round((50 + r() * 50) * 10) / 10,
      '',
    ];
    if (opts.forms) cells.push(PROPOSED_FORMS[i % PROPOSED_FORMS.length]);
    const row = ws.addRow(cells);
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  ws.commit();
  if (opts.historyRows) {
    const hs = wb.addWorksheet('Lịch sử khen thưởng');
    hs.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định']).commit();
    for (let k = 0; k < opts.historyRows; k++) {
      const [name, unit] = people[k % people.length];
      const year = 2020 + (Math.floor(k / people.length) % 5);
      hs.addRow([k + 1, name, k % 17 === 0 ? `Trạm Y tế xã ${k % 300}` : unit, year, HISTORY_FORMS[k % HISTORY_FORMS.length], `${100 + (k % 900)}/QĐ-SYT`]).commit();
    }
    hs.commit();
  }
  await wb.commit();
}

function measureCli(input, plan, out) {
  const bin = path.join(ROOT, 'bin', 'binhxet.js');
  const argv = [bin, 'score', input, '--plan', plan, '-o', out];
  const timeBin = '/usr/bin/time';
  const t0 = process.hrtime.bigint();
  let r;
  let rssKb = null;
  if (fs.existsSync(timeBin)) {
    r = run(timeBin, ['-v', process.execPath, ...argv], { timeout: 5 * MINUTE });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr || '');
    if (m) rssKb = Number(m[1]);
  } else {
    // No GNU time: the child reports its own peak RSS (process.resourceUsage().maxRSS, in KB) on exit.
    const wrapper = `process.on('exit',()=>process.stderr.write('\\nBX_MAXRSS '+process.resourceUsage().maxRSS+'\\n'));require(${JSON.stringify(bin)});`;
    r = run(process.execPath, ['-e', wrapper, '--', ...argv], { timeout: 5 * MINUTE });
    const m = /BX_MAXRSS (\d+)/.exec(r.stderr || '');
    if (m) rssKb = Number(m[1]);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, rssKb, status: r.status, exit: exitOf(r), stderr: (r.stderr || '').split('\n').filter((l) => !/^\s|^Command being timed|BX_MAXRSS/.test(l)).slice(0, 5).join('\n') };
}

async function benchXlsx() {
  if (BUILD) {
    log('Building the CLI (npm run build:cli)…');
    run(process.execPath, [tsc, '-p', 'tsconfig.cli.json']);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'node', 'cli', 'main.js'))) return { error: 'the CLI is not built (dist/node/cli/main.js missing)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-bench-'));
  try {
    const rows = 50000;
    const input = path.join(dir, 'danh-sach-50000.xlsx');
    const plan = path.join(dir, 'ke-hoach.txt');
    fs.writeFileSync(plan, PLAN_TEXT);
    log(`Generating a ${rows}-row workbook…`);
    await makeWorkbook(input, rows);
    const times = [];
    const rss = [];
    for (let i = 0; i <= RUNS; i++) {
      const out = path.join(dir, `ket-qua-${i}.xlsx`);
      log(`  binhxet score (run ${i === 0 ? 'warm-up' : i})…`);
      const m = measureCli(input, plan, out);
      if (m.status !== 0) return { rows, error: `binhxet score ${m.exit}: ${m.stderr}` };
      if (!fs.existsSync(out)) return { rows, error: 'binhxet score wrote no output file' };
      if (i > 0) {
        times.push(m.ms);
        if (m.rssKb !== null) rss.push(m.rssKb);
      }
    }
    return { rows, ms: Math.round(median(times)), peakRssMb: rss.length ? Math.round(Math.max(...rss) / 1024) : null, inputBytes: fs.statSync(input).size };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `binhxet score` on the same 50,000-row list with a form column, without and with a 200,000-row
 * "Lịch sử khen thưởng" sheet in the workbook: what the secretary waits for, today and with the
 * history (issue 20's "scoring time"). Timed in turns, so a busy spell of the machine falls on both.
 */
async function benchHistoryFile() {
  if (BUILD && !want('xlsx')) run(process.execPath, [tsc, '-p', 'tsconfig.cli.json']);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'node', 'cli', 'main.js'))) return { error: 'the CLI is not built (dist/node/cli/main.js missing)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-bench-history-'));
  try {
    const rows = 50000;
    const historyRows = 200000;
    const plan = path.join(dir, 'ke-hoach.txt');
    fs.writeFileSync(plan, PLAN_TEXT);
    const today = path.join(dir, 'danh-sach.xlsx');
    const withHistory = path.join(dir, 'danh-sach-lich-su.xlsx');
    log(`Generating a ${rows}-row list with forms, and the same with a ${historyRows}-row history sheet…`);
    await makeWorkbook(today, rows, { forms: true });
    await makeWorkbook(withHistory, rows, { forms: true, historyRows });
    const t = { today: [], withHistory: [] };
    let rss = 0;
    for (let i = 0; i <= RUNS; i++) {
      for (const [key, input] of [['today', today], ['withHistory', withHistory]]) {
        log(`  binhxet score ${key === 'today' ? 'without' : 'with'} the history (run ${i === 0 ? 'warm-up' : i})…`);
        const m = measureCli(input, plan, path.join(dir, `ket-qua-${key}.xlsx`));
        if (m.status !== 0) return { rows, historyRows, error: `binhxet score ${m.exit}: ${m.stderr}` };
        if (i > 0) {
          t[key].push(m.ms);
          if (key === 'withHistory' && m.rssKb !== null) rss = Math.max(rss, m.rssKb);
        }
      }
    }
    const todayMs = median(t.today);
    const withMs = median(t.withHistory);
    return { rows, historyRows, todayMs: Math.round(todayMs), withHistoryMs: Math.round(withMs), ratio: Math.round((withMs / todayMs) * 100) / 100, peakRssMb: rss ? Math.round(rss / 1024) : null };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ task pane bundle
function benchTaskpane() {
  const web = path.join(ROOT, 'dist', 'web');
  if (BUILD) {
    log('Building the add-in (webpack --mode production)…');
    const wp = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    const r = run(process.execPath, [wp, '--mode', 'production'], { env: { ...process.env, NODE_ENV: 'production' } });
    if (r.status !== 0) return { error: `webpack failed (${exitOf(r)}): ${(r.stdout + r.stderr).split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join(' | ')}` };
  }
  const html = path.join(web, 'taskpane.html');
  if (!fs.existsSync(html)) return { error: 'dist/web/taskpane.html missing' };
  const text = fs.readFileSync(html, 'utf8');
  // Scripts loaded by the page itself (not the lazily imported chunks), local files only.
  // Attribute values may be unquoted in the minified page (src=/runtime.js).
  const all = [...text.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] || m[2] || m[3]);
  const srcs = all.filter((s) => !/^(https?:)?\/\//.test(s));
  const files = [];
  let raw = 0;
  let gz = 0;
  for (const s of srcs) {
    const f = path.join(web, s.replace(/^\//, '').split('?')[0]);
    if (!fs.existsSync(f)) continue;
    const b = fs.readFileSync(f);
    const g = zlib.gzipSync(b, { level: 9 }).length;
    files.push({ file: path.relative(web, f), bytes: b.length, gzipBytes: g });
    raw += b.length;
    gz += g;
  }
  const external = all.filter((s) => /^(https?:)?\/\//.test(s));
  return { initialJsGzipBytes: gz, initialJsBytes: raw, files, external };
}

// ------------------------------------------------------------------ report
const TARGETS = [
  ['engine', 'ratio', (v) => v <= 3, '≤ 3× bare pass'],
  ['syncs', 'count', (v) => v <= 3, '≤ 3 syncs'],
  ['functions', 'callsPerSecond', (v) => v >= 1e6, '≥ 1,000,000 calls/s'],
  ['xlsx', 'ms', (v) => v < 10000, '< 10 s'],
  ['xlsx', 'peakRssMb', (v) => v <= 300, '≤ 300 MB'],
  ['hostile', 'refused', (v) => v === results.hostile.files, 'all refused'],
  ['hostile', 'maxMs', (v) => v < 10000, '< 10 s each'],
  ['hostile', 'maxRssMb', (v) => v <= 300, '≤ 300 MB each'],
  ['taskpane', 'initialJsGzipBytes', (v) => v <= 200 * 1024, '≤ 200 KB gzip'],
  ['taskpane', 'firstRenderRatio', (v) => v <= 2, '≤ 2× empty page'],
  ['scaling', 'exponent', (v) => v <= 1.1, '≤ 1.1'],
  ['historyfile', 'ratio', (v) => v <= 2, '≤ 2× today\'s `binhxet score` (50,000 rows; + a 200,000-row history sheet)'],
  ['history', 'ratio', (v) => v <= 2, '≤ 2× the engine alone (list read + decide, in memory)'],
  ['intake', 'ratio', (v) => v <= 1.5, '≤ 1.5× reading alone'],
  ['documents', 'ms', (v) => v <= 2000, '≤ 2 s'],
  ['plan', 'ms', (v) => v <= 200, '≤ 200 ms'],
];

function describe(key, r) {
  if (!r) return 'not run';
  if (r.error) return `could not measure: ${r.error}`;
  switch (key) {
    case 'engine':
      return (
        `${r.rows} rows: ${r.ms} ms vs bare pass ${r.barePassMs} ms (first, cold run ${r.firstRunMs} ms)` +
        (r.officeForm ? `; as Office.js hands it over (flat texts, serial dates): ${r.officeForm.ms} ms vs ${r.officeForm.barePassMs} ms = ${r.officeForm.ratio}×` : '')
      );
    case 'syncs':
      return `${r.rows} rows × ${r.columns} columns: ${r.count} syncs (${r.ms} ms)${r.wide ? `; ${r.wide.columns} columns: ${r.wide.count} syncs` : ''}`;
    case 'functions':
      return `${r.calls} calls: ${r.callsPerSecond.toLocaleString('en')} calls/s`;
    case 'xlsx':
      return `${r.rows} rows: ${r.ms} ms, peak RSS ${r.peakRssMb ?? '?'} MB`;
    case 'taskpane':
      return (
        `${r.files.map((f) => f.file).join(' + ')}: ${(r.initialJsGzipBytes / 1024).toFixed(1)} KB gzip (${(r.initialJsBytes / 1024).toFixed(0)} KB raw)` +
        (r.firstRenderMs !== undefined
          ? `; first render ${r.firstRenderMs} ms vs empty page ${r.emptyPageMs} ms (interactive ${r.interactiveMs} ms; a page of one tab: ${r.oneTabMs} ms = ${r.oneTabRatio}×)`
          : r.firstRenderError
            ? `; first render not measured: ${r.firstRenderError.split('\n').pop()}`
            : '')
      );
    case 'scaling':
      return `${r.sizes.join('/')} rows: ${r.ms.join('/')} ms`;
    case 'history':
      return `${r.nominees} nominees vs ${r.historyRows} history rows (${r.checkedRows} checked): ${r.withHistoryMs} ms vs ${r.todayMs} ms today (history sheet read ${r.readHistoryMs} ms, index ${r.indexMs} ms; already read: ${r.ratioWithoutRead}×; every condition on: ${r.allRulesMs} ms, ${r.ratioAllRules}×; every row's reasons ${r.reasonsMs} ms more)`;
    case 'historyfile':
      return `binhxet score on ${r.rows} rows: ${r.withHistoryMs} ms with a ${r.historyRows}-row history sheet vs ${r.todayMs} ms without (peak RSS with it ${r.peakRssMb ?? '?'} MB)`;
    case 'intake':
      return `${r.files} files × ${r.rows} rows: gop ${r.ms} ms vs reading alone ${r.readMs} ms (exceljs alone ${r.exceljsReadMs} ms: ${r.ratioToExceljs}×)`;
    case 'documents':
      return `${r.nominees} proposed nominees → 4 .docx (${(r.bytes / 1024).toFixed(0)} KB): ${r.ms} ms (first, cold run ${r.firstRunMs} ms)`;
    case 'hostile':
      return `${r.refused}/${r.files} refused${r.notRefused.length ? ` (not: ${r.notRefused.join(', ')})` : ''}; slowest ${r.slowest} ${r.maxMs} ms; most memory ${r.hungriest} ${r.maxRssMb} MB`;
    case 'plan':
      return `reading a 50-page document (${r.kilobytes} KB, ${r.lines} lines of the real plans): ${r.ms} ms`;
    default:
      return JSON.stringify(r);
  }
}

(async () => {
  if (want('xlsx')) results.xlsx = await benchXlsx();
  if (want('historyfile')) results.historyfile = await benchHistoryFile();
  if (want('hostile')) {
    if (BUILD && !want('xlsx')) run(process.execPath, [tsc, '-p', 'tsconfig.cli.json']);
    results.hostile = await require('./bench-hostile.js').benchHostile();
  }
  if (want('taskpane')) {
    results.taskpane = benchTaskpane();
    // First render of the real pane in the playground vs an empty local page, same browser run.
    if (!results.taskpane.error) {
      try {
        const { measurePane } = require(path.join(ROOT, 'bench', 'pane.js'));
        const p = await measurePane({ runs: Math.max(RUNS, 5) });
        if (p.skipped) throw new Error(p.skipped);
        results.taskpane.firstRenderMs = p.firstRenderMs;
        results.taskpane.emptyPageMs = p.emptyPageMs;
        results.taskpane.firstRenderRatio = p.ratio;
        results.taskpane.interactiveMs = p.interactiveMs;
        results.taskpane.oneTabMs = p.oneTabMs;
        results.taskpane.oneTabRatio = p.oneTabRatio;
      } catch (e) {
        results.taskpane.firstRenderError = String(e && e.message ? e.message : e);
        log(`Skipping the pane's first render: ${results.taskpane.firstRenderError}`);
      }
    }
  }

  const rows = [];
  for (const [key, field, ok, target] of TARGETS) {
    const r = results[key];
    if (!want(key)) continue;
    const v = r && !r.error ? r[field] : undefined;
    const mark = v === undefined || v === null ? '?' : ok(v) ? 'ok' : 'MISSED';
    rows.push([`${key}.${field}`, v === undefined || v === null ? '—' : String(v), target, mark, describe(key, r)]);
  }
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'target', ''][i].length));
  const line = (r) => r.map((c, i) => (i < 4 ? c.padEnd(w[i]) : c)).join('  ');
  process.stdout.write('\n' + line(['measure', 'value', 'target', '', 'details']) + '\n');
  process.stdout.write(w.map((n) => '-'.repeat(n)).join('  ') + '  -------\n');
  for (const r of rows) process.stdout.write(line(r) + '\n');
  results.targets = Object.fromEntries(rows.map((r) => [r[0], { value: r[1] === '—' ? null : Number(r[1]), target: r[2], met: r[3] === 'ok' }]));
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\nMedian of ${RUNS} runs after warm-up runs; written to bench/results.json\n`);
})().catch((e) => {
  log(`Cannot run the bench: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
});
