// Plans of the genre the reader was not built on (test/fixtures/plans/unseen): the key facts a
// secretary would check, written by reading each text. One test per plan and field, so a failure
// names exactly what was misread.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../src/plan';
import type { Deadline, Plan } from '../../src/core/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'plans', 'unseen');
const read = (name: string): Plan => {
  // The first line of each fixture names its source; it is not part of the plan.
  const text = fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
  return readPlanText(text.slice(text.indexOf('\n') + 1));
};

interface Expect {
  title: string; // compared without case: plans write titles in capitals or not
  issuer: string | RegExp;
  year: number;
  periodTo: string | null;
  movements: string[];
  quotas: (Record<string, unknown> | null)[];
  criteria: [number, number][];
  /** The last on-time day of the submission deadline: per movement, else the plan's first. */
  lastOnTime: (string | null)[];
  allocations?: [string, boolean, number | null, number | null][];
  rubricTotal?: number | null;
  rubricItems?: number[];
  bonusPenalty?: [number | null, number | null];
  grades?: [string, number, boolean][];
  minScore?: number | null;
  minVote?: number | null;
}

const q = (collective: number, individual: number) => ({ collective, individual, either: null, percent: null });

const PLANS: Record<string, Expect> = {
  'syt-hanam-nguoi-tot': {
    title: 'Phát động phong trào thi đua "Người tốt, việc tốt" ngành Y tế năm 2024',
    issuer: 'Sở Y tế tỉnh Hà Nam',
    year: 2024,
    periodTo: '2024-11-30',
    movements: ['1'],
    quotas: [q(5, 15)],
    criteria: [[3, 3]],
    lastOnTime: ['2024-11-14'], // "trước ngày 15/11": the plan's year
    allocations: [],
    rubricTotal: null,
  },
  'ttkn-tiengiang-thay-thuoc': {
    title: 'Phát động phong trào thi đua lập thành tích chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 – 27/02/2025)',
    issuer: /^Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm\b.*Tiền Giang$/u,
    year: 2024,
    periodTo: '2025-01-31',
    movements: ['1'],
    quotas: [q(2, 5)],
    criteria: [[3, 2]],
    lastOnTime: ['2025-01-10'],
  },
  'ubnd-huyen-cchc-bang-diem': {
    title: 'Tổ chức phong trào thi đua thực hiện cải cách hành chính trên địa bàn huyện năm 2025',
    issuer: 'Ủy ban nhân dân huyện Châu Thành',
    year: 2025,
    periodTo: '2025-11-30',
    movements: ['1'],
    quotas: [null],
    criteria: [[0, 0]],
    lastOnTime: ['2025-12-05'],
    allocations: [['xã, thị trấn', true, 1, 2]],
    rubricTotal: 100,
    rubricItems: [15, 25, 20, 40],
    bonusPenalty: [5, 10],
    grades: [
      ['Hoàn thành xuất sắc', 90, true],
      ['Hoàn thành tốt', 80, false],
      ['Hoàn thành', 65, false],
      ['Không hoàn thành', 0, false],
    ],
    minScore: 90,
  },
  'sgd-hai-phong-trao': {
    title: 'Tổ chức các phong trào thi đua ngành Giáo dục và Đào tạo năm học 2024 - 2025',
    issuer: 'Sở Giáo dục và Đào tạo tỉnh Sơn La',
    year: 2024,
    periodTo: null,
    movements: ['1', '2'],
    quotas: [q(3, 6), q(5, 0)],
    criteria: [
      [2, 3],
      [2, 2],
    ],
    lastOnTime: ['2025-05-31', '2025-06-14'],
    minVote: 0.8,
  },
  'snv-quangnam-pdf': {
    title: 'Phát động phong trào thi đua thực hiện văn hóa công sở năm 2024',
    issuer: 'Sở Nội vụ tỉnh Quảng Nam',
    year: 2024,
    periodTo: '2024-10-31',
    movements: ['1'],
    quotas: [q(4, 8)],
    criteria: [[2, 3]],
    lastOnTime: ['2024-11-19'],
  },
  'bv-dakhoa-markdown': {
    title: 'Thi đua "Nâng cao chất lượng khám bệnh, chữa bệnh, hướng tới sự hài lòng của người bệnh" năm 2025',
    issuer: 'Bệnh viện Đa khoa thành phố Vinh',
    year: 2025,
    periodTo: '2025-12-31',
    movements: ['1'],
    quotas: [{ collective: null, individual: null, either: null, percent: { collective: 20, individual: 10 } }],
    criteria: [[3, 2]],
    lastOnTime: ['2025-12-14'],
    minScore: 80,
  },
  'congdoan-the-le-dieu': {
    title: 'Tổ chức phong trào thi đua "Giỏi việc nước, đảm việc nhà" năm 2025',
    issuer: 'Công đoàn ngành Y tế tỉnh Lâm Đồng',
    year: 2025,
    periodTo: '2025-10-31',
    movements: ['1'],
    quotas: [null], // quotas per cluster only
    criteria: [[2, 3]],
    lastOnTime: ['2025-11-10'],
    allocations: [
      ['Cụm thi đua số 1', false, 2, 4],
      ['Cụm thi đua số 2', false, 1, 3],
    ],
  },
  'ubnd-xa-hang-nam': {
    title: 'Phát động phong trào thi đua "Chung tay xây dựng nông thôn mới nâng cao" giai đoạn 2025 - 2027',
    issuer: 'Ủy ban nhân dân xã Tân Hiệp',
    year: 2025,
    periodTo: '2027-12-31',
    movements: ['1'],
    quotas: [q(3, 10)],
    criteria: [[2, 2]],
    lastOnTime: ['2025-11-29'], // "trước ngày 30 tháng 11 hằng năm", for the plan's year
  },
  'hdtdkt-quan-pipe': {
    title: 'Biểu dương điển hình tiên tiến, người tốt, việc tốt trong phong trào thi đua yêu nước quận Long Biên năm 2021',
    issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên',
    year: 2021,
    periodTo: '2021-09-30',
    movements: ['1'],
    quotas: [q(14, 28)],
    criteria: [[2, 2]],
    lastOnTime: ['2021-10-09'],
    allocations: [['phường', true, 1, 2]],
  },
};

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
const last = (ds: Deadline[]) => ds[0]?.dates[0]?.lastOnTime ?? null;

