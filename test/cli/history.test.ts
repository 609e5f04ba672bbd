// `binhxet score` with the award history: the workbook's "Lịch sử khen thưởng" sheet, or
// --history (a history workbook or last year's results workbook), checked in the run;
// --ghi-lich-su appends this year's final results, a second run adding nothing and giving the
// same bytes; the statistics sheet is written.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { changedCells, fingerprintFile } from '../support/fingerprint';
import { HISTORY_SHEET_NAME, HISTORY_STATS_SHEET } from '../../src/core/text/history';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

const LD = 'Trung tâm Y tế huyện Long Điền';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const planJson = (year: number) => ({
  title: `Kế hoạch thi đua năm ${year}`, issuer: 'Sở Y tế', year, period: { from: null, to: null }, deadlines: [], allocations: [], rubric: null, grades: [],
  movements: [{ id: '1', name: `Thi đua năm ${year}`, quota: { collective: 5, individual: 10, either: null, percent: null }, quotaNote: null, criteria: { collective: [], individual: [] }, deadlines: [] }],
});

type Row = (string | number | null)[];
const LIST_HEAD: Row = ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Ngày nộp', 'Tỷ lệ phiếu'];
const HISTORY_HEAD: Row = ['STT', 'Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến'];

/** A row's values as ExcelJS gives them, without its leading hole. */
const rowOf = (ws: ExcelJS.Worksheet, r: number) => ((ws.getRow(r).values as unknown[]) ?? []).slice(1);
/** The reason a rule gave: the one line that cites its source. */
const ruleReason = (reasons: string[]) => reasons.find((x) => / — theo /.test(x));

async function workbook(file: string, sheets: { name: string; rows: Row[] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  await wb.xlsx.writeFile(file);
}

function dir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-history-'));
  fs.writeFileSync(path.join(d, 'plan-2024.json'), JSON.stringify(planJson(2024)));
  fs.writeFileSync(path.join(d, 'plan-2025.json'), JSON.stringify(planJson(2025)));
  return d;
}

// Three years with gaps (2021, 2023, 2024 for Lan; 2022, 2024 for Nam), initiatives recorded.
const HISTORY: Row[] = [
  HISTORY_HEAD,
  [1, 'Nguyễn Thị Lan', LD, 2021, 'Chiến sĩ thi đua cơ sở', '120/QĐ-SYT', 0],
  [2, 'Nguyễn Thị Lan', LD, 2023, 'Chiến sĩ thi đua cơ sở', '88/QĐ-SYT', 1],
  [3, 'Nguyễn Thị Lan', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 1],
  [4, 'Trần Văn Nam', LD, 2022, 'Chiến sĩ thi đua cơ sở', '75/QĐ-SYT', 1],
  [5, 'Trần Văn Nam', LD, 2024, 'Chiến sĩ thi đua cơ sở', '91/QĐ-SYT', 1],
];
const LIST: Row[] = [
  ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025'],
  LIST_HEAD,
  [1, 'Nguyễn Thị Lan', LD, BK, '01/12/2025', 0.95],
  [2, 'Trần Văn Nam', LD, BK, '01/12/2025', 0.9],
];

