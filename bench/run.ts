// The in-process half of `npm run bench` (scripts/bench.js compiles this with bench/tsconfig.json
// and runs it): engine throughput against a bare pass over the same grid, the sync count of the
// Excel adapter on the strict fake host, TDKT.ISLATE calls per second, and the scaling exponent.
// Prints one JSON object on stdout. Every figure is the median of RUNS runs after WARMUP warm-up
// runs: V8 takes several runs of a 100,000-row list to finish optimising the engine (the first run
// is reported apart, as `firstRunMs`), while the bare pass is a loop it settles in one.
import { performance } from 'perf_hooks';
import type { Plan, Movement, Settings } from '../src/core/types';
import { DEFAULT_SETTINGS } from '../src/core/types';
import type { CellValue, Grid, SheetData } from '../src/workbook/model';
import { parseDeadline, resolveDeadline } from '../src/core/deadline';
import { detectHeader } from '../src/workbook/header';
import { readNominationTable } from '../src/workbook/rows';
import { decide } from '../src/core/binhxet';
import { benchIntake } from './intake';
import { buildDocuments } from '../src/documents/index';
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../src/plan';
import { rng } from './rng';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const WARMUP = 5;
const only = (process.env.BENCH_ONLY || '').split(',').filter(Boolean);
const want = (k: string) => only.length === 0 || only.includes(k);

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Tâm', 'Thảo', 'Trung', 'Vy', 'Yến'];
const UNIT_KINDS = ['Khoa', 'Phòng', 'Trung tâm Y tế huyện', 'Trạm Y tế xã', 'Bệnh viện'];
const MARKS = ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'Đạt', 'X', '', 'Không'];

export function makePlan(movements: number, criteria: number): Plan {
  const p = parseDeadline('trước ngày 15/10/2024', { year: 2024 });
  if (!p.ok) throw new Error('bench: the deadline phrase did not parse');
  const deadline = resolveDeadline(p.spec, 2024, {});
  const crit = (kind: string) => Array.from({ length: criteria }, (_, i) => `Tiêu chuẩn ${kind} số ${i + 1}: hoàn thành tốt nhiệm vụ được giao.`);
  const ms: Movement[] = Array.from({ length: movements }, (_, i) => ({
    id: String(i + 1),
    name: `Phong trào thi đua chuyên đề số ${i + 1}`,
    quota: { collective: 40, individual: 150, either: null, percent: null },
    quotaNote: null,
    criteria: { collective: crit('tập thể'), individual: crit('cá nhân') },
    deadlines: [deadline],
  }));
  return {
    title: 'Kế hoạch phát động phong trào thi đua năm 2024 (bench)',
    issuer: 'Sở Y tế',
    year: 2024,
    period: { from: '2024-01-01', to: '2024-12-31' },
    movements: ms,
    deadlines: [],
    allocations: [],
    rubric: null,
    grades: [],
  };
}

/**
 * A nominations sheet as an adapter hands it over: title, header, `rows` nominees over `movements`
 * movements with `criteria` criteria columns. Dates are Date cells (as exceljs gives them), or
 * serial numbers with a date format when `serialDates` (as Office.js gives them).
 */
export function makeGrid(rows: number, criteria: number, movements: number, seed = 42, serialDates = false): { values: Grid; numberFormats?: string[][] } {
  const r = rng(seed);
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const header: CellValue[] = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Ngày nộp'];
  for (let i = 1; i <= criteria; i++) header.push(`Tiêu chí ${i}`);
  header.push('Tỷ lệ phiếu (%)');
  const values: Grid = [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024'], [], header];
  const formats: string[][] | undefined = serialDates ? [[], [], header.map(() => 'General')] : undefined;
  const base = Date.UTC(2024, 8, 1);
  for (let i = 0; i < rows; i++) {
    const collective = r() < 0.3;
    const day = Math.floor(r() * 50); // 01/09 … 20/10: some late
    const row: CellValue[] = [
      i + 1,
      collective ? `${pick(UNIT_KINDS)} số ${Math.floor(r() * 500)}` : `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i}`,
      `${pick(UNIT_KINDS)} ${Math.floor(r() * 200)}`,
      collective ? 'Tập thể' : 'Cá nhân',
      String(1 + Math.floor(r() * movements)),
      serialDates ? 45536 + day : new Date(base + day * 86400000),
    ];
    for (let c = 0; c < criteria; c++) row.push(pick(MARKS));
    row.push(Math.round((50 + r() * 50) * 10) / 10);
    values.push(row);
    if (formats) formats.push(row.map((_, c) => (c === 5 ? 'dd/mm/yyyy' : 'General')));
  }
  return { values, numberFormats: formats };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function timeMedian(fn: () => unknown, runs = RUNS): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/**
 * Two passes timed in turns (a, b, a, b, …) after their warm-ups, so a busy spell of the machine
 * falls on both: the medians of each, and a's first (cold) run.
 */
function timePair(a: () => unknown, b: () => unknown, runs = RUNS): { a: number; b: number; aFirst: number } {
  let t0 = performance.now();
  a();
  const aFirst = performance.now() - t0;
  for (let i = 1; i < WARMUP; i++) a();
  for (let i = 0; i < WARMUP; i++) b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return { a: median(ta), b: median(tb), aFirst };
}

const settings: Settings = { ...DEFAULT_SETTINGS, year: 2024 };

/**
 * The engine path: header → rows (read into the column table) → every decision (checks, lateness,
 * duplicates, ranking, quota cuts, statuses) → the summary. With `results`, also every row's result
 * object with its reasons in Vietnamese, as the band and --json writers build them.
 */
function enginePass(sheet: SheetData, plan: Plan, results = false): number {
  const header = detectHeader(sheet.values, plan);
  if (!header) throw new Error('bench: no header detected');
  const read = readNominationTable(sheet, header, plan, { year: 2024 });
  const d = decide(plan, read.table, settings);
  let acc = d.length + d.summary.totals.nominated + d.summary.totals.selected;
  if (results) for (const r of d.results()) acc += r.reasons.length;
  return acc;
}

/** The floor: read every cell once, the way any reader must touch it. */
function barePass(values: Grid): number {
  let acc = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') acc += v.trim().length;
      else if (typeof v === 'number') acc += v;
      else if (v instanceof Date) acc += v.getTime() / 86400000;
      else if (v !== null) acc += 1;
    }
  }
  return acc;
}

