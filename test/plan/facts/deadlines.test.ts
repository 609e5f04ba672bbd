// Deadlines of the short notices of the genre: a "lấy ý kiến nhân dân" notice (its deadline is the
// date for opinions), a notice of "mốc thời gian" (every dated step is a deadline the office
// tracks), a Công văn's quarterly date, and a clause after ";" that takes its purpose from its sentence.
import { readPlanText } from '../../../src/plan';
import type { Plan } from '../../../src/core/types';

const read = (...lines: string[]) => readPlanText(lines.join('\n'));
const lastOnTime = (p: Plan) => [...p.deadlines, ...p.movements.flatMap((m) => m.deadlines)].flatMap((d) => d.dates.map((x) => x.lastOnTime)).sort();

describe('a notice that consults the public', () => {
  it('the window for opinions, with dates written with hyphens, the first taking its year from the second', () => {
    const p = read(
      'Lấy ý kiến nhân dân trình khen thưởng cấp Nhà nước',
      '',
      'Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân trước khi xét trình Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 tập thể ngành Giáo dục và Đào tạo đợt 15-10-2022:',
      '',
      'Thời gian lấy ý kiến là 10 ngày (kể từ ngày 26-9 đến hết ngày 5-10-2022).',
      '',
      'Mọi ý kiến phản ánh gửi về Ban Thi đua - Khen thưởng, Sở Nội vụ.',
    );
    expect(p.deadlines.map((d) => [d.text, d.rule, d.from, d.dates[0].lastOnTime])).toEqual([['từ ngày 26-9 đến hết ngày 5-10-2022', 'by', '2022-09-26', '2022-10-05']]);
  });
  it('"xin gửi về … trước ngày D" and "tổng hợp ý kiến …, gửi về … trước ngày D"', () => {
    const p = read(
      'Xin ý kiến nhân dân đối với các cá nhân đề nghị tặng thưởng Huân chương Lao động',
      '',
      'Bộ tổ chức lấy ý kiến nhân dân về việc đề nghị xét tặng thưởng Huân chương Lao động hạng Ba cho 05 cá nhân (Danh sách kèm theo).',
      '',
      'Vụ Tổ chức cán bộ đề nghị Báo Giáo dục và Thời đại đăng tải thông tin để xin ý kiến nhân dân và có văn bản tổng hợp ý kiến phản hồi, gửi về Vụ Tổ chức cán bộ trước ngày 10 tháng 10 năm 2023.',
    );
    expect(lastOnTime(p)).toEqual(['2023-10-09']);
  });
  it('a report in an ordinary plan stays a step of the schedule', () => {
    const p = read('KẾ HOẠCH', 'Thi đua năm 2024', '1. Các đơn vị gửi báo cáo sơ kết trước ngày 15/6/2024.', '2. Hồ sơ đề nghị khen thưởng gửi trước ngày 15/11/2024.');
    expect(lastOnTime(p)).toEqual(['2024-11-14']);
    expect(p.schedule?.map((s) => s.deadline.dates[0].lastOnTime)).toEqual(['2024-06-14']);
  });
});

describe('consultations by other names', () => {
  it('"thăm dò dư luận": the window for opinions is a deadline, and a sentence ends after the year that closes it', () => {
    const p = read(
      'Thăm dò dư luận đối với các ứng viên đề nghị xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú năm 2025',
      '',
      'Hiện nay, Hội đồng xét tặng danh hiệu NGND, NGƯT Bộ GDĐT đã ban hành Thông báo số 40/TB-HĐ ngày 05/6/2025 về việc thăm dò dư luận đối với các ứng viên.',
      '',
      'Trường có 02 ứng viên đề nghị xét danh hiệu Nhà giáo Ưu tú:',
      '',
      '1. PGS. TS Nguyễn Văn A, Trưởng Khoa Cơ khí.',
      '',
      '2. TS Trần Thị B, Phó Hiệu trưởng.',
      '',
      'Thời gian lấy ý kiến thăm dò dư luận: Từ ngày 10/6/2025 đến hết ngày 24/6/2025. Ý kiến của tập thể, cá nhân đề nghị gửi về Bộ GDĐT trước ngày 25/6/2025.',
    );
    expect(p.schedule ?? []).toEqual([]);
    expect(lastOnTime(p)).toEqual(['2025-06-24', '2025-06-24']);
  });
  it('the posting window of a list posted for opinions, in hyphenated dates', () => {
    const p = read(
      'Để thực hiện quy trình xét khen thưởng theo Nghị định số 152/2025/NĐ-CP ngày 14-6-2025 của Chính phủ, do vậy, Cục Chính trị đã cho đăng công khai danh sách các cá nhân được đề nghị phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân để lấy ý kiến của các tổ chức, cá nhân.',
      'Thời gian đăng công khai danh sách trên vào 10 ngày làm việc: Từ ngày 11-8-2025 đến ngày 22-8-2025.',
    );
    expect(p.deadlines.map((d) => [d.from, d.dates[0].lastOnTime])).toEqual([['2025-08-11', '2025-08-22']]);
  });
  it('results posted publicly ("niêm yết công khai") for the people\'s view: the date for opinions is the deadline', () => {
    const p = read(
      'THÔNG BÁO Niêm yết công khai kết quả bình xét danh hiệu "Gia đình văn hóa" năm 2025',
      '',
      'Nay UBND xã Tân Lập tổ chức niêm yết công khai kết quả bình xét để mọi người dân được biết và có ý kiến góp ý.',
      '',
      'Văn bản góp ý gửi về Văn phòng UBND xã trước ngày 20/10/2025. Quá thời hạn trên thì xem như đồng ý.',
    );
    expect(lastOnTime(p)).toEqual(['2025-10-19']);
  });
});