describe('binhxet score with the workbook\'s history sheet', () => {
  it('--json: each nomination\'s form and history, the reason naming the years and the source', async () => {
    const d = dir();
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }, { name: HISTORY_SHEET_NAME, rows: HISTORY }]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--json'], d);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.nominations.map((n: { name: string; form: string; status: string }) => [n.name, n.form, n.status])).toEqual([
      ['Nguyễn Thị Lan', BK, 'selected'],
      ['Trần Văn Nam', BK, 'review'],
    ]);
    expect(j.nominations[0].history).toEqual([
      { year: 2021, form: 'Chiến sĩ thi đua cơ sở', decision: '120/QĐ-SYT' },
      { year: 2023, form: 'Chiến sĩ thi đua cơ sở', decision: '88/QĐ-SYT' },
      { year: 2024, form: 'Chiến sĩ thi đua cơ sở', decision: '91/QĐ-SYT' },
    ]);
    expect(ruleReason(j.nominations[1].reasons)).toMatch(/^Có CSTĐCS năm 2024; thiếu năm 2023;.* — theo Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 74 khoản 1 điểm d \(đã xác nhận\)\.$/);
    expect(j.summary.forms).toEqual([expect.objectContaining({ form: BK, kind: 'individual', nominated: 2, proposed: 1, review: 1, highForm: 1 })]);
    expect(j.history).toEqual({ sources: [HISTORY_SHEET_NAME], records: 5, sheet: HISTORY_SHEET_NAME, appended: null, alreadyThere: null, noForm: null });
  });

  it('--rule turns a rule on (and off) as the pane\'s settings do', async () => {
    const d = dir();
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }, { name: HISTORY_SHEET_NAME, rows: HISTORY }]);
    const off = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--json', '--rule', 'bang-khen-tinh.d74-1d=off'], d);
    expect(JSON.parse(off.out).nominations.map((n: { status: string }) => n.status)).toEqual(['selected', 'selected']);
    const bad = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--json', '--rule', 'khong-co=on'], d);
    expect([bad.code, bad.err]).toEqual([1, 'Lỗi: Không có quy tắc "khong-co" trong danh mục hình thức khen thưởng.\n']);
  });

  it('--ghi-lich-su appends this year\'s results, touching no other cell; a second run adds nothing and gives the same bytes', async () => {
    const d = dir();
    const input = path.join(d, 'ds.xlsx');
    await workbook(input, [{ name: 'Danh sách', rows: LIST }, { name: HISTORY_SHEET_NAME, rows: HISTORY }]);
    const r1 = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--ghi-lich-su', '-o', 'lan1.xlsx'], d);
    expect(r1.code).toBe(0);
    expect(r1.out).toContain(`Đã ghi 1 dòng kết quả năm nay vào trang "${HISTORY_SHEET_NAME}"`);
    const fpIn = await fingerprintFile(input);
    const fp1 = await fingerprintFile(path.join(d, 'lan1.xlsx'));
    expect(changedCells(fpIn, fp1)).toEqual([]);
    expect(fp1.sheets).toContain(HISTORY_STATS_SHEET);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(d, 'lan1.xlsx'));
    const h = wb.getWorksheet(HISTORY_SHEET_NAME)!;
    expect([7, 8].map((r) => rowOf(h, r).slice(0, 5))).toEqual([[6, 'Nguyễn Thị Lan', LD, 2025, BK], []]);

    const r2 = await run(['score', 'lan1.xlsx', '--plan', 'plan-2025.json', '--ghi-lich-su', '-o', 'lan2.xlsx'], d);
    expect(r2.out).toContain(`Không có dòng mới để ghi vào trang "${HISTORY_SHEET_NAME}" (1 dòng đã có sẵn)`);
    const r3 = await run(['score', 'lan2.xlsx', '--plan', 'plan-2025.json', '--ghi-lich-su', '-o', 'lan3.xlsx'], d);
    expect(r3.code).toBe(0);
    expect(fs.readFileSync(path.join(d, 'lan3.xlsx')).equals(fs.readFileSync(path.join(d, 'lan2.xlsx')))).toBe(true);
  });

  it('a workbook without a history sheet gets one from --ghi-lich-su', async () => {
    const d = dir();
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--ghi-lich-su', '-o', 'out.xlsx'], d);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(d, 'out.xlsx'));
    const h = wb.getWorksheet(HISTORY_SHEET_NAME)!;
    expect(rowOf(h, 1)).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Đối tượng', 'Năm', 'Hình thức khen thưởng', 'Số quyết định']);
    expect(rowOf(h, 3).slice(0, 6)).toEqual([2, 'Trần Văn Nam', LD, 'Cá nhân', 2025, BK]);
  });

  it('--unit-alias files an old unit\'s records under its new name', async () => {
    const d = dir();
    const NEW = 'Trung tâm Y tế khu vực Long Điền';
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST.map((r, i) => (i >= 2 ? [r[0], r[1], NEW, ...r.slice(3)] : r)) }, { name: HISTORY_SHEET_NAME, rows: HISTORY }]);
    const before = JSON.parse((await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--json'], d)).out);
    expect(before.nominations[0].history).toEqual([]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--json', '--unit-alias', `${LD}=${NEW}`], d);
    const after = JSON.parse(r.out);
    expect(after.nominations[0].history.map((h: { year: number }) => h.year)).toEqual([2021, 2023, 2024]);
    expect(after.nominations[0].status).toBe('selected');
    const bad = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--json', '--unit-alias', 'chỉ một tên'], d);
    expect([bad.code, bad.err]).toEqual([1, expect.stringMatching(/^Lỗi: Tên đơn vị cũ\/mới không hợp lệ: "chỉ một tên"/)]);
  });

  it('--ghi-lich-su with --json needs -o', async () => {
    const d = dir();
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--ghi-lich-su', '--json'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cần -o TỆP\.xlsx/);
  });
});

