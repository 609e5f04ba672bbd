// Who issues a copy: the header when it has one, completed by the issuing sentence when the header
// lost the place; else the signature at the foot or the page's "Nguồn:", else the opening sentence.
import { readPlanText } from '../../../src/plan';

const read = (...lines: string[]) => readPlanText(lines.join('\n'));

describe('a copy without a header', () => {
  it('the signature at the foot, past the closing words', () => {
    const p = read(
      'Xin ý kiến nhân dân đối với tập thể đề nghị xét tặng danh hiệu "Anh hùng lao động"',
      '',
      'Bộ Giáo dục và Đào tạo tổ chức lấy ý kiến nhân dân đối với tập thể Trường Đại học X đề nghị xét tặng danh hiệu "Anh hùng lao động" thời kỳ đổi mới.',
      '',
      'Mọi thông tin xin gửi về Vụ Thi đua - Khen thưởng trước ngày 07/10/2024, địa chỉ: số 35 Đại Cồ Việt, Hà Nội.',
      '',
      'Trân trọng!',
      '',
      'Vụ Thi đua - Khen thưởng',
    );
    expect(p.issuer).toBe('Vụ Thi đua - Khen thưởng');
  });
  it('the page\'s "Nguồn:" line, past the site\'s counters', () => {
    const p = read('Thông báo', 'Hướng dẫn khen thưởng cấp tỉnh năm 2024', '', 'Hồ sơ đề nghị tặng Bằng khen của UBND tỉnh trình trước ngày 31/01/2025.', '', 'Nguồn: Sở KH&CN', '', 'Số lượt đọc: 120', '', 'Về trang trước Về đầu trang');
    expect(p.issuer).toBe('Sở KH&CN');
  });
  it('the opening clause, past a portal\'s byline and the role in brackets', () => {
    const p = read(
      'TTĐT - Sở Nội vụ (cơ quan Thường trực Hội đồng Thi đua – Khen thưởng tỉnh) lấy ý kiến danh sách đề nghị khen thưởng cấp Nhà nước.',
      'Đề nghị tặng Huân chương Lao động hạng Ba cho ông Nguyễn Văn A, Giám đốc Sở Tư pháp.',
      'Thời gian lấy ý kiến từ ngày 17/4/2025 đến ngày 07/5/2025. Mọi ý kiến đóng góp gửi về địa chỉ: Sở Nội vụ, tầng 18.',
    );
    expect(p.issuer).toBe('Sở Nội vụ');
  });
  it('the issuing sentence gives the issuer, the kind and the title', () => {
    const p = read(
      'Phát động Đợt thi đua đặc biệt năm 2023',
      '',
      'Xem với cỡ chữ : A- A A+',
      '',
      'Thực hiện Kế hoạch số 758/KH-UBND ngày 24/4/2023 của UBND tỉnh Quảng Bình về phát động Đợt thi đua đặc biệt. Sở Y tế ban hành Kế hoạch phát động Đợt thi đua đặc biệt trong toàn ngành năm 2023 như sau:',
      '',
      'I. MỤC ĐÍCH, YÊU CẦU',
    );
    expect([p.kind, p.issuer]).toEqual(['ke-hoach', 'Sở Y tế']);
    expect(p.title).toBe('Phát động Đợt thi đua đặc biệt năm 2023');
  });
});

describe('a notice that names its issuer in a sentence', () => {
  it('the name ends before the manner of its act; the year is the latest full date it writes, to confirm', () => {
    const p = read(
      'Lấy ý kiến nhân dân về việc đề nghị khen thưởng cấp Nhà nước',
      '',
      'Thực hiện quy định tại khoản 10 Điều 45 Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng, tỉnh đang hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng thưởng Huân chương Lao động hạng Nhì cho Trường Mầm non Xuân Dục.',
      '',
      'Ủy ban nhân dân tỉnh Hưng Yên trân trọng thông báo và xin ý kiến đóng góp của Nhân dân trong vòng 05 ngày (từ ngày 07/10/2021-11/10/2021) trước khi trình cấp có thẩm quyền xem xét quyết định.',
    );
    expect([p.issuer, p.year]).toEqual(['Ủy ban nhân dân tỉnh Hưng Yên', 2021]);
    expect(p.unsure).toContain('year');
    expect(p.deadlines.map((d) => d.dates[0].lastOnTime)).toEqual(['2021-10-11']);
    expect(p.forms?.map((f) => f.name)).toEqual(['Huân chương Lao động hạng Nhì']);
  });
});

