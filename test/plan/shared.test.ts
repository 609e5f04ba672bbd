// The two shared real plans not covered by the golden files, with the facts a secretary finds by
// reading them (/work/shared/plans, copied to test/fixtures/plans/real), one test per fact.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../src/plan';
import type { Deadline, Plan } from '../../src/core/types';

const REAL = path.join(__dirname, '..', 'fixtures', 'plans', 'real');
const read = (name: string): Plan => readPlanText(fs.readFileSync(path.join(REAL, `${name}.txt`), 'utf8'));
const lower = (s: string) => s.toLocaleLowerCase('vi');
const dl = (d: Deadline) => [d.text, d.rule, d.inclusive, d.dates.map((x) => [x.due, x.lastOnTime])];

describe('Đắk Lắk, Kế hoạch 0125/KH-UBND (bầu cử 2026)', () => {
  const p = read('daklak-2025-bau-cu');
  it('header: issuer, number, date, kind', () => {
    expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Ủy ban nhân dân tỉnh Đắk Lắk', '0125/KH-UBND', '2025-11-18', 'ke-hoach']);
  });
  it('title and year (the "nhiệm kỳ 2026 - 2031" is the election\'s term, not the plan\'s year)', () => {
    expect(lower(p.title)).toBe(lower('Phát động phong trào thi đua thực hiện thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031'));
    expect(p.year).toBe(2025);
  });
  it('period: from October 2025 to the end of March 2026', () => expect(p.period).toEqual({ from: '2025-10-01', to: '2026-03-31' }));
  it('one movement: the contents a) … g) are what it is about', () => expect(p.movements.map((m) => m.id)).toEqual(['1']));
  it('no quota for the whole movement: the numbers are per body and group', () => expect(p.movements[0].quota).toBeNull());
  it('allocations per body and group, for the Bằng khen of the Chủ tịch UBND tỉnh', () => {
    expect(p.allocations.map((a) => [a.group, a.each, a.collective, a.individual, a.either])).toEqual([
      ['Ban Chỉ đạo bầu cử của tỉnh', false, 0, 5, null],
      ['Tổ giúp việc Ban Chỉ đạo bầu cử của tỉnh', false, 0, 5, null],
      ['Ủy ban bầu cử của tỉnh', false, 0, 5, null],
      ['Tổ giúp việc Ủy ban bầu cử của tỉnh', false, 0, 5, null],
      ['Ban bầu cử đại biểu Quốc hội', true, 0, 1, null],
      ['Ban bầu cử đại biểu Hội đồng nhân dân cấp tỉnh', true, 0, 1, null],
      ['Đoàn Kiểm tra giám sát bầu cử của tỉnh', true, 0, 1, null],
      ['Ban Tổ chức Tỉnh ủy; Công an tỉnh; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch', true, 1, 3, null],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Nội vụ; Văn phòng UBND tỉnh', true, 2, 5, null],
      ['Các cơ quan, đơn vị cấp tỉnh còn lại có liên quan đến công tác tham mưu triển khai, thực hiện công tác bầu cử', false, null, null, 1],
      ['xã, phường', true, null, null, 2],
    ]);
    expect(new Set(p.allocations.map((a) => a.form))).toEqual(new Set(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']));
  });
  it('"Các cơ quan … còn lại: chọn không quá 01 trường hợp" — for each body or for all of them — is to be confirmed', () => {
    expect(p.unsure).toContain('allocations.9');
  });
  it('criteria: 10 for collectives in two groups of units, 3 for individuals', () => {
    const m = p.movements[0];
    expect([m.criteria.collective.length, m.criteria.individual.length]).toEqual([10, 3]);
    expect(m.criteria.collective[0]).toBe('Có tổ chức đợt thi đua nhằm thực hiện tốt công tác bầu cử gắn với việc thực hiện nhiệm vụ chính trị của địa phương (có kế hoạch, nội dung, biện pháp thực hiện và đánh giá tổng kết)');
    expect(m.criteria.individual[2]).toBe('Tham mưu các giải pháp mang lại hiệu quả cao trong quá trình thực hiện công tác bầu cử tại cơ quan, đơn vị, địa phương');
    expect(m.criteriaGroups?.map((g) => [g.kind, g.group, g.items.length])).toEqual([
      ['collective', 'xã, phường thuộc tỉnh', 5],
      ['collective', 'Các cơ quan, đơn vị cấp tỉnh, các phòng, ban, đơn vị thuộc, trực thuộc được phân công tham gia tổ chức bầu cử, đơn vị vũ trang… có liên quan đến công tác bầu cử', 5],
      ['individual', null, 3],
    ]);
    expect(p.unsure).toContain('movements.0.criteria.collective');
  });
  it('deadline: "trước ngày 31/3/2026", in the year after the plan\'s', () => {
    expect(p.deadlines.map(dl)).toEqual([['trước ngày 31/3/2026', 'before', false, [['2026-03-31', '2026-03-30']]]]);
    expect(p.movements[0].deadlines).toEqual([]);
  });
  it('award forms named', () => {
    expect(p.forms?.map((f) => f.name)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen của Thủ tướng Chính phủ', 'Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các xã, phường']);
  });
  it('the council that reviews', () => expect(p.council?.name).toBe('Hội đồng Thi đua - Khen thưởng tỉnh'));
});

describe('Bắc Ninh, Quyết định 86/2025/QĐ-UBND with its Quy định về công tác thi đua, khen thưởng', () => {
  const p = read('bacninh-2025-quy-dinh-tdkt');
  it('header of the Quyết định', () => {
    expect([p.issuer, p.number, p.date, p.kind, p.year]).toEqual(['Ủy ban nhân dân tỉnh Bắc Ninh', '86/2025/QĐ-UBND', '2025-12-03', 'quyet-dinh', 2025]);
  });
  it('the facts are those of the attached Quy định', () => {
    expect(p.attachment?.kind).toBe('quy-dinh');
    expect(lower(p.title)).toBe(lower('Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh'));
  });
  it('nomination deadlines: 10 days before (chuyên đề), 10/12 every year, 10/7 every year (education)', () => {
    expect(p.deadlines.map(dl)).toEqual([
      ['trước 10 ngày', 'relative', true, []],
      ['trước ngày 10/12 hằng năm', 'annual', false, [['2025-12-10', '2025-12-09']]],
      ['trước ngày 10/7 hằng năm', 'annual', false, [['2025-07-10', '2025-07-09']]],
    ]);
  });
  it('which of the three deadlines a list is measured on is for the secretary to confirm', () => expect(p.unsure).toContain('deadlines'));
  it('the Quyết định\'s date of effect is no deadline; the list of violations sent to the council is a step of the schedule', () => {
    expect(p.deadlines.some((d) => /15 tháng 12/.test(d.text))).toBe(false);
    expect(p.schedule?.map((s) => s.deadline.text)).toEqual(['trước ngày 10/12 hàng năm']);
  });
  it('criteria are given per award form, so no movement takes them (to confirm)', () => {
    expect(p.movements).toHaveLength(1);
    expect(p.movements[0].criteria).toEqual({ collective: [], individual: [] });
    expect(p.unsure).toContain('movements.0.criteria');
  });
  it('award forms with their criteria per kind', () => {
    const count = (name: string) => {
      const f = p.forms?.find((x) => x.name === name);
      const n = (k: string) => f?.criteria.filter((g) => g.kind === k).reduce((a, g) => a + g.items.length, 0);
      return [n('collective'), n('individual'), n('household')];
    };
    expect(p.forms?.map((f) => f.name)).toEqual([
      'Cờ thi đua của Ủy ban nhân dân tỉnh',
      'Tập thể lao động xuất sắc',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Lao động tiên tiến',
      'Tập thể lao động tiên tiến',
      'Giấy khen của thủ trưởng các cơ quan, đơn vị, địa phương',
      // Named, without criteria of their own: "Danh hiệu thi đua, hình thức khen thưởng: "Chiến sĩ thi đua toàn quốc"; "Huân chương Sao vàng", …".
      'Chiến sĩ thi đua toàn quốc',
      'Huân chương Sao vàng',
      'Huân chương Hồ Chí Minh',
      'Huân chương Độc lập',
      'Anh hùng Lực lượng vũ trang nhân dân',
      'Anh hùng Lao động',
    ]);
    expect(p.forms?.filter((f) => f.criteria.length).map((f) => f.name)).toHaveLength(6);
    expect(count('Cờ thi đua của Ủy ban nhân dân tỉnh')).toEqual([2, 0, 0]);
    expect(count('Tập thể lao động xuất sắc')).toEqual([5, 0, 0]);
    // a) 5 for individuals (any one of them), b) one sentence for business people, c) 4 for collectives, d) one for households
    expect(count('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')).toEqual([4, 6, 1]);
    expect(count('Lao động tiên tiến')).toEqual([0, 4, 0]);
    expect(count('Tập thể lao động tiên tiến')).toEqual([4, 0, 0]);
    expect(count('Giấy khen của thủ trưởng các cơ quan, đơn vị, địa phương')).toEqual([2, 2, 2]);
  });
  it('"đạt một trong các tiêu chuẩn sau" lists are marked: any one item suffices', () => {
    const bk = p.forms?.find((f) => f.name.startsWith('Bằng khen'));
    expect(bk?.criteria.filter((g) => g.anyOf).map((g) => [g.kind, g.items.length])).toEqual([['individual', 5], ['individual', 1], ['collective', 4]]);
    expect(bk?.criteria.find((g) => g.kind === 'individual')?.items[0]).toBe('Có thành tích xuất sắc được bình xét trong các phong trào thi đua do tỉnh phát động');
  });
  it('the council and its members', () => {
    expect(p.council).toEqual({
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh',
      members: ['Chủ tịch Hội đồng là Chủ tịch Ủy ban nhân dân tỉnh', 'Các Phó Chủ tịch Hội đồng', 'Các Ủy viên Hội đồng', 'Trưởng phòng Thi đua, khen thưởng, Sở Nội vụ là Ủy viên kiêm thư ký Hội đồng'],
    });
  });
  it('no quota, allocation, rubric or period', () => {
    expect([p.movements[0].quota, p.allocations, p.rubric, p.period]).toEqual([null, [], null, { from: null, to: null }]);
  });
});