describe('a count of working days from a stated day', () => {
  it('"trong vòng 10 ngày làm việc, kể từ ngày D": counted on the calendar with D, the other reading noted, to confirm', () => {
    const p = read(
      'Xin ý kiến Nhân dân về việc đề nghị tặng thưởng Huân chương',
      '',
      'Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến Nhân dân trước khi trình khen thưởng: Huân chương Lao động hạng Ba cho Nhân dân và cán bộ huyện Đại Từ.',
      '',
      // Thursday 24/4/2025; Saturday 26/4 is worked in exchange for Friday 2/5, off with 30/4 and 1/5.
      'Các ý kiến đóng góp trong vòng 05 ngày làm việc, kể từ ngày 24/4/2025 gửi cho Ban Thi đua - Khen thưởng tỉnh.',
    );
    expect(p.deadlines.map((d) => [d.from, d.dates[0].lastOnTime])).toEqual([['2025-04-24', '2025-04-29']]);
    expect(p.deadlines[0].notes?.join(' ')).toMatch(/không nói có tính cả ngày 24\/04\/2025.*05\/05\/2025/);
    expect(p.unsure).toContain('deadlines.0');
  });
});

describe('an annual deadline when the only year written is a cited document\'s', () => {
  it('dates it in that year, to confirm', () => {
    const p = read(
      'Gửi hồ sơ đề nghị khen thưởng như thế nào?',
      '',
      'Căn cứ Mục 2 Phần II Quyết định 120/QĐ-TTCP năm 2021 quy định về thời hạn gửi hồ sơ đề nghị khen thưởng như sau:',
      '- Các đơn vị thuộc Thanh tra Chính phủ gửi hồ sơ trước ngày 25 tháng 12 hàng năm.',
    );
    expect([p.year, lastOnTime(p)]).toEqual([2021, ['2021-12-24']]);
    expect(p.unsure).toContain('year');
  });
});

describe('a notice of the round\'s dates ("mốc thời gian")', () => {
  it('every dated step is a deadline: a report, a registration, dossiers by form, a window', () => {
    const p = read(
      'Các mốc thời gian cần lưu ý khi tổng kết công tác thi đua, khen thưởng năm học 2023-2024',
      '',
      '1. Báo cáo tổng kết phong trào thi đua năm học 2023-2024; kết quả đánh giá, xếp loại các trường học (kết quả xếp loại 02 năm), trước ngày 15/7/2024.',
      '',
      '2. Bản đăng ký thi đua năm học 2024-2025 gửi trước ngày 30/9/2024 (Đăng ký thi đua phải ghi rõ nội dung, chỉ tiêu thi đua).',
      '',
      '3. Hồ sơ đề nghị UBND tỉnh khen thưởng nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.',
      '',
      '- Đối với hồ sơ đề nghị tặng danh hiệu "Tập thể lao động xuất sắc" và Bằng khen của UBND tỉnh: trước ngày 31/7/2024.',
      '',
      '- Đối với hồ sơ đề nghị tặng Cờ thi đua của UBND tỉnh, danh hiệu "Chiến sĩ thi đua cấp tỉnh": từ ngày 25/7 đến ngày 31/7/2024.',
    );
    expect([...new Set(lastOnTime(p))]).toEqual(['2024-07-14', '2024-07-30', '2024-07-31', '2024-09-29']);
    // Which of them a list is measured on is for the secretary to say.
    expect(p.unsure).toContain('deadlines');
  });
});

describe('a Công văn\'s body', () => {
  it('"trước ngày 15 của tháng cuối cùng hàng quý", in the year of the letter it answers', () => {
    const p = read(
      'tăng cường tuyên truyền gương điển hình tiên tiến trong phong trào thi đua sáng kiến',
      '',
      'Sở Y tế nhận được văn bản số 358/SKHCN-QLKH ngày 07/4/2022 của Sở Khoa học và Công nghệ về tăng cường tuyên truyền, giới thiệu gương điển hình tiên tiến. Sau khi nghiên cứu, Sở Y tế có ý kiến chỉ đạo các đơn vị như sau:',
      '',
      '- Xem giới thiệu gương điển hình tiên tiến trong phong trào thi đua sáng kiến, sáng tạo và gửi hồ sơ đề xuất về Sở Y tế trước ngày 15 của tháng cuối cùng hàng quý trong năm để xem xét (nếu có).',
    );
    expect(p.year).toBe(2022);
    expect(p.unsure).toContain('year');
    expect(lastOnTime(p)).toEqual(['2022-03-14', '2022-06-14', '2022-09-14', '2022-12-14']);
  });
});
