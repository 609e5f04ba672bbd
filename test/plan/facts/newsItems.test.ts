// What a news item about a launch or a review says, read as the genre writes it: a headline with a
// photo caption glued under it, a byline or a date stamp at either end, the body that acts named in
// a caption or by its head, the year of what is launched among last year's results, the forms a
// unit "nhận" or a flag named in lower case; and a Quyết định whose acting line follows its title.
import { readPlanText } from '../../../src/plan';

const read = (...lines: string[]) => readPlanText(lines.join('\n'));

describe('titles of news items and acting lines', () => {
  it('a photo caption glued under the headline is no part of the title', () => {
    const p = read(
      'Trung tâm Y tế huyện: Kỷ niệm ngày Thầy thuốc Việt Nam',
      'Lãnh đạo Trung tâm Y tế huyện trao giấy khen của Giám đốc Sở Y tế cho các tập thể có thành tích xuất sắc.',
      'Tại buổi lễ, Trung tâm đã phát động phong trào thi đua năm 2024 trong toàn thể viên chức, người lao động của đơn vị.',
    );
    expect(p.title).toBe('Trung tâm Y tế huyện: Kỷ niệm ngày Thầy thuốc Việt Nam');
  });
  it('the acting line under a Quyết định\'s title ("GIÁM ĐỐC SỞ …") is no part of the title', () => {
    // A copy that spaces every line: the blank line does not part the title from the acting line.
    const p = read(
      ...[
        'SỞ Y TẾ',
        'TỈNH HÀ NAM Số: 12/QĐ-SYT',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
        'Hà Nam, ngày 05 tháng 01 năm 2024',
        'QUYẾT ĐỊNH',
        'Ban hành Quy chế Thi đua, khen thưởng của Sở Y tế tỉnh Hà Nam',
        'GIÁM ĐỐC SỞ Y TẾ TỈNH HÀ NAM Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;',
        'Xét đề nghị của Trưởng phòng Tổ chức cán bộ, QUYẾT ĐỊNH:',
        'Điều 1. Ban hành kèm theo Quyết định này Quy chế Thi đua, khen thưởng của Sở Y tế tỉnh Hà Nam.',
      ].flatMap((l) => [l, '']),
    );
    expect(p.title).toBe('Ban hành Quy chế Thi đua, khen thưởng của Sở Y tế tỉnh Hà Nam');
  });
  it('a byline at the foot of an item without a headline never becomes its title', () => {
    const p = read(
      'Sáng nay, 06/3/2024, tại hội trường Công ty, Giám đốc Công ty và Chủ tịch Công đoàn đã phát động phong trào thi đua "Hoàn thành thắng lợi nhiệm vụ kế hoạch năm 2024" trong toàn thể người lao động.',
      'Phong trào thi đua được chia thành 02 đợt, đợt 1 đến hết tháng 6 và đợt 2 đến hết năm 2024.',
      'T.H tổng hợp đưa tin',
    );
    // Its headline is not kept: neither the byline nor a sentence of the body is a title.
    expect(p.title).toBe('');
  });
  it('a date stamp and the sentence after it never become the title', () => {
    const p = read(
      ' date 2025-02-20 Lễ ra quân đầu xuân đã tạo khí thế thi đua sôi nổi ngay từ những ngày đầu năm mới trong toàn công ty.',
      '',
      'Trong khí thế đầu xuân, ông Nguyễn Văn An, Giám đốc PC Phú Thọ, đã phát động thi đua năm 2025 trong toàn công ty.',
    );
    expect(p.title).not.toMatch(/date|2025-02-20|khí thế/u);
  });
});

describe('an issuer is a body\'s name, never a clause with a verb', () => {
  it('a caption\'s subject without its verb ("… tham gia khởi công …")', () => {
    const p = read(
      'Hải quan Quảng Ninh phát động đợt thi đua đặc biệt',
      '',
      'Cục Hải quan Quảng Ninh tham gia khởi công xây dựng nhà tình nghĩa năm 2024. Ảnh: Minh Anh.',
      '',
      'Đợt thi đua nhằm hoàn thành xuất sắc nhiệm vụ chính trị năm 2024.',
    );
    expect(p.issuer).toBe('Cục Hải quan Quảng Ninh');
  });
  it('a body whose head launches the thi đua, not one word of a caption ("Ban")', () => {
    const p = read(
      'Ban tổ chức trao giải cho các tập thể đạt thành tích cao tại hội thao đầu xuân',
      '',
      'Trong khí thế đầu xuân, ông Nguyễn Văn An, Giám đốc PC Phú Thọ, đã đánh trống ra quân, phát động thi đua năm 2025 trong toàn công ty.',
    );
    expect(p.issuer).toBe('PC Phú Thọ');
  });
});

