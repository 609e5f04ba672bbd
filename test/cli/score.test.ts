import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { asPlain, changedCells, fingerprintFile, lostMerges } from '../support/fingerprint';
import { SHEET_PICK_TEXT } from '../../src/core/text/package';
// The sample holds two lists (the nominations and the TDKT functions' demo copy): the command line
// says which it scored, on stderr and in the JSON warnings.
const SAMPLE_NOTE = SHEET_PICK_TEXT.note(SHEET_PICK_TEXT.several('Danh sách đề nghị', ['Hàm TDKT'])) + '\n';


const ROOT = path.join(__dirname, '../..');
const SAMPLE_XLSX = path.join(ROOT, 'assets/samples/danh-sach-de-nghi-mau.xlsx');
const SAMPLE_PLAN = path.join(ROOT, 'assets/samples/ke-hoach-mau.txt');
const SAMPLE_SHEET = 'Danh sách đề nghị';

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bx-score-'));
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

// A one-movement plan as JSON, so these tests do not depend on how plan text is read.
const PLAN_JSON = {
  title: 'Kế hoạch thử',
  issuer: 'Sở thử',
  year: 2024,
  period: { from: null, to: null },
  movements: [
    {
      id: '1',
      name: 'Thi đua thử',
      quota: { collective: 1, individual: 2, either: null, percent: null },
      quotaNote: null,
      criteria: { collective: ['Tiêu chí A', 'Tiêu chí B'], individual: ['Tiêu chí A', 'Tiêu chí B'] },
      deadlines: [],
    },
  ],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};

type Row = (string | number | Date | null | { formula: string; result?: unknown })[];

async function makeWorkbook(file: string, rows: Row[], sheet = 'DS'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ';
  ws.mergeCells('A1:F1');
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 3, j + 1).value = v as ExcelJS.CellValue;
    });
  });
  wb.addWorksheet('Ghi chép').getCell('B2').value = 'không liên quan';
  await wb.xlsx.writeFile(file);
}

const HEADER: Row = ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'];

function setup(rows: Row[]) {
  const dir = tmpDir();
  const plan = path.join(dir, 'plan.json');
  fs.writeFileSync(plan, JSON.stringify(PLAN_JSON));
  const input = path.join(dir, 'ds.xlsx');
  return { dir, plan, input, ready: makeWorkbook(input, rows) };
}

function noStack(s: string): void {
  expect(s).not.toMatch(/\n\s+at /);
}

