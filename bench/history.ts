// The award history's share of a run (issue 20: "Scoring 50,000 nominations against a 200,000-row
// history stays within 2× today's scoring time"), timed through the real engine run: the same
// 50,000-row list with a form column, scored as today (grid → header → rows → decide, no history)
// and with the history (the history sheet read, the index built once, every nominee's form checked
// in the engine's check stage). Both timed in turns, so a busy spell of the shared machine falls on
// both. Also reported: the part of the run the history adds (read, index, checks) and the checks
// with every row's reasons built, as the band and --json writers ask for them. The rules are those
// on by default; `ratioAllRules` turns every condition of the catalogue on.
import { performance } from 'perf_hooks';
import type { CellValue, Grid, SheetData } from '../src/workbook/model';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../src/core/types';
import { detectHeader, type HeaderDetection } from '../src/workbook/header';
import { readNominationTable } from '../src/workbook/rows';
import { decide } from '../src/core/binhxet';
import { detectHistoryHeader, readHistory, type HistoryHeader } from '../src/workbook/historySheet';
import { engineHistory } from '../src/workbook/historyRun';
import type { HistorySource } from '../src/workbook/historySource';
import { listRules } from '../src/core/forms/rules';
import { makeGrid, makePlan } from './run';

const FORMS = ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Giấy khen của Giám đốc Sở', 'Hoàn thành xuất sắc nhiệm vụ', 'Bằng khen của Chủ tịch UBND tỉnh', 'Sáng kiến'];
const PROPOSED = ['Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Lao động tiên tiến', 'Tập thể lao động xuất sắc'];
const YEAR = 2025;

/** The list with the form each row is proposed for, in a column of its own. */
function withForms(grid: Grid): Grid {
  return grid.map((row, r) => (r < 2 ? row : r === 2 ? [...row, 'Hình thức khen thưởng đề nghị'] : [...row, PROPOSED[(r - 3) % PROPOSED.length]]));
}

/** A history of `rows` records for the nominees of `nominations` (four to five years each, some at other units). */
function makeHistoryGrid(nominations: Grid, rows: number): Grid {
  const values: Grid = [['LỊCH SỬ KHEN THƯỞNG'], ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến']];
  const people = nominations.slice(3);
  for (let i = 0; i < rows; i++) {
    const p = people[i % people.length];
    const year = 2020 + (((i / people.length) | 0) % 5);
    const other = i % 17 === 0;
    const row: CellValue[] = [i + 1, p[1], other ? `Trạm Y tế xã ${i % 300}` : p[2], year, FORMS[i % FORMS.length], `${100 + (i % 900)}/QĐ-SYT`, i % 3];
    values.push(row);
  }
  return values;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchHistory(runs: number): Record<string, number> {
  const plan: Plan = { ...makePlan(20, 10), year: YEAR };
  const sheet: SheetData = { name: 'Danh sách', values: withForms(makeGrid(50000, 10, 20).values) };
  const header = detectHeader(sheet.values, plan) as HeaderDetection;
  if (!header?.columns.some((c) => c.field === 'form')) throw new Error('bench: no form column detected');
  const historySheet: SheetData = { name: 'Lịch sử khen thưởng', values: makeHistoryGrid(sheet.values, 200000) };
  const hh = detectHistoryHeader(historySheet.values) as HistoryHeader;
  if (!hh) throw new Error('bench: no history header detected');
  // The rules as a run has them out of the box (only the confirmed national one on); and every
  // condition of the catalogue on (votes aside), the most a secretary can ask of a run.
  const settings: Settings = { ...DEFAULT_SETTINGS, year: YEAR };
  const formRules = Object.fromEntries(listRules().filter((r) => r.kind === 'condition').map((r) => [r.id, true]));
  const allOn: Settings = { ...settings, formRules };

  const read = () => readNominationTable(sheet, header, plan, { year: YEAR }).table;
  const readHist = (): HistorySource => {
    const h = readHistory(historySheet, hh);
    return { sources: [historySheet.name], records: h.records, warnings: h.warnings, own: null, ownSheet: null };
  };
  // Today's scoring: the list read and decided, no history.
  const today = () => decide(plan, read(), settings).summary.totals.selected;
  // With the history: its sheet read, the index built, every nominee checked in the check stage.
  const withHistory = () => decide(plan, read(), settings, { history: engineHistory(readHist(), settings, YEAR) }).summary.totals.selected;
  // The same, the history already read (a run reads its sheets once, as it reads the list).
  const source = readHist();
  const withIndex = () => decide(plan, read(), settings, { history: engineHistory(source, settings, YEAR) }).summary.totals.selected;
  const allRules = () => decide(plan, read(), allOn, { history: engineHistory(readHist(), allOn, YEAR) }).summary.totals.selected;

  const parts: [string, () => unknown][] = [
    ['todayMs', today],
    ['withHistoryMs', withHistory],
    ['withIndexMs', withIndex],
    ['allRulesMs', allRules],
    ['readHistoryMs', () => readHist().records.length],
    ['indexMs', () => engineHistory(source, settings, YEAR).index.slotHead.length],
  ];
  for (let i = 0; i < 3; i++) for (const [, fn] of parts) fn();
  const ts = parts.map(() => [] as number[]);
  // Timed in turns, so a busy spell of the shared machine falls on all.
  for (let r = 0; r < runs; r++) {
    parts.forEach(([, fn], k) => {
      const t0 = performance.now();
      fn();
      ts[k].push(performance.now() - t0);
    });
  }
  const m = Object.fromEntries(parts.map(([name], k) => [name, median(ts[k])]));
  // Reasons for every row (the band and --json), once, for the record.
  const d = decide(plan, read(), allOn, { history: engineHistory(source, allOn, YEAR) });
  const t0 = performance.now();
  let reasons = 0;
  for (let i = 0; i < d.length; i++) reasons += d.reasonsOf(i).length;
  const reasonsMs = performance.now() - t0;
  const checked = d.results().filter((r) => r.reasons.some((x) => / — theo /.test(x))).length;
  return {
    nominees: d.length,
    historyRows: source.records.length,
    checkedRows: checked,
    todayMs: Math.round(m.todayMs),
    withHistoryMs: Math.round(m.withHistoryMs),
    withIndexMs: Math.round(m.withIndexMs),
    allRulesMs: Math.round(m.allRulesMs),
    readHistoryMs: Math.round(m.readHistoryMs),
    indexMs: Math.round(m.indexMs),
    reasonsMs: Math.round(reasonsMs),
    reasons,
    /** Scoring with the history (its sheet read, the index built, the checks) / today's scoring: target ≤ 2. */
    ratio: Math.round((m.withHistoryMs / m.todayMs) * 100) / 100,
    /** The same with the history already read. */
    ratioWithoutRead: Math.round((m.withIndexMs / m.todayMs) * 100) / 100,
    /** With every condition of the catalogue on (all 50,000 nominees looked up and checked). */
    ratioAllRules: Math.round((m.allRulesMs / m.todayMs) * 100) / 100,
  };
}

if (require.main === module) {
  process.stdout.write(JSON.stringify(benchHistory(Math.max(1, Number(process.env.BENCH_RUNS) || 5))) + '\n');
}