describe('a header under a document site\'s menu', () => {
  it('the numbered menu and the site\'s labels above it are no body and no issuer; a blank month still gives the year', () => {
    const p = read(
      '1. Trang chủ',
      '2. Tất cả',
      '',
      'THÔNG TIN TÀI LIỆU',
      '',
      'Định dạng Số trang 19 Dung lượng 223,5 KB',
      '',
      'UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 424/SGDĐT-TĐKT',
      'Sơn La, ngày 05 tháng năm 2018',
      'V/v hướng dẫn tổng kết công tác thi đua khen thưởng năm 2018',
      'Kính gửi:',
      '- Các đơn vị trực thuộc Sở;',
      'Sở Giáo dục và Đào tạo hướng dẫn tổng kết công tác thi đua khen thưởng năm 2018 như sau:',
    );
    expect([p.kind, p.issuer, p.number, p.year]).toEqual(['cong-van', 'Sở Giáo dục và Đào tạo tỉnh Sơn La', '424/SGDĐT-TĐKT', 2018]);
    expect(p.title).toBe('Hướng dẫn tổng kết công tác thi đua khen thưởng năm 2018');
  });
});

describe('a header that lost a line', () => {
  const header = ['ỦY BAN NHÂN DÂN |', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 2870/KH-UBND |', 'Ninh Thuận, ngày 02 tháng 7 năm 2022 |'];
  it('"ỦY BAN NHÂN DÂN" is completed by the sentence that names its level; the title is the sentence\'s', () => {
    const p = read(
      ...header,
      'Căn cứ Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ về ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua "Vì người nghèo" giai đoạn 2021 - 2025;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động Phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025 trên địa bàn tỉnh (viết tắt là Phong trào thi đua vì người nghèo) với các nội dung, như sau:',
      '1. Mục đích:',
    );
    expect([p.issuer, p.kind, p.number, p.date]).toEqual(['Ủy ban nhân dân tỉnh Ninh Thuận', 'ke-hoach', '2870/KH-UBND', '2022-07-02']);
    expect(p.title).toBe('Phát động Phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025 trên địa bàn tỉnh');
    expect(p.period.to).toBe('2025-12-31');
  });
  it('a sentence that names no level leaves the header\'s name as it is (no place is guessed)', () => {
    const p = read(...header, 'KẾ HOẠCH', 'Thi đua năm 2022', 'Ủy ban nhân dân ban hành Kế hoạch thi đua năm 2022 như sau:', '1. Hồ sơ đề nghị khen thưởng gửi trước ngày 15/11/2022.');
    expect(p.issuer).toBe('Ủy ban nhân dân');
  });
  it('a central council is not placed by the place-and-date line', () => {
    const p = read(
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG |',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 1/KH-HĐTĐKT |',
      'Hà Nội, ngày 20 tháng 5 năm 2024 |',
      'Hội đồng Thi đua - Khen thưởng Trung ương ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước toàn quốc như sau:',
      'I. MỤC ĐÍCH',
    );
    expect(p.issuer).toBe('Hội đồng Thi đua - Khen thưởng Trung ương');
  });
  it('a Quyết định\'s acting line that repeats the level line is the whole name, not added to it', () => {
    const p = read(
      'ỦY BAN NHÂN DÂN |',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 812/QĐ-UBND |',
      'Cao Bằng, ngày 05 tháng 6 năm 2022 |',
      'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
      'Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Phê duyệt Đề án đổi mới công tác thi đua, khen thưởng tỉnh Cao Bằng.',
    );
    expect(p.issuer).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
  });
});

describe('refusing', () => {
  it('a text with nothing of the genre', () => {
    expect(() => read('Thực đơn tuần này', '', 'Thứ Hai: cơm, cá kho. Thứ Ba: phở bò.')).toThrow(/không giống một văn bản thi đua, khen thưởng/);
  });
  it('never a short notice of the genre: a title and a deadline are enough', () => {
    const p = read(
      'Lấy ý kiến nhân dân trình khen thưởng cấp Nhà nước',
      '',
      'Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân về việc chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước trước khi xét trình khen thưởng cho 2 tập thể ngành Giáo dục.',
      '',
      'Thời gian lấy ý kiến là 10 ngày (kể từ ngày 26-9 đến hết ngày 5-10-2022).',
    );
    expect(p.title).toBe('Lấy ý kiến nhân dân trình khen thưởng cấp Nhà nước');
  });
});

describe('the council', () => {
  it('named in the clause that acts after the grounds ("Căn cứ …, Hội đồng … lấy ý kiến … xét trình")', () => {
    const p = read(
      'Lấy ý kiến nhân dân trình khen thưởng cấp Nhà nước',
      '',
      'Căn cứ khoản 10, Điều 45, Nghị định 91/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng, Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân trước khi thông qua Hội đồng Thi đua - Khen thưởng tỉnh xét trình Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 tập thể.',
    );
    expect([p.issuer, p.council?.name]).toEqual(['Hội đồng Thi đua - Khen thưởng tỉnh', 'Hội đồng Thi đua - Khen thưởng tỉnh']);
  });
  it('not a council the grounds cite', () => {
    const p = read('KẾ HOẠCH', 'Thi đua năm 2024', 'Căn cứ Hướng dẫn số 21/HD-HĐTĐKT ngày 27/8/2024 của Hội đồng Thi đua - Khen thưởng Trung ương;', '1. Hồ sơ đề nghị khen thưởng gửi trước ngày 15/11/2024.');
    expect(p.council ?? null).toBeNull();
  });
});

describe('who posts a notice', () => {
  it('a heading that opens with its actor, not a site\'s sidebar under the last line', () => {
    const p = read(
      'Bộ Tư pháp lấy ý kiến nhân dân về việc đề nghị tặng thưởng Huân chương Lao động hạng Nhì',
      '',
      'Cổng Thông tin điện tử Bộ Tư pháp đăng tải nội dung đề nghị để lấy ý kiến của nhân dân trong thời gian 05 ngày kể từ ngày đăng.',
      'Ban Biên tập',
      'Tìm kiếm',
      'Liên kết website',
    );
    expect(p.issuer).toBe('Bộ Tư pháp');
  });
  it('the body that posts, lists or publishes ("đăng tải", "cho đăng công khai", "tổ chức niêm yết"), without its verb', () => {
    const notice = (s: string) => read('Danh sách đề nghị khen thưởng năm 2024', '', s, 'Ý kiến gửi về trước ngày 15/10/2024.').issuer;
    expect(notice('Sở Nội vụ đăng tải danh sách các tập thể lấy ý kiến nhân dân về việc đề nghị khen thưởng, cụ thể như sau:')).toBe('Sở Nội vụ');
    expect(notice('Để thực hiện quy trình xét khen thưởng, do vậy, Cục Chính trị đã cho đăng công khai danh sách các cá nhân được đề nghị khen thưởng.')).toBe('Cục Chính trị');
    expect(notice('Ngày 2/10/2024 UBND xã họp xét. Nay UBND xã Tân Lập tổ chức niêm yết công khai kết quả bình xét tại trụ sở.')).toBe('UBND xã Tân Lập');
  });
  it('a name that stops at its level is completed by the text\'s fuller naming of it', () => {
    const p = read(
      'Hải Phòng lấy ý kiến nhân dân đối với 5 tập thể đề nghị khen thưởng',
      '',
      'Ban Thi đua - Khen thưởng thành phố Hải Phòng nhận được hồ sơ đề nghị khen thưởng cấp Nhà nước.',
      '',
      'Trước khi trình, Ban Thi đua - Khen thưởng thành phố lấy ý kiến nhân dân đối với các tập thể.',
    );
    expect(p.issuer).toBe('Ban Thi đua - Khen thưởng thành phố Hải Phòng');
  });
  it('the body the attachment line names', () => {
    const p = read(
      'TIÊU CHÍ THI ĐUA NĂM HỌC 2023 – 2024',
      '',
      '(Ban hành kèm theo quyết định số /QĐ-THCS ngày tháng 9 năm 2023 của trường Trung học cơ sở Lê Lợi)',
      '',
      '1. Tiêu chí xét danh hiệu thi đua đối với cá nhân',
    );
    expect(p.issuer).toBe('Trường Trung học cơ sở Lê Lợi');
  });
});

describe('a bare "UBND tỉnh" in a relaying sentence', () => {
  it('is placed by the province its own sentence names, to confirm', () => {
    const p = read(
      'Kế hoạch công tác thi đua khen thưởng năm 2021',
      '',
      'Đăng ngày: 03/03/2021',
      'UBND tỉnh vừa ban hành Kế hoạch số 59/KH-UBND về công tác thi đua khen thưởng trên địa bàn tỉnh Bình Phước năm 2021 như sau:',
      '',
      'Các cơ quan, đơn vị trên địa bàn tỉnh ra sức phấn đấu hoàn thành nhiệm vụ năm 2021.',
    );
    expect(p.issuer).toBe('UBND tỉnh Bình Phước');
    expect(p.unsure).toContain('issuer');
  });
  it('is left bare when its sentence names two provinces', () => {
    const p = read('UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND về thi đua hợp tác giữa tỉnh Bình Phước và tỉnh Bình Dương năm 2021 như sau:', '', 'Ngày 20/3/2021 hai tỉnh ký giao ước thi đua.');
    expect(p.issuer).toBe('UBND tỉnh');
  });
});

describe('completing a name invents nothing', () => {
  it('a name ending in a body\'s abbreviation is whole, and its council with it', () => {
    const p = read(
      'Hà Nội, ngày 27 tháng 4 năm 2024',
      '',
      'Căn cứ Nghị định số 91/2017/NĐ-CP của Chính phủ, Hội đồng Thi đua - Khen thưởng TTXVN lấy ý kiến đề nghị khen thưởng Huân chương Lao động hạng Ba trên Trang thông tin của TTXVN.',
    );
    expect(p.issuer).toBe('Hội đồng Thi đua - Khen thưởng TTXVN');
    expect(p.council?.name).toBe('Hội đồng Thi đua - Khen thưởng TTXVN');
  });
  it('a site\'s date line is no place-and-date line', () => {
    const p = read(
      'Chủ nhật, ngày 12/05/2024',
      '',
      'Thông tin chung',
      '',
      'Ban Thi đua - Khen thưởng lấy ý kiến nhân dân đối với cá nhân đề nghị tặng Huân chương Lao động hạng Ba.',
    );
    expect(p.issuer).toBe('Ban Thi đua - Khen thưởng');
  });
});

describe('a headline\'s short name and the body\'s full one', () => {
  it('the body\'s full naming of the same body wins', () => {
    const p = read(
      '15/01/2021 09:10',
      '',
      'Kho bạc Nhà nước Đà Nẵng phát động thi đua năm 2021',
      '',
      '(ĐN) Nhằm động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ, Kho bạc Nhà nước thành phố Đà Nẵng vừa phát động phong trào thi đua năm 2021.',
    );
    expect(p.issuer).toBe('Kho bạc Nhà nước thành phố Đà Nẵng');
  });
  it('a short name that already ends in its place gets no place added again', () => {
    const p = read('Kho bạc Nhà nước Đà Nẵng phát động thi đua trên địa bàn thành phố Đà Nẵng năm 2021', '', 'Kho bạc Nhà nước Đà Nẵng phát động phong trào thi đua năm 2021.');
    expect(p.issuer).toBe('Kho bạc Nhà nước Đà Nẵng');
  });
});

describe('names not cut before a last short syllable', () => {
  it('"Bộ Công an", "ngành Thanh tra", "Tổng Thanh tra Chính phủ" — also broken over two lines', () => {
    const p = read(
      'Gửi hồ sơ đề nghị khen thưởng năm 2024',
      '',
      'Hồ sơ đề nghị tặng Bằng khen của Tổng Thanh',
      'tra Chính phủ gửi về Thường trực Hội đồng Thi đua - Khen thưởng ngành Thanh tra trước ngày 25/12/2024 để xem xét.',
    );
    expect([p.forms?.map((f) => f.name), p.council?.name]).toEqual([['Bằng khen của Tổng Thanh tra Chính phủ'], 'Hội đồng Thi đua - Khen thưởng ngành Thanh tra']);
    const q = read('Lấy ý kiến nhân dân năm 2024', '', 'Hội đồng Thi đua - Khen thưởng Bộ Công an đã họp xét đề nghị phong tặng danh hiệu "Anh hùng lực lượng vũ trang nhân dân".');
    expect(q.council?.name).toBe('Hội đồng Thi đua - Khen thưởng Bộ Công an');
  });
});

describe('councils by other names and in other places', () => {
  it('a council for an honour, its titles quoted or abbreviated, kept whole with its body', () => {
    const quoted = read(
      'Lấy ý kiến nhân dân đối với các ứng viên danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú năm 2026',
      '',
      'Hội đồng xét tặng danh hiệu “Nhà giáo nhân dân”, “Nhà giáo ưu tú” Trường Đại học Cần Thơ đề nghị các đơn vị thông báo tới toàn thể viên chức.',
    );
    expect(quoted.council?.name).toBe('Hội đồng xét tặng danh hiệu "Nhà giáo nhân dân", "Nhà giáo ưu tú" Trường Đại học Cần Thơ');
    const short = read('Thăm dò dư luận năm 2023', '', 'Hiện nay, Hội đồng xét tặng danh hiệu NGND, NGƯT Bộ GDĐT đã ban hành Thông báo về việc thăm dò dư luận đối với các ứng viên.');
    expect(short.council?.name).toBe('Hội đồng xét tặng danh hiệu NGND, NGƯT Bộ GDĐT');
  });
  it('named on a line the copy rejoined under the grounds, before the issuing clause', () => {
    const p = read(
      'Đà Nẵng lấy ý kiến nhân dân đối với 4 tập thể đề nghị khen thưởng',
      '',
      'Căn cứ khoản 2 Điều 46 Nghị định số 98/2023/NĐ-CP ngày 31-12-2023 của Chính phủ,',
      '',
      'Trước khi báo cáo Hội đồng Thi đua - Khen thưởng thành phố xét duyệt, Ban Thi đua - Khen thưởng thành phố lấy ý kiến nhân dân đối với các tập thể.',
    );
    expect(p.council?.name).toBe('Hội đồng Thi đua - Khen thưởng thành phố');
  });
});
