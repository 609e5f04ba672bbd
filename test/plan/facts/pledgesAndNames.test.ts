// What the fourth holdout set showed the genre writes (one test per pattern, each from a short
// snippet of the genre's shape, not a fixture): a khối's giao ước item headed by a line ending with a
// stop; site chrome and a purpose paragraph above a headline; names that run on into a person, a verb
// clause, the Quốc hiệu or a form's description; an all-capitals title above an all-capitals acting
// line; numbers of a Đội or Đoàn; a Quyết định issuing a quy chế; a body named without its place;
// a launch of next year's thi đua.
import { readPlanText } from '../../../src/plan';

const read = (...lines: string[]) => readPlanText(lines.join('\n'));

describe('a khối\'s giao ước thi đua item', () => {
  it('is read, not refused: its headline ends with a stop, and its year is the pledge\'s period', () => {
    const p = read(
      'Hội nghị ký kết giao ước thi đua khối doanh nghiệp II - Năm 2021.',
      '',
      'Sáng ngày 12/3, các đơn vị trong khối đã thảo luận, thống nhất tiêu chí thi đua, bảng điểm và tiến hành ký kết giao ước thi đua của khối năm 2021.',
      '',
      'Nguồn: Văn phòng khối',
    );
    expect(p.title).toBe('Hội nghị ký kết giao ước thi đua khối doanh nghiệp II - Năm 2021');
    expect(p.year).toBe(2021);
    expect(p.period.to).toBe('2021-12-31');
  });
});
