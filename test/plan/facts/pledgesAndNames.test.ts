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

describe('numbers and days', () => {
  it('a relayed document\'s day written after its number ("số 58/KH-SNV ngày 14/3/2023") is its date', () => {
    const p = read(
      'Ngành nội vụ Hà Giang thi đua hoàn thành nhiệm vụ năm 2023',
      '',
      'Sở Nội vụ tỉnh Hà Giang vừa ban hành Kế hoạch số 58/KH-SNV ngày 14/3/2023 triển khai phong trào thi đua yêu nước năm 2023 trong toàn ngành.',
    );
    expect(p.number).toBe('58/KH-SNV');
    expect(p.date).toBe('2023-03-14');
  });
});

describe('names that run on into the next words', () => {
  it('a body named by its head stops before the head\'s own name', () => {
    const p = read(
      'Sở Tư pháp tỉnh Lào Cai: Phát động phong trào thi đua năm 2023',
      '',
      'Giám đốc Sở Tư pháp tỉnh Lào Cai Nguyễn Văn Bình vừa ký Quyết định số 112/QĐ-STP ngày 03/02/2023 ban hành Kế hoạch phát động phong trào thi đua năm 2023 trong toàn ngành tư pháp tỉnh Lào Cai.',
    );
    expect(p.issuer).toBe('Sở Tư pháp tỉnh Lào Cai');
  });
  it('a body that "phấn đấu đưa tỷ lệ … đăng ký" is named up to its bracketed place, not to "đăng ký"', () => {
    const p = read(
      'Nông dân huyện Châu Thành thi đua sản xuất giỏi',
      'Ngày 10/6, Hội Nông dân huyện Châu Thành (tỉnh Tây Ninh) tổ chức Đại hội thi đua nông dân sản xuất - kinh doanh giỏi giai đoạn 2020-2023.',
      'Giai đoạn 2023-2025, Hội Nông dân huyện Châu Thành phấn đấu đưa tỷ lệ hội viên đăng ký thi đua sản xuất - kinh doanh giỏi tăng 10%.',
    );
    expect(p.issuer).toBe('Hội Nông dân huyện Châu Thành');
  });
  it('the Quốc hiệu\'s first word alone on its line is no part of the issuer', () => {
    const p = read(
      'BỘ',
      'TƯ PHÁP',
      '-------',
      '|',
      'CỘNG',
      'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số:',
      '45/QĐ-BTP',
      '|',
      'Hà',
      'Nội, ngày 10 tháng 1 năm 2023',
      '|',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch tổng kết công tác thi đua, khen thưởng năm 2022',
      'Căn cứ Luật Thi đua, khen thưởng năm 2003;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kết công tác thi đua, khen thưởng năm 2022.',
    );
    expect(p.issuer).toBe('Bộ Tư pháp');
  });
});

describe('an all-capitals title above an all-capitals acting line', () => {
  const head = ['TÒA ÁN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 31/QĐ-TA', 'Điện Biên, ngày 02 tháng 12 năm 2022', 'QUYẾT ĐỊNH'];
  const body = ['Căn cứ Luật Thi đua, khen thưởng năm 2003;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kết.'];
  it('a court\'s acting line ("CHÁNH ÁN TÒA ÁN …") on its own line is no part of the title', () => {
    const p = read(...head, 'BAN HÀNH KẾ HOẠCH TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022', 'CHÁNH ÁN TÒA ÁN NHÂN DÂN TỈNH ĐIỆN BIÊN', ...body);
    expect(p.title).toBe('BAN HÀNH KẾ HOẠCH TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022');
  });
  it('an acting line glued on the title\'s line after its year is no part of the title', () => {
    const p = read(...head, 'BAN HÀNH KẾ HOẠCH TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022 GIÁM ĐỐC SỞ Y TẾ TỈNH ĐIỆN BIÊN', ...body);
    expect(p.title).toBe('BAN HÀNH KẾ HOẠCH TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022');
  });
});