/** runScore on the strict fake host (5 MB per request and response, as Office on the web). */
async function syncsFor(rows: number, criteria: number, movements: number): Promise<{ rows: number; columns: number; count: number; ms: number }> {
  // Required lazily: the fake host and the adapter are only needed here.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createFakeExcel } = require('../playground/fakeExcel');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { runScore } = require('../src/excel/index');
  const plan = makePlan(movements, criteria);
  const g = makeGrid(rows, criteria, movements, 7, true);
  const values = g.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
  const width = Math.max(...values.map((r) => r.length));
  const rect = values.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  const fmts = (g.numberFormats as string[][]).map((r) => [...r, ...new Array(width - r.length).fill('General')]);
  const counts: number[] = [];
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const fake = createFakeExcel({ sheets: [{ name: 'Danh sách', values: rect, numberFormats: fmts }], active: 'Danh sách' });
    (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
    const t0 = performance.now();
    await runScore(plan, settings, { sheet: null });
    const ms = performance.now() - t0;
    if (i > 0) {
      counts.push(fake.syncCount());
      times.push(ms);
    }
  }
  return { rows, columns: width, count: median(counts), ms: Math.round(median(times)) };
}

/**
 * The headline figure is a list of the usual shape (STT, name, unit, kind, movement, received, three
 * criteria, vote: 10 columns); a wide one (10 criteria, 17 columns) is reported beside it, since its
 * values alone pass the 5 MB a response may carry and must be read in chunks.
 */
async function benchSyncs(): Promise<Record<string, unknown>> {
  const usual = await syncsFor(50000, 3, 1);
  const wide = await syncsFor(50000, 10, 20);
  return { ...usual, wide };
}

function benchFunctions(): { calls: number; callsPerSecond: number } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fns = require('../src/functions/functions');
  const isLate: (r: unknown, p: unknown, s?: boolean, y?: number) => unknown = fns.TDKT?.ISLATE ?? fns.tdktIsLate;
  const calls = 1_000_000;
  const phrase = 'trước ngày 15 tháng 10 hằng năm';
  const received = [45570, 45580, 45590, 45600]; // 06/10 … 05/11/2024
  let late = 0;
  const ms = timeMedian(() => {
    late = 0;
    for (let i = 0; i < calls; i++) if (isLate(received[i & 3], phrase) === true) late++;
  });
  if (late === 0) throw new Error('bench: TDKT.ISLATE never answered TRUE; the call path is not doing the work');
  return { calls, callsPerSecond: Math.round(calls / (ms / 1000)) };
}

/**
 * The paperwork for `n` proposed nominees: a list with no quota (every eligible, on-time nominee
 * is proposed), read, decided, and written as the four .docx documents (18 pages of lists, n certificates).
 */
async function benchDocuments(n: number): Promise<{ nominees: number; ms: number; firstRunMs: number; bytes: number }> {
  const plan = makePlan(5, 3);
  for (const m of plan.movements) m.quota = null;
  const g = makeGrid(n, 3, 5, 7);
  // Every criterion met and every dossier on time: all n are proposed.
  for (const row of g.values.slice(3)) {
    for (let c = 6; c < 9; c++) row[c] = 'x';
    row[5] = new Date(Date.UTC(2024, 8, 1));
  }
  const sheets: SheetData[] = [{ name: 'Danh sách', values: g.values }];
  const once = async () => {
    const r = await buildDocuments(sheets, { plan });
    if (r.awardees !== n) throw new Error(`bench: ${r.awardees} proposed, expected ${n}`);
    return r.documents.reduce((a, d) => a + d.bytes.length, 0);
  };
  const t0 = performance.now();
  const bytes = await once();
  const firstRunMs = performance.now() - t0;
  await once();
  const ts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await once();
    ts.push(performance.now() - t);
  }
  return { nominees: n, ms: Math.round(median(ts)), firstRunMs: Math.round(firstRunMs), bytes };
}