describe.each(Object.keys(PLANS))('%s', (name) => {
  const e = PLANS[name];
  const p = read(name);
  it('title', () => expect(lower(p.title)).toBe(lower(e.title)));
  it('issuer', () => (typeof e.issuer === 'string' ? expect(p.issuer).toBe(e.issuer) : expect(p.issuer).toMatch(e.issuer)));
  it('year', () => expect(p.year).toBe(e.year));
  it('period end', () => expect(p.period.to).toBe(e.periodTo));
  it('movements', () => expect(p.movements.map((m) => m.id)).toEqual(e.movements));
  it('quotas', () => expect(p.movements.map((m) => m.quota)).toEqual(e.quotas));
  it('criteria per kind', () =>
    expect(p.movements.map((m) => [m.criteria.collective.length, m.criteria.individual.length])).toEqual(e.criteria));
  it('submission deadline', () => {
    const got = p.movements.map((m) => last(m.deadlines) ?? (p.movements.length === 1 ? last(p.deadlines) : null));
    expect(got).toEqual(e.lastOnTime);
  });
  if (e.allocations)
    it('allocations', () => expect(p.allocations.map((a) => [a.group, a.each, a.collective, a.individual])).toEqual(e.allocations));
  if (e.rubricTotal !== undefined) it('rubric total', () => expect(p.rubric?.total ?? null).toBe(e.rubricTotal));
  if (e.rubricItems) it('rubric items', () => expect(p.rubric?.items.map((i) => i.maxPoints)).toEqual(e.rubricItems));
  if (e.bonusPenalty) it('bonus and penalty', () => expect([p.rubric?.bonusMax, p.rubric?.penaltyMax]).toEqual(e.bonusPenalty));
  if (e.grades) it('grade bands', () => expect(p.grades.map((g) => [g.name, g.minScore, g.noZeroCriterion])).toEqual(e.grades));
  it('minimum score', () => expect(p.movements.map((m) => m.minScore ?? null)).toEqual(p.movements.map(() => e.minScore ?? null)));
  it('minimum vote share', () => expect(p.movements.map((m) => m.minVote ?? null)).toEqual(p.movements.map(() => e.minVote ?? null)));
});