describe('what is not a page\'s title', () => {
  it('a site\'s chrome in English ("Skip to main content") is no title; the headline above the item is', () => {
    const p = read(
      'Loading...',
      'Skip to main content',
      '',
      'Cụm thi đua số IV Viện kiểm sát nhân dân, phát động phong trào thi đua hoàn thành các chỉ tiêu công tác năm 2024',
      '',
      '(12/12/2023 09:15)',
      '',
      'Các đơn vị trong Cụm thi đua số IV đã ký kết giao ước thi đua, quyết tâm hoàn thành các chỉ tiêu, nhiệm vụ công tác năm 2024 đề ra.',
    );
    expect(p.title).toBe('Cụm thi đua số IV Viện kiểm sát nhân dân, phát động phong trào thi đua hoàn thành các chỉ tiêu công tác năm 2024');
    // The launch is of next year's thi đua, not the posting year's.
    expect(p.year).toBe(2024);
  });
  it('"Kế hoạch nhằm …", a sentence of the plan\'s purpose, is no title; an actor-prefixed headline is, over the site\'s banner', () => {
    const p = read(
      'Báo Nông thôn Ngày nay',
      'Chuyên trang',
      '',
      'Sở Tư pháp tỉnh Lào Cai: Phát động phong trào thi đua "Cán bộ tư pháp làm theo lời Bác" giai đoạn 2023 - 2025',
      '',
      'Sở Tư pháp tỉnh Lào Cai vừa ban hành Kế hoạch số 20/KH-STP ngày 03/02/2023 phát động phong trào thi đua trong toàn ngành.',
      '',
      'Kế hoạch nhằm nêu cao tinh thần trách nhiệm của cán bộ, công chức, viên chức ngành tư pháp trong thực thi công vụ, góp phần hoàn thành thắng lợi nhiệm vụ chính trị của địa phương; là cơ sở để bình xét thi đua, khen thưởng hằng năm.',
    );
    expect(p.title).toBe('Sở Tư pháp tỉnh Lào Cai: Phát động phong trào thi đua "Cán bộ tư pháp làm theo lời Bác" giai đoạn 2023 - 2025');
    expect(p.period.to).toBe('2025-12-31');
  });
  it('a headline that names who acts before a colon is the title, not the site\'s banner above it', () => {
    const p = read(
      'Báo Lao Động Thủ Đô',
      'Chuyên mục',
      '',
      'Công đoàn ngành Y tế Hà Nội: Phát động thi đua chào mừng kỷ niệm Ngày Thầy thuốc Việt Nam năm 2024',
      '',
      'Sáng 27/2, Công đoàn ngành Y tế Hà Nội đã tổ chức lễ phát động thi đua trong toàn ngành với nhiều nội dung thiết thực.',
    );
    expect(p.title).toBe('Công đoàn ngành Y tế Hà Nội: Phát động thi đua chào mừng kỷ niệm Ngày Thầy thuốc Việt Nam năm 2024');
  });
});

describe('forms a quy chế heads', () => {
  it('a form\'s descriptive clause ("… được trao tặng 01 lần cho …") is no part of its name', () => {
    const p = read(
      'QUY CHẾ',
      'Xét tặng Giải thưởng Võ Thị Sáu',
      'Điều 1. Phạm vi điều chỉnh',
      'Quy chế này quy định về đối tượng, tiêu chuẩn, quy trình xét tặng Giải thưởng Võ Thị Sáu.',
      'Điều 2. Nguyên tắc xét tặng',
      '1. Giải thưởng Võ Thị Sáu được trao tặng 02 năm một lần cho đoàn viên có thành tích xuất sắc.',
      '2. Việc xét tặng bảo đảm công khai, dân chủ, đúng tiêu chuẩn.',
    );
    expect(p.forms?.map((f) => f.name)).toEqual(['Giải thưởng Võ Thị Sáu']);
  });
});

describe('a body named without its place', () => {
  it('is completed from the province its own sentence names before it', () => {
    const p = read(
      'Sôi nổi thi đua chào mừng Ngày Quốc tế Lao động 1/5',
      'Hưởng ứng phong trào thi đua do Ủy ban nhân dân tỉnh Cao Bằng phát động, Liên đoàn Lao động (LĐLĐ) tỉnh đã ban hành kế hoạch tổ chức phong trào thi đua yêu nước năm 2023 trong công nhân, viên chức, lao động.',
    );
    expect(p.issuer).toBe('Liên đoàn Lao động tỉnh Cao Bằng');
  });
});