/**
 * Reading a 50-page document: the real plans of test/fixtures/plans/real (PDF copies, Markdown,
 * a Quyết định with its Quy định) one after another until the text is ~150 KB, about 50 A4 pages
 * of an administrative document, read by the plan reader as `binhxet plan` and the pane do.
 */
function benchPlanRead(): Record<string, number> {
  // scripts/bench.js runs this from the repository's root.
  const dir = path.join(process.cwd(), 'test', 'fixtures', 'plans', 'real');
  const parts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  let text = '';
  while (text.length < 150_000) text += parts.join('\n\n');
  const ms = timeMedian(() => readPlanText(text).movements.length);
  return { ms: Math.round(ms * 10) / 10, kilobytes: Math.round(text.length / 1024), lines: text.split('\n').length };
}

async function main() {
  const out: Record<string, unknown> = { runs: RUNS };
  if (want('plan')) out.plan = benchPlanRead();
  if (want('engine')) {
    const plan = makePlan(20, 10);
    const g = makeGrid(100000, 10, 20);
    const sheet: SheetData = { name: 'Danh sách', values: g.values };
    const { a: ms, b: barePassMs, aFirst: firstRunMs } = timePair(() => enginePass(sheet, plan), () => barePass(g.values));
    const withResultsMs = timeMedian(() => enginePass(sheet, plan, true));
    out.engine = {
      rows: 100000, criteria: 10, movements: 20, ms: Math.round(ms), barePassMs: Math.round(barePassMs * 10) / 10, ratio: Math.round((ms / barePassMs) * 10) / 10,
      withResultsMs: Math.round(withResultsMs), withResultsRatio: Math.round((withResultsMs / barePassMs) * 10) / 10,
      firstRunMs: Math.round(firstRunMs),
    };
    // The same list as Office.js hands it over: serial dates with their formats, and every text a
    // flat string of its own (range.values comes through JSON). The generator's texts are built by
    // concatenation (V8 cons strings), which are slower to compare and to trim, for both passes.
    const office = makeGrid(100000, 10, 20, 42, true);
    const officeValues = JSON.parse(JSON.stringify(office.values)) as Grid;
    const officeSheet: SheetData = { name: 'Danh sách', values: officeValues, numberFormats: office.numberFormats };
    const o = timePair(() => enginePass(officeSheet, plan), () => barePass(officeValues));
    (out.engine as Record<string, unknown>).officeForm = {
      ms: Math.round(o.a), barePassMs: Math.round(o.b * 10) / 10, ratio: Math.round((o.a / o.b) * 10) / 10,
    };
  }
  if (want('scaling')) {
    const plan = makePlan(20, 10);
    const sizes = [10000, 20000, 40000, 80000];
    // The sizes are timed in turns, like the engine and the bare pass: timed one after another, a
    // busy spell of the machine (or a collection of the grids made before) fell on one size only.
    const sheets: SheetData[] = sizes.map((n) => ({ name: 'Danh sách', values: makeGrid(n, 10, 20, n).values }));
    for (const sheet of sheets) for (let i = 0; i < WARMUP; i++) enginePass(sheet, plan);
    const times: number[][] = sizes.map(() => []);
    for (let r = 0; r < RUNS; r++) {
      sheets.forEach((sheet, k) => {
        const t0 = performance.now();
        enginePass(sheet, plan);
        times[k].push(performance.now() - t0);
      });
    }
    const ms = times.map(median);
    // Least-squares slope of log(ms) on log(rows).
    const xs = sizes.map(Math.log);
    const ys = ms.map(Math.log);
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    const exponent = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    out.scaling = { sizes, ms: ms.map((x) => Math.round(x)), exponent: Math.round(exponent * 100) / 100 };
  }
  if (want('functions')) {
    try {
      out.functions = benchFunctions();
    } catch (e) {
      out.functions = { error: String(e instanceof Error ? e.message : e) };
    }
  }
  if (want('intake')) {
    try {
      out.intake = await benchIntake(RUNS, WARMUP);
    } catch (e) {
      out.intake = { error: String(e instanceof Error ? e.message : e) };
    }
  }
  if (want('documents')) {
    try {
      out.documents = await benchDocuments(2000);
    } catch (e) {
      out.documents = { error: String(e instanceof Error ? e.message : e) };
    }
  }
  if (want('syncs')) {
    try {
      out.syncs = await benchSyncs();
    } catch (e) {
      out.syncs = { error: String(e instanceof Error ? e.message : e) };
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
    process.exit(2);
  });
}
