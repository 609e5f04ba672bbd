// End to end through the real `binhxet` dispatcher, on fixtures of the wider genre (issue 10),
// written from the rules in shared/domain.md ("Quota forms", "Points and grading"). Expected
// outcomes are worked out here from the plans, never pasted from the program's output:
//
// ke-hoach-cham-diem.txt: rubric 10 + 60 + 30, bonus ≤ 3, penalty ≤ 3; bands HTXS ≥ 95 and no 0,
// HTT 85–<95 and no 0, HT 75–<85, KHT < 75; award grade HTXS; allocation per group: "Khối các sở,
// ban, ngành tỉnh" 2 tập thể, "Khối huyện, thành phố" 1 tập thể; no movement quota; the sheet has
// no received-date column. Total = Σ criteria + bonus − penalty; ranking by total among the HTXS rows
// of the movement (competition ranks), cut per group.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';

const DIR = path.join(__dirname, '../fixtures/genre');
const PLANS = path.join(__dirname, '../fixtures/plans');

async function run(args: string[], cwd = DIR): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

interface Nom {
  row: number;
  name: string;
  score: number | null;
  grade: string | null;
  rank: number | null;
  status: string;
  group: string | null;
  kind: string | null;
  eligible: boolean;
  late: boolean;
  daysLate: number | null;
  reasons: string[];
}

