// Award forms through the sheet path: a list with a "Hình thức khen thưởng đề nghị" column, a title
// or headings naming the plan's forms, the result band's form column, the summary's section V, the
// proposal list per form, and form quotas typed by the secretary on the "Kế hoạch" sheet.
import * as fs from 'fs';
import * as path from 'path';
import { scoreSheet } from '../../src/workbook/scoreWorkbook';
import { gridToPlan, planToGrid } from '../../src/workbook/planSheet';
import { readPlanText } from '../../src/plan';
import type { CellBlock, Grid, OwnedSheet } from '../../src/workbook/model';
import { DEFAULT_SETTINGS, type Plan } from '../../src/core/types';
import { FORM_TEXT } from '../../src/core/text/forms';
import { STATUS_LABEL } from '../../src/core/text/status';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { movement, plan, quota } from '../core/engineFixtures';

const GK = 'Giấy khen của Giám đốc Sở Y tế';
const BK = 'Bằng khen của UBND tỉnh';
/** An owned sheet of a run by its name (the "Thông tin văn bản" sheet comes first on a first run). */
const sheetNamed = (out: { writePlan: { sheets: OwnedSheet[] } }, name: string) => out.writePlan.sheets.find((s) => s.name === name)!;

/** What the "Kế hoạch" sheet holds of a plan: the reader's sources, council, forms and schedule are not written there. */
function heldBySheet(p: Plan): Plan {
  const { council: _c, forms: _f, sources: _s, unsure: _u, schedule: _sc, attachment: _a, ...held } = p;
  const extra = p as Plan & { number?: string | null; date?: string | null; kind?: string | null };
  return { ...held, number: extra.number ?? null, date: extra.date ?? null, kind: extra.kind ?? null } as Plan;
}

const PLAN: Plan = plan({
  title: 'Kế hoạch thử',
  year: 2024,
  movements: [
    movement({
      id: '1',
      name: 'Thi đua thử',
      quota: quota({ collective: 5, individual: 10 }),
      criteria: { collective: ['A', 'B'], individual: ['A', 'B'] },
      formQuotas: [
        { form: GK, quota: quota({ collective: 3, individual: 5 }), quotaNote: null },
        { form: BK, quota: quota({ collective: 0, individual: 1 }), quotaNote: null },
      ],
    }),
  ],
});
const SETTINGS = { ...DEFAULT_SETTINGS, year: 2024, deadlineOverride: 'trước ngày 15/11/2024' };

const MIXED: Grid = [
  ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024'],
  ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Hình thức khen thưởng đề nghị'.normalize('NFD'), 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'],
  [1, 'Nguyễn Văn A', 'Khoa Nội', 'Cá nhân', 'Bằng khen của UBND tỉnh', '10/11/2024', 'x', 'x', 95],
  [2, 'Trần Thị B', 'Khoa Ngoại', 'Cá nhân', 'BK UBND tỉnh', '11/11/2024', 'x', 'x', 90],
  [3, 'Lê Văn C', 'Khoa Sản', 'Cá nhân', 'Giấy khen', '12/11/2024', 'x', 'x', 99],
  [4, 'Phạm Thị D', 'Khoa Nhi', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', '12/11/2024', 'x', 'x', 99],
  [5, 'Khoa Dược', 'Bệnh viện A', 'Tập thể', 'Giấy khen của Giám đốc Sở'.normalize('NFD'), '12/11/2024', 'x', 'x', 80],
];

const texts = (s: OwnedSheet): string[] => s.blocks.flatMap((b: CellBlock) => b.values.flat()).filter((v): v is string => typeof v === 'string');

