// The intake's part of `npm run bench`: `binhxet gop` on 100 units' files of 50 rows each (read
// the files, find each list, lay the rows out with their provenance, find duplicates, count the
// units, build the three sheets and the JSON) against reading the same files into SheetData with
// the package layer's .xlsx reader alone (src/package). Target: ≤ 1.5×. For scale, also against
// reading them with exceljs, a general-purpose .xlsx library. The files are made in memory by exceljs from a
// seeded generator, in three header shapes units really use; both passes start from their bytes.
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import type { Plan } from '../src/core/types';
import { readWorkbook } from '../src/package';
import { readXlsxSheets } from '../src/cli/unitFiles';
import { intakeContext, mergeReads, readUnitFiles, unitFileFromBytes } from '../src/workbook/intake/index';
import { rng } from './rng';

const FILES = 100;
const ROWS = 50;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const GIVEN = ['Văn An', 'Thị Bình', 'Hữu Cường', 'Minh Dung', 'Thanh Hà', 'Ngọc Lan', 'Đức Long', 'Thu Mai'];
const SHAPES: string[][] = [
  ['STT', 'Họ và tên', 'Chức vụ', 'Năm sinh', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tiêu chí 4', 'Tiêu chí 5', 'Tỷ lệ phiếu (%)'],
  ['STT', 'Tập thể/Cá nhân được đề nghị', 'Chức danh', 'Năm sinh', 'Đơn vị công tác', 'TT/CN', 'Nội dung thi đua', 'Ngày nhận hồ sơ', 'TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'Tỷ lệ phiếu bầu (%)'],
  ['TT', 'Họ tên', 'Chức vụ', 'Năm sinh', 'Cơ quan/đơn vị', 'Loại', 'Chuyên đề', 'Ngày gửi', 'TC 1', 'TC 2', 'TC 3', 'TC 4', 'TC 5', 'Số phiếu đồng ý (%)'],
];

async function unitFile(k: number): Promise<Buffer> {
  const r = rng(1000 + k);
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  const unit = `Khoa số ${k + 1}`;
  ws.addRow([unit.toUpperCase()]);
  ws.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024']);
  ws.addRow([]);
  ws.addRow(SHAPES[k % SHAPES.length]);
  for (let i = 0; i < ROWS; i++) {
    const tt = i < 3;
    const row = ws.addRow([
      i + 1, tt ? `Tổ công tác ${i + 1} - ${unit}` : `${pick(SURNAMES)} ${pick(GIVEN)} ${k}-${i}`, tt ? null : 'Viên chức', tt ? null : 1970 + Math.floor(r() * 30),
      unit, tt ? 'Tập thể' : 'Cá nhân', String(1 + Math.floor(r() * 3)), new Date(Date.UTC(2024, 9, 1 + Math.floor(r() * 20))),
      'x', 'x', r() < 0.9 ? 'x' : 'Không', tt ? 'x' : null, tt ? 'x' : null, Math.round((60 + r() * 40) * 10) / 10,
    ]);
    row.getCell(8).numFmt = 'dd/mm/yyyy';
  }
  ws.addRow([]);
  ws.addRow([null, null, null, null, 'Sông Lam, ngày 10 tháng 10 năm 2024']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function plan(): Plan {
  const deadline = { text: 'trước ngày 15/10/2024', rule: 'before' as const, inclusive: false, from: null, dates: [{ due: '2024-10-15', lastOnTime: '2024-10-14' }] };
  const criteria = { collective: ['a', 'b', 'c', 'd', 'e'].map((c) => `Tiêu chuẩn tập thể ${c}`), individual: ['Tiêu chuẩn cá nhân a', 'Tiêu chuẩn cá nhân b', 'Tiêu chuẩn cá nhân c'] };
  const mv = (id: string, name: string) => ({ id, name, quota: { collective: 5, individual: 20, either: null, percent: null }, quotaNote: null, criteria, deadlines: [deadline] });
  return {
    title: 'Kế hoạch (bench)', issuer: 'Sở Y tế', year: 2024, period: { from: null, to: null },
    movements: [mv('1', 'Thi đua chuyển đổi số'), mv('2', 'Thầy thuốc như mẹ hiền'), mv('3', 'Xanh - sạch - đẹp')],
    deadlines: [], allocations: [{ group: 'đơn vị', each: true, collective: 1, individual: 3, either: null, text: '' }], rubric: null, grades: [],
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Two async passes timed in turns after their warm-ups (as bench/run.ts's timePair), with the
 * median of each run's own ratio: on a shared machine a busy spell slows a run's two passes alike,
 * while the medians of the two columns may each come from another spell.
 */
async function timePairAsync(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number, warmup: number): Promise<{ a: number; b: number; ratio: number }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    await b();
    tb.push(performance.now() - t0);
    ratios.push(ta[i] / tb[i]);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}

/** Runs of the gop/read pair: a pair takes about half a second, so more than the other parts' five. */
const PAIR_RUNS = 15;

export async function benchIntake(runs: number, warmup: number): Promise<Record<string, unknown>> {
  const files = await Promise.all(Array.from({ length: FILES }, (_, k) => unitFile(k)));
  const names = files.map((_, k) => `don-vi-${k + 1}.xlsx`);
  const p = plan();
  let merged = 0;
  const readOnly = async () => {
    let n = 0;
    for (let k = 0; k < files.length; k++) n += readWorkbook(files[k], names[k]).sheets[0].values.length;
    return n;
  };
  // As `binhxet gop` does it, but from the bytes in memory.
  const gop = async () => {
    const ctx = intakeContext(p);
    const reads = await readUnitFiles(files.map((_, k) => k), (k) => unitFileFromBytes(files[k], names[k], null, readXlsxSheets), ctx);
    const o = mergeReads(reads, ctx);
    merged = o.json.merged;
    return o.writePlan.sheets.length;
  };
  // For scale: the same files read by exceljs.
  const exceljs = async () => {
    let n = 0;
    for (let k = 0; k < files.length; k++) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(files[k] as unknown as ArrayBuffer);
      n += wb.worksheets[0].rowCount;
    }
    return n;
  };
  const t = await timePairAsync(gop, readOnly, Math.max(runs, PAIR_RUNS), warmup);
  if (merged !== FILES * ROWS) throw new Error(`bench: merged ${merged} rows, expected ${FILES * ROWS}`);
  const e = await timePairAsync(gop, exceljs, Math.min(runs, 3), 1);
  return {
    files: FILES, rows: ROWS, ms: Math.round(t.a), readMs: Math.round(t.b), ratio: Math.round(t.ratio * 100) / 100, ratioOfMedians: Math.round((t.a / t.b) * 100) / 100,
    exceljsReadMs: Math.round(e.b), ratioToExceljs: Math.round((e.a / e.b) * 100) / 100,
  };
}