describe('the council named in full, in an abbreviation, as written', () => {
  it('a procuracy\'s council, its short name in brackets dropped, "Thi đua khen thưởng" kept as written', () => {
    const p = read(
      'Họp Hội đồng Thi đua khen thưởng xét khen thưởng chuyên đề',
      '',
      'Sáng ngày 20/5/2024, Hội đồng Thi đua khen thưởng Viện Kiểm sát nhân dân (VKSND) tỉnh Đồng Tháp họp xét đề nghị khen thưởng cho các tập thể và cá nhân.',
    );
    expect(p.council?.name).toBe('Hội đồng Thi đua khen thưởng Viện Kiểm sát nhân dân tỉnh Đồng Tháp');
    expect(p.issuer).toBe('Hội đồng Thi đua khen thưởng Viện Kiểm sát nhân dân tỉnh Đồng Tháp');
  });
  it('a header\'s "HỘI ĐỒNG TĐ–KT" under the commune is the council', () => {
    const p = read(
      'UBND XÃ AN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HỘI ĐỒNG TĐ–KT Độc lập – Tự do – Hạnh phúc',
      'Số: 02/BC-HĐTĐKT An Bình, ngày 10 tháng 01 năm 2024',
      'BÁO CÁO',
      'Tổng kết phong trào Thi đua – Công tác Khen thưởng năm 2023',
      '',
      'I. KẾT QUẢ',
      'Năm 2023, phong trào thi đua của xã được triển khai sâu rộng.',
    );
    expect(p.council?.name.replace(/\s*[-–]\s*/gu, '-')).toBe('Hội đồng TĐ-KT xã An Bình');
  });
});

describe('the year of what is launched', () => {
  it('"phát động thi đua năm Y" in a sentence gives the period to 31/12/Y', () => {
    const p = read(
      'Công ty Điện lực sôi nổi ra quân đầu xuân',
      '',
      'Năm 2024, Công ty đạt doanh thu 1.200 tỉ đồng.',
      '',
      'Trong khí thế đầu xuân, Giám đốc Công ty đã phát động thi đua năm 2025 với nhiều chỉ tiêu cụ thể.',
    );
    expect(p.period.to).toBe('2025-12-31');
  });
  it('a text naming last year\'s results and this year\'s launch gets the launched year', () => {
    const p = read(
      'Bệnh viện tỉnh: Kỷ niệm ngày Thầy thuốc Việt Nam',
      'Lãnh đạo bệnh viện trao giấy khen cho các tập thể có thành tích tiêu biểu.',
      'Năm 2023, bệnh viện được bầu là đơn vị xuất sắc của khối thi đua.',
      'Phát động phong trào thi đua năm 2024, bệnh viện phấn đấu hoàn thành vượt mức chỉ tiêu chuyên môn; nâng cao chất lượng khám chữa bệnh; đổi mới phong cách, thái độ phục vụ của cán bộ, nhân viên y tế, hướng tới sự hài lòng của người bệnh; xây dựng môi trường bệnh viện xanh, sạch, đẹp; tiếp tục là đơn vị dẫn đầu khối thi đua bệnh viện tuyến tỉnh.',
      'Đại diện các khoa, phòng ký cam kết thi đua năm 2024.',
    );
    // The launching sentence is the body, not the title: the year comes from what it launches.
    expect(p.title).toBe('Bệnh viện tỉnh: Kỷ niệm ngày Thầy thuốc Việt Nam');
    expect(p.year).toBe(2024);
    expect(p.period.to).toBe('2024-12-31');
  });
});

describe('forms a unit receives', () => {
  const names = (p: ReturnType<typeof read>) => (p.forms ?? []).map((f) => f.name);
  it('forms after "nhận" are forms named', () => {
    const p = read(
      'Cụm thi đua các trường THPT tổng kết phong trào thi đua năm 2023',
      '',
      'Tại hội nghị, các đơn vị đã bình xét, suy tôn: Trường THPT A nhận Cờ thi đua của UBND tỉnh, Trường THPT B nhận Bằng khen của UBND tỉnh.',
    );
    expect(names(p)).toEqual(expect.arrayContaining(['Cờ thi đua của UBND tỉnh', 'Bằng khen của UBND tỉnh']));
  });
  it('a flag named in lower case with its quoted title', () => {
    const p = read(
      'Khối thi đua các cơ quan nội chính bình xét thi đua năm 2024',
      '',
      'Hội nghị đã bình xét, đề nghị UBND tỉnh tặng cờ “Đơn vị dẫn đầu phong trào thi đua” cho Công an tỉnh, tặng bằng khen cho Tòa án nhân dân tỉnh.',
    );
    expect(names(p)).toEqual(expect.arrayContaining(['Cờ Đơn vị dẫn đầu phong trào thi đua']));
  });
});