describe('a list mixing forms', () => {
  const out = scoreSheet({ name: 'DS', values: MIXED }, [], PLAN, SETTINGS);

  it('reads the form column (NFD header and cells) and ranks each form at its quota', () => {
    expect(out.header.columns.find((c) => c.letter === 'E')?.field).toBe('form');
    const n = out.json.nominations;
    expect(n.map((x) => x.form)).toEqual(['Bằng khen của UBND tỉnh', 'BK UBND tỉnh', 'Giấy khen', 'Chiến sĩ thi đua cơ sở', 'Giấy khen của Giám đốc Sở']);
    expect(n.map((x) => x.status)).toEqual(['selected', 'over_quota', 'selected', 'review', 'selected']);
    expect(n[1].reasons.join(' ')).toMatch(/ngoài chỉ tiêu 1 cá nhân \(hình thức “Bằng khen của UBND tỉnh”\)/);
  });

  it('the band shows the form each row was ranked under, in the plan\'s words', () => {
    const band = out.writePlan.band!;
    expect(band.blocks[0].values[0]).toContain(FORM_TEXT.bandHeader);
    const col = band.blocks[0].values[0].indexOf(FORM_TEXT.bandHeader);
    expect(band.blocks[1].values.map((r) => r[col])).toEqual([BK, BK, GK, 'Chiến sĩ thi đua cơ sở', GK]);
  });

  it('the summary sheet has a section per movement × form × kind', () => {
    const summary = sheetNamed(out, OWNED_SHEETS.summary);
    const t = texts(summary);
    expect(t).toContain(FORM_TEXT.summaryTitle);
    const lines = summary.blocks.filter((b) => b.values.some((r) => r[1] === BK || r[1] === GK));
    const rows = lines.flatMap((b) => b.values).map((r) => [r[1], r[2], r[3], r[9], r[10]]);
    expect(rows).toEqual([
      [GK, 'Tập thể', 1, 1, 3],
      [GK, 'Cá nhân', 1, 1, 5],
      [BK, 'Cá nhân', 2, 1, 1],
      // A form outside the plan's: its own line, no quota, its row under review.
      ['Chiến sĩ thi đua cơ sở', 'Cá nhân', 1, 0, null],
    ]);
  });

  it('the proposal list has one part per form (collectives, then individuals), each numbered from 1', () => {
    const proposal = sheetNamed(out, OWNED_SHEETS.proposal);
    const t = texts(proposal);
    expect(t.indexOf(GK)).toBeGreaterThan(-1);
    expect(t.indexOf(BK)).toBeGreaterThan(t.indexOf(GK));
    const numbered = proposal.blocks.filter((b) => typeof b.values[0][0] === 'number').map((b) => b.values.map((r) => [r[0], r[1]]));
    expect(numbered).toEqual([[[1, 'Khoa Dược']], [[2, 'Lê Văn C']], [[1, 'Nguyễn Văn A']]]);
  });
});

describe('a list without a form column', () => {
  const grid: Grid = MIXED.map((r) => r.filter((_, c) => c !== 4));
  it('is scored as without forms: no form column in the band, no section V, form null in the JSON', () => {
    const withForms = scoreSheet({ name: 'DS', values: grid }, [], PLAN, SETTINGS);
    const { formQuotas: _f, ...bare } = PLAN.movements[0];
    const without = scoreSheet({ name: 'DS', values: grid }, [], { ...PLAN, movements: [bare] }, SETTINGS);
    expect(withForms.writePlan.band).toEqual(without.writePlan.band);
    for (const name of [OWNED_SHEETS.summary, OWNED_SHEETS.late, OWNED_SHEETS.proposal]) expect(sheetNamed(withForms, name)).toEqual(sheetNamed(without, name));
    expect(withForms.json.nominations).toEqual(without.json.nominations);
    expect(withForms.json.nominations.every((n) => n.form === null)).toBe(true);
    expect(withForms.json.summary.forms).toEqual([]);
    expect(texts(sheetNamed(withForms, OWNED_SHEETS.summary))).not.toContain(FORM_TEXT.summaryTitle);
  });
});

describe('a title or headings naming the plan\'s forms', () => {
  const header = ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'];
  const person = (i: number) => [i, `Nguyễn Văn ${i}`, 'Khoa Nội', '10/11/2024', 'x', 'x', 90 - i];

  it('"DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA UBND TỈNH": every row is proposed for that form', () => {
    const out = scoreSheet({ name: 'DS', values: [['DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA UBND TỈNH NĂM 2024'], header, person(1), person(2)] }, [], PLAN, SETTINGS);
    expect(out.result.nominations.map((n) => [n.formName, n.status])).toEqual([[BK, 'selected'], [BK, 'over_quota']]);
  });

  it('numbered headings set the form (and the kind) of the rows under them', () => {
    const grid: Grid = [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      header,
      ['I. Đề nghị tặng Giấy khen của Giám đốc Sở Y tế cho cá nhân'],
      person(1),
      person(2),
      ['II. Đề nghị tặng Bằng khen của UBND tỉnh'],
      person(3),
    ];
    const out = scoreSheet({ name: 'DS', values: grid }, [], PLAN, SETTINGS);
    expect(out.result.nominations.map((n) => [n.row, n.kind, n.formName])).toEqual([
      [4, 'individual', GK],
      [5, 'individual', GK],
      [7, 'individual', BK],
    ]);
  });
});