describe('binhxet score on the sample workbook', () => {
  let dir: string;
  let input: string;
  let before: Buffer;
  beforeAll(() => {
    dir = tmpDir();
    input = path.join(dir, 'mau.xlsx');
    fs.copyFileSync(SAMPLE_XLSX, input);
    before = fs.readFileSync(input);
  });

  it('writes <input>-ketqua.xlsx beside the input, prints a summary, and leaves the input alone', async () => {
    const r = await run(['score', input, '--plan', SAMPLE_PLAN], dir);
    expect(r.err).toBe(SAMPLE_NOTE);
    expect(r.code).toBe(0);
    const out = path.join(dir, 'mau-ketqua.xlsx');
    expect(fs.existsSync(out)).toBe(true);
    expect(r.out).toContain(out);
    expect(r.out).toContain('Đề nghị / Chỉ tiêu');
    expect(r.out).toMatch(/Cá nhân\s+3 \/ 4/); // movement 1, individuals: 3 proposed, 2 tied at the cut-off
    expect(r.out).toContain('Tổng: 62 trường hợp — đề nghị khen thưởng 18, đồng hạng tại ngưỡng 2');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('keeps every original cell and merge, adds the band and the owned sheets', async () => {
    const out = path.join(dir, 'mau-ketqua.xlsx');
    const fpIn = await fingerprintFile(input);
    const fpOut = await fingerprintFile(out);
    expect(changedCells(fpIn, fpOut)).toEqual([]);
    expect(lostMerges(fpIn, fpOut)).toEqual([]);
    expect(fpOut.sheets).toEqual([SAMPLE_SHEET, 'Hàm TDKT', 'Thông tin văn bản', 'BX Tổng hợp', 'BX Trễ hạn', 'BX Đề nghị', 'Kế hoạch']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(SAMPLE_SHEET)!;
    // The table ends at column M (Ghi chú); the band starts at N on the header row (7).
    expect(ws.getCell('N7').value).toBe('Bình Xét: Điểm');
    expect(ws.getCell('R7').value).toBe('Bình Xét: Kết quả');
    expect(ws.getCell('R10').value).toBe('Đề nghị khen thưởng'); // Khoa Khám bệnh
    expect(ws.getCell('R13').value).toBe('Trễ hạn'); // Trạm Y tế xã Tân Phú, 18/11
    expect(ws.getCell('P13').value).toBe(4);
    // The footer rows get nothing.
    expect(ws.getCell('R74').value).toBeNull();

    const late = wb.getWorksheet('BX Trễ hạn')!;
    expect(late.pageSetup.paperSize).toBe(9);
    expect(late.pageSetup.printTitlesRow).toBeTruthy();
    const lateDates: unknown[] = [];
    late.eachRow((row) => row.eachCell((c) => c.numFmt === 'dd/mm/yyyy' && lateDates.push(c.value)));
    expect(lateDates.length).toBeGreaterThan(0);
    const prop = wb.getWorksheet('BX Đề nghị')!;
    expect(prop.pageSetup.paperSize).toBe(9);
    expect(prop.getCell('A1').font?.name).toBe('Times New Roman');
    const names: string[] = [];
    prop.eachRow((row) => names.push(String(row.getCell(2).value ?? '')));
    expect(names).toContain('Khoa Khám bệnh');
    expect(names).toContain('Phạm Thu Hà'); // tied: listed for the council
    expect(names).not.toContain('Khoa Dược'); // over quota
  });

  it('scoring its own output again gives the same workbook', async () => {
    const out1 = path.join(dir, 'mau-ketqua.xlsx');
    const out2 = path.join(dir, 'lan2.xlsx');
    const r = await run(['score', out1, '--plan', SAMPLE_PLAN, '-o', out2], dir);
    expect(r.err).toBe(SAMPLE_NOTE);
    expect(r.code).toBe(0);
    expect(asPlain(await fingerprintFile(out2))).toEqual(asPlain(await fingerprintFile(out1)));
  });

  it('--json prints the contract keys and writes no file without -o', async () => {
    const d = tmpDir();
    const inp = path.join(d, 'x.xlsx');
    fs.copyFileSync(SAMPLE_XLSX, inp);
    const r = await run(['score', inp, '--plan', SAMPLE_PLAN, '--json'], d);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['sheet', 'headerRow', 'nominations', 'summary', 'warnings']);
    expect(j.sheet).toBe(SAMPLE_SHEET);
    expect(j.headerRow).toBe(7);
    expect(Object.keys(j.nominations[0])).toEqual(
      expect.arrayContaining(['row', 'name', 'unit', 'kind', 'movement', 'received', 'lastOnTime', 'daysLate', 'late', 'criteriaMet', 'criteriaTotal', 'score', 'eligible', 'vote', 'rank', 'status', 'duplicate', 'group', 'grade', 'reasons']),
    );
    expect(j.warnings[0]).toEqual({ sheet: SAMPLE_SHEET, row: null, column: null, message: SAMPLE_NOTE.slice('Lưu ý: '.length, -1) });
    expect(j.warnings[1]).toEqual({ sheet: SAMPLE_SHEET, row: 27, column: 'L', message: expect.stringContaining('#DIV/0!') });
    expect(fs.readdirSync(d)).toEqual(['x.xlsx']);
  });
});

describe('binhxet score on bad input', () => {
  it.each([
    ['a text file renamed .xlsx', Buffer.from('STT,Họ và tên\n1,A\n'), /không phải tệp Excel/],
    ['an empty file', Buffer.alloc(0), /trống/],
    ['a truncated zip', null, /bị hỏng/],
  ])('%s: exit 1 with a Vietnamese message, nothing written', async (_label, bytes, msg) => {
    const dir = tmpDir();
    const plan = path.join(dir, 'plan.json');
    fs.writeFileSync(plan, JSON.stringify(PLAN_JSON));
    const input = path.join(dir, 'ds.xlsx');
    fs.writeFileSync(input, bytes ?? fs.readFileSync(SAMPLE_XLSX).subarray(0, 3000));
    const before = fs.readFileSync(input);
    const r = await run(['score', input, '--plan', plan], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(msg);
    noStack(r.err);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['ds.xlsx', 'plan.json']);
  });

  it('names the missing sheet and lists the sheets', async () => {
    const s = setup([HEADER, [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 90]]);
    await s.ready;
    const r = await run(['score', s.input, '--plan', s.plan, '--sheet', 'Không có'], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Không có trang tính "Không có"');
    expect(r.err).toContain('"DS"');
  });

  it('says so when no sheet has a recognisable header', async () => {
    const s = setup([['Báo cáo', 'tháng'], [1, 2]]);
    await s.ready;
    const r = await run(['score', s.input, '--plan', s.plan], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Không trang tính nào có dòng tiêu đề');
    const r2 = await run(['score', s.input, '--plan', s.plan, '--sheet', 'DS'], s.dir);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('Không tìm thấy dòng tiêu đề');
  });

  it('says so when the header has no rows under it', async () => {
    const s = setup([HEADER]);
    await s.ready;
    const r = await run(['score', s.input, '--plan', s.plan], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Có tiêu đề nhưng không có dòng nào');
  });

  it('refuses to overwrite user cells where the band would go, naming them', async () => {
    const s = setup([
      [...HEADER, 'Ý kiến'],
      [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 90],
    ]);
    await s.ready;
    // "Ý kiến" is no known field but it is part of the user's table, so the band starts at I; K4 is in its way.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(s.input);
    wb.getWorksheet('DS')!.getCell('K4').value = 'ghi tay';
    await wb.xlsx.writeFile(s.input);
    const r = await run(['score', s.input, '--plan', s.plan, '--deadline', 'trước ngày 15/11/2024'], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('không trống và không do Bình Xét tạo');
    expect(r.err).toContain('K4');
    noStack(r.err);
    expect(fs.readdirSync(s.dir).sort()).toEqual(['ds.xlsx', 'plan.json']);
  });

  it('puts rows with formula errors, impossible dates, huge cells under review with warnings; formula-like text stays text', async () => {
    const long = 'A'.repeat(100_000);
    const s = setup([
      HEADER,
      [1, 'Nguyễn Văn A', 'Khoa Nội', '31/02/2023', 'x', 'x', 90],
      [2, 'Trần Thị B', 'Khoa Ngoại', '10/11/2024', 'x', 'x', { formula: 'NA()', result: { error: '#N/A' } }],
      [3, long, 'Khoa Sản', '10/11/2024', 'x', 'x', 90],
      [4, '=HYPERLINK("http://x.invalid","Bấm")', 'Khoa Nhi', '09/11/2024', 'x', 'x', 95],
      [5, '<b>Lê Văn C</b>', 'Khoa Dược', '08/11/2024', 'x', 'x', 91],
    ]);
    await s.ready;
    const before = await fingerprintFile(s.input);
    const out = path.join(s.dir, 'kq.xlsx');
    const r = await run(['score', s.input, '--plan', s.plan, '--deadline', 'trước ngày 15/11/2024', '--year', '2024', '-o', out, '--json'], s.dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const byRow = new Map<number, { status: string; reasons: string[] }>(j.nominations.map((n: { row: number }) => [n.row, n]));
    expect(byRow.get(4)!.status).toBe('review');
    expect(byRow.get(5)!.status).toBe('review');
    expect(byRow.get(6)!.status).toBe('review');
    expect(j.warnings.map((w: { row: number; column: string }) => `${w.column}${w.row}`)).toEqual(expect.arrayContaining(['D4', 'G5', 'B6']));
    // The =HYPERLINK text and the markup are names like any other: ranked and proposed.
    expect(byRow.get(7)!.status).toBe('selected');
    expect(byRow.get(8)!.status).toBe('selected');
    const after = await fingerprintFile(out);
    expect(changedCells(before, after, ['DS', 'Ghi chép'])).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // No cell Bình Xét wrote is a formula.
    for (const name of ['BX Tổng hợp', 'BX Trễ hạn', 'BX Đề nghị']) {
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeFalsy()));
    }
    const prop: unknown[] = [];
    wb.getWorksheet('BX Đề nghị')!.eachRow((row) => prop.push(row.getCell(2).value));
    expect(prop).toContain('=HYPERLINK("http://x.invalid","Bấm")');
  });

  it('rejects a missing --plan and a non-.xlsx name', async () => {
    const dir = tmpDir();
    const r = await run(['score', 'a.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--plan');
    const r2 = await run(['score', 'a.csv', '--plan', 'p.txt'], dir);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('.xlsx');
  });
});

describe('binhxet score next to a user sheet named like an owned one', () => {
  it('does not delete a user "Kế hoạch" sheet', async () => {
    const s = setup([HEADER, [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 90]]);
    await s.ready;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(s.input);
    wb.addWorksheet('Kế hoạch').getCell('A1').value = 'Kế hoạch công tác tháng 11 của tôi';
    await wb.xlsx.writeFile(s.input);
    const r = await run(['score', s.input, '--plan', s.plan, '--deadline', 'trước ngày 15/11/2024'], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Tệp đã có trang "Kế hoạch" không do Bình Xét tạo');
    expect(fs.readdirSync(s.dir).sort()).toEqual(['ds.xlsx', 'plan.json']);
  });
});

describe('binhxet score next to a user sheet with an owned "BX" name', () => {
  it('does not replace a user sheet named "BX Tổng hợp" that Bình Xét did not make', async () => {
    const s = setup([HEADER, [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 90]]);
    await s.ready;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(s.input);
    wb.addWorksheet('BX Tổng hợp').getCell('A1').value = 'Bảng xếp hạng bóng đá nội bộ';
    await wb.xlsx.writeFile(s.input);
    const r = await run(['score', s.input, '--plan', s.plan, '--deadline', 'trước ngày 15/11/2024'], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Tệp đã có trang "BX Tổng hợp" không do Bình Xét tạo');
    expect(fs.readdirSync(s.dir).sort()).toEqual(['ds.xlsx', 'plan.json']);
  });
});

describe('binhxet score with merged cells where the band goes', () => {
  it('refuses and names the merge', async () => {
    const s = setup([HEADER, [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 90]]);
    await s.ready;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(s.input);
    wb.getWorksheet('DS')!.getCell('I3').value = null;
    wb.getWorksheet('DS')!.mergeCells('I4:J4');
    await wb.xlsx.writeFile(s.input);
    const r = await run(['score', s.input, '--plan', s.plan, '--deadline', 'trước ngày 15/11/2024'], s.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('I4:J4');
    expect(fs.readdirSync(s.dir).sort()).toEqual(['ds.xlsx', 'plan.json']);
  });
});

describe('binhxet score with formula cells', () => {
  it('reads a formula whose cached result is 0 or FALSE as that value, not as "never calculated"', async () => {
    const { dir, plan, input, ready } = setup([
      HEADER,
      [1, 'Nguyễn Văn An', 'Khoa Nội', '10/10/2024', 'x', { formula: '1>2', result: false }, 0.9],
      [2, 'Trần Thị Bình', 'Khoa Ngoại', '10/10/2024', 'x', { formula: '1-1', result: 0 }, 0.9],
    ]);
    await ready;
    const r = await run(['score', input, '--plan', plan, '--json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    for (const n of json.nominations) {
      expect(n.status).toBe('ineligible');
      expect(n.reasons.join(' ')).toMatch(/Chưa đạt tiêu chí 2/);
    }
    expect(json.warnings).toEqual([]);
  });
});

describe('binhxet score on workbooks of the .xlsx family and hidden sheets', () => {
  const PKG = path.join(ROOT, 'test/fixtures/package');
  const PKG_PLAN = path.join(PKG, 'plan.txt');

  it('keeps a macro workbook a macro workbook: -o with another extension is refused, nothing written', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'kq.xlsx');
    const r = await run(['score', path.join(PKG, 'writers/macros.xlsm'), '--plan', PKG_PLAN, '-o', out], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('.xlsm');
    noStack(r.err);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('scores a hidden sheet when --sheet names it', async () => {
    const dir = tmpDir();
    const r = await run(['score', path.join(PKG, 'features/hidden-sheets.xlsx'), '--plan', PKG_PLAN, '--sheet', 'DS 2023', '--json', '-o', path.join(dir, 'kq.xlsx')], dir);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const j = JSON.parse(r.out);
    expect(j.sheet).toBe('DS 2023');
    expect(j.nominations[0].name).toBe('Khoa Khám bệnh (2023)');
  });

  it('says so, and scores nothing, when only a hidden sheet has a list', async () => {
    const dir = tmpDir();
    const s = setup([HEADER, [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 90]]);
    await s.ready;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(s.input);
    wb.getWorksheet('DS')!.state = 'hidden';
    await wb.xlsx.writeFile(s.input);
    const r = await run(['score', s.input, '--plan', s.plan], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"DS"');
    expect(r.err).toContain('--sheet');
  });
});