async function score(args: string[]): Promise<{ nominations: Nom[]; summary: any; warnings: any[] }> {
  const r = await run(['score', ...args, '--json']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

const byName = (noms: Nom[], name: string): Nom => {
  const n = noms.find((x) => x.name === name);
  if (!n) throw new Error(`no row ${name}`);
  return n;
};

const HTXS = 'Hoàn thành xuất sắc';
const HTT = 'Hoàn thành tốt';
const HT = 'Hoàn thành';
const KHT = 'Không hoàn thành';

describe('points sheet: rubric, every grade band, a tie and data errors', () => {
  // [name, worksheet row, total, grade, rank, status]
  const expected: [string, number, number, string, number | null, string][] = [
    ['Sở Tài chính', 4, 10 + 60 + 30 + 2, HTXS, 1, 'selected'], // 102: first in its group (quota 2)
    ['Sở Xây dựng', 5, 97, HTXS, 4, 'tie'], // 97 = 97 at places 2 and 3 of a 2-place group
    ['Sở Công Thương', 6, 9 + 60 + 28, HTXS, 4, 'tie'],
    ['Sở Y tế', 7, 90, HTT, null, 'ineligible'],
    ['Sở Tư pháp', 8, 0 + 60 + 30 + 3, HT, null, 'ineligible'], // 93 with a zero criterion: fits no band literally
    ['Sở Giáo dục và Đào tạo', 9, 8 + 50 + 22 - 2, HT, null, 'ineligible'],
    ['Sở Nông nghiệp và Môi trường', 10, 65, KHT, null, 'ineligible'],
    ['UBND huyện Tân Hồng', 13, 101, HTXS, 2, 'selected'], // first of its group (quota 1)
    ['UBND thành phố Sa Đéc', 14, 99, HTXS, 3, 'over_quota'],
    ['UBND huyện Lai Vung', 15, 10 + 56 + 29 - 1, HTT, null, 'ineligible'], // 94 < 95
    ['UBND huyện Châu Thành', 16, 95, HTXS, 6, 'over_quota'], // exactly 95 is HTXS
    ['UBND huyện Tháp Mười', 17, 85, HTT, null, 'ineligible'], // exactly 85
    ['UBND huyện Cao Lãnh', 18, 75, HT, null, 'ineligible'], // exactly 75
    ['UBND huyện Tam Nông', 19, 74.5, KHT, null, 'ineligible'], // "24,5": decimal comma
  ];
  let result: Awaited<ReturnType<typeof score>>;
  beforeAll(async () => {
    result = await score(['bang-diem.xlsx', '--plan', 'ke-hoach-cham-diem.txt']);
  });

  test.each(expected)('%s: total, grade, rank and status from the rules', (name, row, total, grade, rank, status) => {
    const n = byName(result.nominations, name);
    expect(n.row).toBe(row);
    expect(n.score).toBeCloseTo(total, 9);
    expect(n.grade).toBe(grade);
    expect(n.rank).toBe(rank);
    expect(n.status).toBe(status);
  });

  test('a sheet without a received-date column is not put under review, and says lateness was not checked', () => {
    for (const n of result.nominations) {
      expect(n.late).toBe(false);
      expect(n.reasons.join(' ')).toMatch(/không có cột ngày nộp/);
    }
  });

  test('93 with a zero criterion gets Hoàn thành with the reason stated', () => {
    const n = byName(result.nominations, 'Sở Tư pháp');
    expect(n.reasons.join(' ')).toMatch(/0 điểm/);
    expect(n.reasons.join(' ')).toMatch(/Hoàn thành tốt/);
  });

  test('the tie at the cut-off names the group quota; the council decides', () => {
    for (const name of ['Sở Xây dựng', 'Sở Công Thương']) {
      expect(byName(result.nominations, name).reasons.join(' ')).toMatch(/Khối các sở, ban, ngành tỉnh/);
    }
    expect(byName(result.nominations, 'UBND thành phố Sa Đéc').reasons.join(' ')).toMatch(/Khối huyện, thành phố.*1 tập thể/);
  });

  test('points above a maximum and a negative penalty are data errors naming the cell, never capped', () => {
    const over = byName(result.nominations, 'Sở Văn hóa, Thể thao và Du lịch');
    expect(over.status).toBe('review');
    expect(over.reasons.join(' ')).toMatch(/D11.*12.*10/);
    const neg = byName(result.nominations, 'Sở Khoa học và Công nghệ');
    expect(neg.status).toBe('review');
    expect(neg.reasons.join(' ')).toMatch(/H12.*-1/);
  });

  test('a total built from a data error is no grade: 12 + 60 + 30 = 102 is not "Hoàn thành xuất sắc"', () => {
    const over = byName(result.nominations, 'Sở Văn hóa, Thể thao và Du lịch');
    expect(over.grade).toBeNull();
    expect(over.reasons.join(' ')).toMatch(/Chưa xếp loại vì điểm có lỗi ở ô D11/);
    const neg = byName(result.nominations, 'Sở Khoa học và Công nghệ');
    expect(neg.grade).toBeNull();
    expect(neg.reasons.join(' ')).toMatch(/Chưa xếp loại vì điểm có lỗi ở ô H12/);
  });

  test('summary: per group counts and quota, and the grade distribution', () => {
    const g = Object.fromEntries(result.summary.byGroup.map((x: any) => [x.group, x]));
    expect(g['Khối các sở, ban, ngành tỉnh']).toMatchObject({ nominated: 9, proposed: 1, quota: 2 });
    expect(g['Khối huyện, thành phố']).toMatchObject({ nominated: 7, proposed: 1, quota: 1 });
    // HTXS 6 (Tài chính, Xây dựng, Công Thương, Tân Hồng, Sa Đéc, Châu Thành), HTT 3, HT 3, KHT 2; the
    // two rows with data errors (Văn hóa 102 from a 12 of 10, Khoa học 98 + 1 from a −1) have no grade.
    expect(result.summary.grades).toEqual({ [HTXS]: 6, [HTT]: 3, [HT]: 3, [KHT]: 2 });
  });
});

describe('allocations per group, then the movement quota', () => {
  // ke-hoach-phan-bo.txt: movement 3 TT + 5 CN; "Cơ quan Trung ương…" 2 TT, 4 CN; "xã, phường" 15 TT,
  // 30 CN; TT needs 2 criteria, CN 1; "trước ngày 15/11/2025" → last on-time day 14/11/2025.
  // Rank: criteria met ↓, vote ↓, received ↑.
  const expected: [string, number | null, string][] = [
    ['Phường Ninh Kiều', 1, 'selected'], // 99%
    ['Cục Thuế thành phố', 2, 'selected'], // 95%
    ['Kho bạc Nhà nước khu vực XIX', 3, 'selected'], // 90%
    ['Bảo hiểm xã hội thành phố', 4, 'over_quota'], // third of the Trung ương group (2 places)
    ['Phường Cái Khế', 5, 'over_quota'], // fourth survivor of the movement's 3 places
    ['Xã Phong Điền', null, 'ineligible'],
    ['Phường Hưng Lợi', null, 'late'],
    ['Nguyễn Văn An', 1, 'selected'], // 98%
    ['Võ Thị Phương', 2, 'selected'], // 97%
    ['Trần Thị Bình', 3, 'selected'], // 96%
    ['Lê Văn Cường', 4, 'selected'], // 94%
    ['Phạm Thị Dung', 5, 'tie'], // 92%, 10/11 — equal on every key with Đặng Văn Giang at places 5 and 6
    ['Đặng Văn Giang', 5, 'tie'],
    ['Hoàng Văn Em', 7, 'over_quota'], // fifth of the Trung ương group (4 places)
    ['Bùi Thị Hạnh', null, 'review'], // "?" in a criterion cell
  ];
  let result: Awaited<ReturnType<typeof score>>;
  beforeAll(async () => {
    result = await score(['danh-sach-phan-bo.xlsx', '--plan', 'ke-hoach-phan-bo.txt']);
  });
  test.each(expected)('%s: rank %p, %s', (name, rank, status) => {
    const n = byName(result.nominations, name);
    expect(n.rank).toBe(rank);
    expect(n.status).toBe(status);
  });
  test('the group cut and the movement cut give different reasons', () => {
    expect(byName(result.nominations, 'Bảo hiểm xã hội thành phố').reasons.join(' ')).toMatch(/Cơ quan Trung ương.*2 tập thể/);
    expect(byName(result.nominations, 'Phường Cái Khế').reasons.join(' ')).toMatch(/3 tập thể/);
    expect(byName(result.nominations, 'Phường Hưng Lợi').daysLate).toBe(3);
    expect(byName(result.nominations, 'Bùi Thị Hạnh').reasons.join(' ')).toMatch(/G17/);
  });
});

describe('a per-unit cap inside a group cap, then the movement quota (same plan, two more rows)', () => {
  // ke-hoach-phan-bo.txt also says "Mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân". Two more
  // individuals of Cục Thuế thành phố (99% on 03/11, 93% on 04/11) make it send four.
  // Unit stage, Cục Thuế: Hùng 99, An 98, Bình 96, Kim 93 → Kim 4th of 3 places, out.
  // Group stage, Trung ương (4 places): Hùng 99, An 98, Bình 96, Cường 94, Dung 92, Em 90 → Dung, Em out.
  // Movement (5 CN): survivors Hùng 99, An 98, Phương 97, Bình 96, Cường 94, Giang 92 → Giang out.
  // Ranks within the movement count every eligible on-time individual: Giang ties Dung at 7.
  let result: Awaited<ReturnType<typeof score>>;
  let tmp: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-phan-bo-'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, 'danh-sach-phan-bo.xlsx'));
    const ws = wb.worksheets[0];
    const group = 'Cơ quan Trung ương trên địa bàn thành phố';
    ws.getRow(18).values = [16, 'Ngô Văn Hùng', 'Cục Thuế thành phố', 'Cá nhân', group, new Date(Date.UTC(2025, 10, 3)), 'x', null, 0.99];
    ws.getRow(19).values = [17, 'Lý Thị Kim', 'Cục Thuế thành phố', 'Cá nhân', group, new Date(Date.UTC(2025, 10, 4)), 'x', null, 0.93];
    const file = path.join(tmp, 'danh-sach-phan-bo-them.xlsx');
    await wb.xlsx.writeFile(file);
    result = await score([file, '--plan', 'ke-hoach-phan-bo.txt']);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const expected: [string, number | null, string, RegExp][] = [
    ['Ngô Văn Hùng', 1, 'selected', /Xếp hạng 1, trong chỉ tiêu 5 cá nhân/],
    ['Nguyễn Văn An', 2, 'selected', /Xếp hạng 2/],
    ['Võ Thị Phương', 3, 'selected', /Xếp hạng 3/],
    ['Trần Thị Bình', 4, 'selected', /Xếp hạng 4/],
    ['Lê Văn Cường', 5, 'selected', /Xếp hạng 5/],
    ['Lý Thị Kim', 6, 'over_quota', /Ngoài chỉ tiêu của đơn vị “Cục Thuế thành phố” \(3 cá nhân mỗi đơn vị, xếp thứ 4\)/],
    ['Phạm Thị Dung', 7, 'over_quota', /Ngoài chỉ tiêu của khối “Cơ quan Trung ương trên địa bàn thành phố” \(4 cá nhân, xếp thứ 5\)/],
    ['Đặng Văn Giang', 7, 'over_quota', /Xếp hạng 7, ngoài chỉ tiêu 5 cá nhân/],
    ['Hoàng Văn Em', 9, 'over_quota', /xếp thứ 6\)/],
  ];
  test.each(expected)('%s: rank %p, %s', (name, rank, status, reason) => {
    const n = byName(result.nominations, name);
    expect([n.rank, n.status]).toEqual([rank, status]);
    expect(n.reasons.join(' ')).toMatch(reason);
  });
});

describe('pooled quota: both kinds ranked together', () => {
  test('"02 trường hợp (tập thể hoặc cá nhân)": the two best by vote, whatever their kind', async () => {
    const r = await score(['danh-sach-gop.xlsx', '--plan', 'ke-hoach-gop.txt']);
    const got = r.nominations.map((n) => [n.name, n.rank, n.status]);
    expect(got).toEqual([
      ['Phường An Bình', 2, 'selected'], // 90%
      ['Nguyễn Văn Tâm', 1, 'selected'], // 95%
      ['Trần Thị Thu', 3, 'over_quota'], // 85%
      ['Xã Mỹ Khánh', 4, 'over_quota'], // 80%
    ]);
    expect(r.summary.byMovement.map((m: any) => [m.kind, m.quota, m.proposed])).toEqual([['either', 2, 2]]);
  });
});

describe('percentage quota: ⌊p% × participants⌋, unknown until given', () => {
  const plan = path.join(PLANS, 'percent.txt');
  const statuses = (r: { nominations: Nom[] }) => r.nominations.map((n) => n.status);
  test('without participants: all eligible on time proposed, the quota said to be unknown', async () => {
    const r = await score(['danh-sach-ty-le.xlsx', '--plan', plan]);
    expect(statuses(r)).toEqual(['selected', 'selected', 'selected', 'selected', 'selected', 'selected']);
    for (const n of r.nominations) expect(n.reasons.join(' ')).toMatch(/chưa có chỉ tiêu|số người tham gia|tham gia/);
    for (const m of r.summary.byMovement) expect(m.quota).toBeNull();
  });
  test('TT=120, CN=3400: quotas 12 and 170, all six within', async () => {
    const r = await score(['danh-sach-ty-le.xlsx', '--plan', plan, '--participants', 'TT=120,CN=3400']);
    expect(statuses(r).every((s) => s === 'selected')).toBe(true);
    expect(Object.fromEntries(r.summary.byMovement.map((m: any) => [m.kind, m.quota]))).toEqual({ collective: 12, individual: 170 });
  });
  test('TT=25, CN=45: ⌊2.5⌋ = 2 and ⌊2.25⌋ = 2 places, the third of each kind over', async () => {
    const r = await score(['danh-sach-ty-le.xlsx', '--plan', plan, '--participants', 'TT=25,CN=45']);
    // Votes: TT 90, 95, 85 → ranks 2, 1, 3; CN 93, 97, 91 → ranks 2, 1, 3.
    expect(r.nominations.map((n) => [n.rank, n.status])).toEqual([
      [2, 'selected'], [1, 'selected'], [3, 'over_quota'],
      [2, 'selected'], [1, 'selected'], [3, 'over_quota'],
    ]);
  });
});

describe('binhxet phieu: blank scoring sheet → filled in → binhxet score', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-phieu-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('the round trip grades, ranks and cuts as the rules say', async () => {
    const plan = path.join(DIR, 'ke-hoach-cham-diem.txt');
    const blank = path.join(tmp, 'phieu.xlsx');
    const w = await run(['phieu', plan, '-o', blank], tmp);
    expect(w.err).toBe('');
    expect(w.code).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ws = wb.getWorksheet('Phiếu chấm điểm')!;
    expect(ws).toBeDefined();
    // Find the header row and its columns as a unit would, by their titles.
    let headerRow = 0;
    ws.eachRow((row, r) => {
      if (!headerRow && row.values && (row.values as unknown[]).includes('Tiêu chí 1 (10 điểm)')) headerRow = r;
    });
    expect(headerRow).toBeGreaterThan(0);
    const titles = (ws.getRow(headerRow).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const col = (re: RegExp) => titles.findIndex((t) => re.test(t));
    const c = {
      name: col(/^Tên cơ quan/), group: col(/^Khối/), t1: col(/^Tiêu chí 1 \(10 điểm\)$/), t2: col(/^Tiêu chí 2 \(60 điểm\)$/),
      t3: col(/^Tiêu chí 3 \(30 điểm\)$/), bonus: col(/^Điểm thưởng/), penalty: col(/^Điểm trừ/),
    };
    for (const v of Object.values(c)) expect(v).toBeGreaterThan(0);
    // The maxima are data validation on the points columns.
    const dv = (ws as any).dataValidations.find(ws.getCell(headerRow + 1, c.t2).address);
    expect(dv).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 60] });
    expect((ws as any).dataValidations.find(ws.getCell(headerRow + 1, c.penalty).address)).toMatchObject({ formulae: [0, 3] });

    const units: [string, string, number, number, number, number, number][] = [
      ['Sở Tài chính', 'Khối các sở, ban, ngành tỉnh', 10, 59, 30, 0, 0], // 99
      ['Sở Xây dựng', 'Khối các sở, ban, ngành tỉnh', 10, 55, 30, 0, 0], // 95
      ['Sở Y tế', 'Khối các sở, ban, ngành tỉnh', 10, 55, 30, 0, 0], // 95: tie with Xây dựng at place 2 of 2
      ['Sở Tư pháp', 'Khối các sở, ban, ngành tỉnh', 10, 60, 0, 3, 0], // 73 → KHT
      ['UBND huyện Tân Hồng', 'Khối huyện, thành phố', 10, 50, 30, 3, 1], // 92 → HTT
    ];
    units.forEach((u, i) => {
      const r = ws.getRow(headerRow + 1 + i);
      r.getCell(c.name).value = u[0];
      r.getCell(c.group).value = u[1];
      r.getCell(c.t1).value = u[2];
      r.getCell(c.t2).value = u[3];
      r.getCell(c.t3).value = u[4];
      r.getCell(c.bonus).value = u[5];
      r.getCell(c.penalty).value = u[6];
    });
    const filled = path.join(tmp, 'phieu-da-cham.xlsx');
    await wb.xlsx.writeFile(filled);

    const s = await run(['score', filled, '--plan', plan, '--json'], tmp);
    expect(s.err).toBe('');
    expect(s.code).toBe(0);
    const out = JSON.parse(s.out) as { nominations: Nom[] };
    expect(out.nominations.map((n) => [n.name, n.kind, n.score, n.grade, n.rank, n.status])).toEqual([
      ['Sở Tài chính', 'collective', 99, HTXS, 1, 'selected'],
      ['Sở Xây dựng', 'collective', 95, HTXS, 2, 'tie'],
      ['Sở Y tế', 'collective', 95, HTXS, 2, 'tie'],
      ['Sở Tư pháp', 'collective', 73, KHT, null, 'ineligible'],
      ['UBND huyện Tân Hồng', 'collective', 92, HTT, null, 'ineligible'],
    ]);
    expect(out.nominations[0].row).toBe(headerRow + 1);
  });

  test('a plan without a rubric: a Vietnamese user error, exit 1, no file', async () => {
    const out = path.join(tmp, 'none.xlsx');
    const r = await run(['phieu', path.join(DIR, 'ke-hoach-gop.txt'), '-o', out], tmp);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/không có bảng chấm điểm/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