describe('form quotas on the "Kế hoạch" sheet', () => {
  const real = readPlanText(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'real', 'brvt-2021-phong-trao.txt'), 'utf8'));

  it('the section is there, empty, for a plan without forms, and the plan round-trips unchanged', () => {
    const g = planToGrid(real);
    const at = g.findIndex((r) => r[0] === FORM_TEXT.sheet.section);
    expect(at).toBeGreaterThan(0);
    expect(g[at + 1]).toEqual(FORM_TEXT.sheet.head);
    expect(g[at + 2]).toEqual([]);
    expect(gridToPlan(g).plan).toEqual(heldBySheet(real));
  });

  it('a secretary types a form\'s quota: the next bình xét ranks that form at it', () => {
    const g = planToGrid(real) as (string | number | null)[][];
    const at = g.findIndex((r) => r[0] === FORM_TEXT.sheet.section);
    g.splice(at + 2, 0, ['2.4', BK, 1, 2, null, null, null, null, null], ['2.4', GK, null, '8', null, null, null, 'cho cá nhân', 'Có']);
    const back = gridToPlan(g);
    expect(back.warnings).toEqual([]);
    const m = back.plan.movements.find((x) => x.id === '2.4')!;
    expect(m.formQuotas).toEqual([
      { form: BK, quota: { collective: 1, individual: 2, either: null, percent: null }, quotaNote: null },
      { form: GK, quota: { collective: null, individual: 8, either: null, percent: null }, quotaNote: 'cho cá nhân' },
    ]);
    // And the sheet the next run writes shows them again.
    expect(gridToPlan(planToGrid(back.plan)).plan).toEqual(back.plan);
    // Scored against it: three Bằng khen nominees of 2.4 for two places.
    const list: Grid = [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Đơn vị', 'Phong trào', 'Danh hiệu đề nghị', 'Ngày nộp', 'Tỷ lệ phiếu'],
      ...[95, 90, 85].map((v, i) => [i + 1, `Nguyễn Văn ${i + 1}`, 'Bệnh viện Bà Rịa', '2.4', 'Bằng khen UBND tỉnh', '01/12/2021', v]),
    ];
    const out = scoreSheet({ name: 'DS', values: list }, [], back.plan, { ...DEFAULT_SETTINGS, year: 2021, deadlineOverride: 'trước ngày 15/12/2021' });
    expect(out.result.nominations.map((n) => n.status)).toEqual(['selected', 'selected', 'over_quota']);
    expect(out.json.summary.forms.find((f) => f.form === BK && f.kind === 'individual')).toMatchObject({ nominated: 3, proposed: 2, quota: 2, placesLeft: 0 });
  });

  it('an allocation\'s form round-trips; a sheet written before the form column reads as allocations of no form', () => {
    const p: Plan = {
      ...PLAN,
      allocations: [
        { group: 'xã, phường', each: true, collective: null, individual: null, either: 2, text: 'Mỗi xã, phường chọn 02 trường hợp (tập thể hoặc cá nhân)', form: BK },
        { group: 'Khối bệnh viện', each: false, collective: 1, individual: 2, either: null, text: 'Khối bệnh viện: 01 tập thể, 02 cá nhân' },
      ],
    };
    expect(gridToPlan(planToGrid(p)).plan).toEqual(heldBySheet(p));
    // The layout before: six columns, the sentence in the sixth.
    const old = planToGrid(p).map((r) => (r.length === 7 && (r[5] === FORM_TEXT.sheet.allocationForm || r[6] === p.allocations[0].text || r[6] === p.allocations[1].text) ? [...r.slice(0, 5), r[6]] : r));
    const back = gridToPlan(old).plan.allocations;
    expect(back.map((a) => [a.text, a.form])).toEqual([[p.allocations[0].text, undefined], [p.allocations[1].text, undefined]]);
  });
});

it('statuses of forms use the usual labels in the band', () => {
  const out = scoreSheet({ name: 'DS', values: MIXED }, [], PLAN, SETTINGS);
  const statusCol = out.writePlan.band!.blocks[0].values[0].indexOf('Bình Xét: Kết quả');
  expect(out.writePlan.band!.blocks[1].values.map((r) => r[statusCol])).toEqual([
    STATUS_LABEL.selected, STATUS_LABEL.over_quota, STATUS_LABEL.selected, STATUS_LABEL.review, STATUS_LABEL.selected,
  ]);
});