describe('binhxet score --history', () => {
  it('reads a separate history workbook', async () => {
    const d = dir();
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }]);
    await workbook(path.join(d, 'lich-su.xlsx'), [{ name: 'Sheet1', rows: [['LỊCH SỬ KHEN THƯỞNG CỦA NGÀNH'], ...HISTORY] }]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--history', 'lich-su.xlsx', '--json'], d);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.history.sources).toEqual(['lich-su.xlsx › Sheet1']);
    expect(j.nominations[1].status).toBe('review');
  });

  it('reads last year\'s results workbook: who the council left awarded, with the form, in its plan\'s year', async () => {
    const d = dir();
    // 2024: Lan proposed for CSTĐCS, Nam for Lao động tiên tiến, scored with no history.
    const list2024: Row[] = [['DANH SÁCH 2024'], LIST_HEAD, [1, 'Nguyễn Thị Lan', LD, 'Chiến sĩ thi đua cơ sở', '01/12/2024', 0.95], [2, 'Trần Văn Nam', LD, 'Lao động tiên tiến', '01/12/2024', 0.9]];
    await workbook(path.join(d, 'ds-2024.xlsx'), [{ name: 'Danh sách', rows: list2024 }]);
    const last = await run(['score', 'ds-2024.xlsx', '--plan', 'plan-2024.json', '-o', 'ket-qua-2024.xlsx'], d);
    expect(last.code).toBe(0);
    // 2025, with 2024's results and the 2023 record in this workbook's own history sheet.
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }, { name: HISTORY_SHEET_NAME, rows: [HISTORY_HEAD, HISTORY[2]] }]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--history', 'ket-qua-2024.xlsx', '--json'], d);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.history.sources).toEqual([HISTORY_SHEET_NAME, 'ket-qua-2024.xlsx › Danh sách']);
    expect(j.nominations[0].history).toEqual([
      { year: 2023, form: 'Chiến sĩ thi đua cơ sở', decision: '88/QĐ-SYT' },
      { year: 2024, form: 'Chiến sĩ thi đua cơ sở', decision: null },
    ]);
    // CSTĐCS 2023–2024 with one initiative recorded (2023): the initiatives are for the council to check.
    expect(j.nominations[0].status).toBe('review');
    expect(ruleReason(j.nominations[0].reasons)).toMatch(/^Có CSTĐCS năm 2023, 2024 \(02 năm liên tục\); chỉ có 1 sáng kiến/);
  });

  it('a file that is no history says what it needs', async () => {
    const d = dir();
    await workbook(path.join(d, 'ds.xlsx'), [{ name: 'Danh sách', rows: LIST }]);
    await workbook(path.join(d, 'khac.xlsx'), [{ name: 'Sheet1', rows: [['Ghi chép']] }]);
    const r = await run(['score', 'ds.xlsx', '--plan', 'plan-2025.json', '--history', 'khac.xlsx', '--json'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Lỗi: Tệp "khac\.xlsx" không phải lịch sử khen thưởng/);
  });
});
