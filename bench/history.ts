// The award history's share of a run (issue 20): building the index of a 200,000-row history and
// checking 50,000 nominees' proposed forms against it, against scoring the same 50,000 nominees
// today (grid → header → rows → decide). Target: history work ≤ 1× scoring, so that scoring with the
// history stays within 2× today's. Reading the history sheet's grid is reported apart (a run reads
// it once, as it reads the nominations).
import { performance } from 'perf_hooks';
import type { CellValue, Grid, SheetData } from '../src/workbook/model';
import { DEFAULT_SETTINGS } from '../src/core/types';
import { detectHeader } from '../src/workbook/header';
import { readNominationTable } from '../src/workbook/rows';
import { decide } from '../src/core/binhxet';
import { unitAt } from '../src/core/table';
import { detectHistoryHeader, readHistory } from '../src/workbook/historySheet';
import { buildHistoryIndex } from '../src/core/history/historyIndex';
import { decideNominee } from '../src/core/history/conditions';
import { ruleSwitch } from '../src/core/forms/rules';
import { makeGrid, makePlan } from './run';

const FORMS = ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Giấy khen của Giám đốc Sở', 'Hoàn thành xuất sắc nhiệm vụ', 'Bằng khen của Chủ tịch UBND tỉnh', 'Sáng kiến'];
const PROPOSED = ['Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cơ sở', 'Giấy khen', 'Lao động tiên tiến', 'Tập thể lao động xuất sắc'];

/** A history of `rows` records for the nominees of `nominations` (four years each, some at other units). */
function makeHistoryGrid(nominations: Grid, rows: number): Grid {
  const values: Grid = [['LỊCH SỬ KHEN THƯỞNG'], ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến']];
  const people = nominations.slice(3);
  for (let i = 0; i < rows; i++) {
    const p = people[i % people.length];
    const year = 2021 + ((i / people.length) | 0) % 5;
    const other = i % 17 === 0;
    const row: CellValue[] = [i + 1, p[1], other ? `Trạm Y tế xã ${i % 300}` : p[2], year, FORMS[i % FORMS.length], `${100 + (i % 900)}/QĐ-SYT`, i % 3];
    values.push(row);
  }
  return values;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchHistory(runs: number): Record<string, number> {
  const plan = makePlan(20, 10);
  const grid = makeGrid(50000, 10, 20).values;
  const sheet: SheetData = { name: 'Danh sách', values: grid };
  const header = detectHeader(grid, plan);
  if (!header) throw new Error('bench: no header detected');
  const score = () => decide(plan, readNominationTable(sheet, header, plan, { year: 2024 }).table, DEFAULT_SETTINGS).length;
  const historyGrid = makeHistoryGrid(grid, 200000);
  const historySheet: SheetData = { name: 'Lịch sử khen thưởng', values: historyGrid };
  const hh = detectHistoryHeader(historyGrid);
  if (!hh) throw new Error('bench: no history header detected');
  const records = readHistory(historySheet, hh).records;
  const table = readNominationTable(sheet, header, plan, { year: 2024 }).table;
  const on = ruleSwitch({ formRules: { 'chien-si-thi-dua-cap-tinh.d22': true, 'lao-dong-tien-tien.mot-thanh-tich': true } });
  const check = () => {
    const index = buildHistoryIndex(records);
    let acc = 0;
    for (let i = 0; i < table.length; i++) {
      // The engine's decision pass: its name hash and unit text as the table holds them, no reason text.
      const r = decideNominee(index, { name: table.name[i], nameHash: table.nameHash[i], unit: unitAt(table, i), kind: null, formText: PROPOSED[i % PROPOSED.length], year: 2025 }, on);
      acc += r.length;
    }
    return acc;
  };
  // Timed in turns (score, read, index, check), so a busy spell of the shared machine falls on all.
  for (let i = 0; i < 3; i++) {
    score();
    check();
  }
  const ts: number[][] = [[], [], [], []];
  const parts = [score, () => readHistory(historySheet, hh).records.length, () => buildHistoryIndex(records).slotHead.length, check];
  for (let r = 0; r < runs; r++) {
    parts.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      ts[k].push(performance.now() - t0);
    });
  }
  const [scoringMs, readMs, indexMs, checkAllMs] = ts.map(median);
  const checkMs = checkAllMs - indexMs;
  return {
    nominees: table.length,
    historyRows: records.length,
    scoringMs: Math.round(scoringMs),
    readHistoryMs: Math.round(readMs),
    indexMs: Math.round(indexMs),
    checkMs: Math.round(checkMs),
    /** (index + checks) / scoring: ≤ 1 keeps scoring with the history within 2× today's. */
    ratio: Math.round(((indexMs + checkMs) / scoringMs) * 100) / 100,
    ratioWithRead: Math.round(((readMs + indexMs + checkMs) / scoringMs) * 100) / 100,
  };
}

if (require.main === module) {
  process.stdout.write(JSON.stringify(benchHistory(Math.max(1, Number(process.env.BENCH_RUNS) || 5))) + '\n');
}
