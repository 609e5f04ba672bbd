// The title and kind of copies the way public pages keep them: no header, a site's label or
// banner above the title, a portal's code, a timestamp, the title glued to the first sentence or
// printed twice, a kind line whose title runs on under a draft mark.
import { readPlanText } from '../../../src/plan';

const read = (...lines: string[]) => readPlanText(lines.join('\n'));

describe('a copy without a kind line', () => {
  it('a site\'s section label names the kind; the heading under it is the title, its posting date dropped', () => {
    const p = read(
      'Thông báo',
      'Hướng dẫn công tác công nhận sáng kiến phục vụ khen thưởng cấp tỉnh năm 2024 (05/12/2024)',
      '',
      'Thực hiện công văn số 30/HĐTĐKT ngày 01/12/2024 của Hội đồng Thi đua – Khen thưởng tỉnh, hồ sơ đề nghị khen thưởng cấp tỉnh trình trước ngày 31/01/2025.',
    );
    expect(p.kind).toBe('thong-bao');
    expect(p.title).toBe('Hướng dẫn công tác công nhận sáng kiến phục vụ khen thưởng cấp tỉnh năm 2024');
  });
  it('a portal\'s code "TB 49 - V/v …" gives the kind and the title', () => {
    const p = read('TB 12 - V/v Thực hiện khen thưởng tổng kết năm học 2023-2024', '', '1. Hồ sơ đề nghị khen thưởng gửi trước ngày 10/6/2024.');
    expect([p.kind, p.title]).toEqual(['thong-bao', 'Thực hiện khen thưởng tổng kết năm học 2023-2024']);
  });
  it('the first heading that says what the document does, past a doubled label, a timestamp and a dateline', () => {
    const p = read(
      'Tin tức sự kiện Tin tức sự kiện',
      '',
      'Thứ Ba, 04/10/2022, 08:15 (GMT+7)',
      '',
      'lấy ý kiến nhân dân đề nghị khen thưởng cấp Nhà nước năm 2022',
      '',
      'Căn cứ Luật Thi đua, khen thưởng, Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân đối với 03 tập thể đề nghị tặng Bằng khen của Thủ tướng Chính phủ.',
    );
    expect(p.title).toBe('lấy ý kiến nhân dân đề nghị khen thưởng cấp Nhà nước năm 2022');
  });
  it('a heading that starts after a site\'s category on its block', () => {
    const p = read('THI ĐUA - KHEN THƯỞNG', '', 'TỔNG KẾT NĂM HỌC VÀ BÌNH XÉT THI ĐUA', '', 'NĂM HỌC 2023 - 2024', '', '+ Hoàn thành tốt nhiệm vụ được giao.');
    expect(p.title).toBe('TỔNG KẾT NĂM HỌC VÀ BÌNH XÉT THI ĐUA NĂM HỌC 2023 - 2024');
  });
  it('a title glued to the first sentence ends where the sentence starts', () => {
    const p = read(
      'KỶ NIỆM NGÀY THẦY THUỐC VIỆT NAM',
      '',
      'Tổ chức các hoạt động thi đua chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2025) Năm 2025 là năm toàn ngành y tế ra sức thi đua lập thành tích.',
      '',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh về phát động phong trào thi đua.',
    );
    expect(p.title).toBe('Tổ chức các hoạt động thi đua chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2025)');
    // The year of the anniversary the title names: a guess to confirm.
    expect(p.year).toBe(2025);
    expect(p.unsure).toContain('year');
  });
  it('a title printed twice, then the body', () => {
    const p = read(
      'Hướng dẫn đề nghị tặng Bằng Lao động sáng tạo năm 2024',
      '',
      'Hướng dẫn đề nghị tặng Bằng Lao động sáng tạo năm 2024',
      '',
      'Để phong trào thi đua "Lao động giỏi, lao động sáng tạo" tiếp tục phát huy hiệu quả, Công đoàn ngành hướng dẫn các Công đoàn trực thuộc như sau:',
    );
    expect([p.kind, p.title]).toEqual(['huong-dan', 'Đề nghị tặng Bằng Lao động sáng tạo năm 2024']);
  });
  it('the body of a Công văn without its header is a Công văn, to confirm', () => {
    const p = read(
      'tăng cường tuyên truyền gương điển hình tiên tiến trong phong trào thi đua',
      '',
      // A web page keeps each paragraph on one line.
      'Sở Y tế nhận được văn bản số 120/SNV-TĐKT ngày 07/4/2024 của Sở Nội vụ về tăng cường tuyên truyền, giới thiệu gương điển hình tiên tiến trong phong trào thi đua. Sau khi nghiên cứu, Sở Y tế có ý kiến chỉ đạo Thủ trưởng các cơ quan, đơn vị như sau:',
      '',
      '- Nghiên cứu nội dung văn bản trên và tuyên truyền đến công chức, viên chức, người lao động thuộc quyền quản lý; gửi hồ sơ đề xuất khen thưởng về Sở Y tế trước ngày 15/5/2024.',
    );
    expect(p.kind).toBe('cong-van');
    expect(p.unsure).toContain('kind');
    expect(p.title).toBe('tăng cường tuyên truyền gương điển hình tiên tiến trong phong trào thi đua');
  });
});

describe('a form', () => {
  it('is titled under its label, on the label\'s line when the copy flattened it', () => {
    const p = read('Xem mẫu', '', '1. Tên đơn vị: Mẫu số 02 DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỤM THI ĐUA SỐ 1 STT Họ và tên Chức vụ Đơn vị 1 2 3 Ghi chú: - Các đơn vị đề nghị tặng Giấy khen gửi kèm báo cáo thành tích.');
    expect(p.title).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỤM THI ĐUA SỐ 1');
  });
  it('or on the line under it', () => {
    const p = read('1. Tên đơn vị:', 'Bảng biểu 4', 'SỞ - BAN - NGÀNH THÀNH PHỐ CHẤM ĐIỂM XẾP HẠNG CHO QUẬN - HUYỆN', '| STT | Tên quận - huyện | Điểm |', '| I. Cụm Thi đua 1 | | |', '| 1 | Quận 1 | |');
    expect(p.title).toBe('SỞ - BAN - NGÀNH THÀNH PHỐ CHẤM ĐIỂM XẾP HẠNG CHO QUẬN - HUYỆN');
  });
});

describe('a kind line', () => {
  it('"QUY ĐỊNH VỀ …" under the issuer and a draft mark: the title goes on in its case, the banner above is no issuer', () => {
    const p = read(
      'TIÊU CHÍ THI ĐUA GIỮA CÁC CHI ĐOÀN',
      'ĐOÀN TNCS HỒ CHÍ MINH',
      'ĐOÀN TRƯỜNG THPT NGUYỄN DU',
      'DỰ THẢO',
      'QUY ĐỊNH VỀ TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CÁC CHI ĐOÀN',
      'NĂM HỌC 2024 - 2025',
      '',
      'PHẦN I: CĂN CỨ',
      'Căn cứ Luật Thi đua, khen thưởng năm 2022.',
    );
    expect([p.kind, p.issuer]).toEqual(['quy-dinh', 'Đoàn trường THPT Nguyễn Du']);
    expect(p.title).toBe('VỀ TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CÁC CHI ĐOÀN NĂM HỌC 2024 - 2025');
  });
  it('a web page\'s banner above a kind line is no issuer; the body\'s council is', () => {
    const p = read(
      'TIN TỨC BỆNH VIỆN',
      '',
      'KẾ HOẠCH PHÁT ĐỘNG THI ĐUA NĂM 2024',
      '',
      'Nhằm tạo không khí thi đua sôi nổi, Hội đồng thi đua khen thưởng Bệnh viện đa khoa tỉnh Hà Nam phát động phong trào thi đua năm 2024 như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    );
    expect([p.kind, p.title, p.issuer]).toEqual(['ke-hoach', 'PHÁT ĐỘNG THI ĐUA NĂM 2024', 'Hội đồng thi đua khen thưởng Bệnh viện đa khoa tỉnh Hà Nam']);
    expect(p.council?.name).toBe('Hội đồng thi đua khen thưởng Bệnh viện đa khoa tỉnh Hà Nam');
  });
  it('a Thông tư: the kind line ends the issuer, the title is under it, squashed spaces read', () => {
    const p = read(
      'BỘ TÀI CHÍNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 79/2023/TT-BTC',
      'Hà Nội, ngày29 tháng 12 năm 2023',
      'THÔNG TƯ',
      'QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT THI ĐUA, KHEN THƯỞNG TRONG LĨNH VỰC TÀI CHÍNH',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    );
    expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Bộ Tài chính', '79/2023/TT-BTC', '2023-12-29', null]);
    expect(p.title).toBe('QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT THI ĐUA, KHEN THƯỞNG TRONG LĨNH VỰC TÀI CHÍNH');
  });
  it('a page quoting one article names its document: number and year', () => {
    const p = read(
      'Điều 22 Thông tư 57/2020/TT-BQP hướng dẫn công tác thi đua, khen thưởng về Dân quân tự vệ',
      'Điều 22. Thời điểm báo cáo hồ sơ',
      '1. Thời điểm báo cáo hồ sơ đề nghị khen thưởng',
      'Các cơ quan, đơn vị báo cáo đề nghị tặng danh hiệu thi đua về Bộ Quốc phòng trước ngày 15 tháng 3 hằng năm.',
    );
    expect([p.number, p.year]).toEqual(['57/2020/TT-BQP', 2020]);
    expect(p.deadlines.flatMap((d) => d.dates.map((x) => x.lastOnTime))).toEqual(['2020-03-14']);
  });
});

describe('a page\'s metadata is never part of the title', () => {
  it('the site\'s section and two ISO timestamps under a kind line\'s title', () => {
    const p = read(
      'THÔNG BÁO Công khai kết quả bình xét gia đình văn hóa năm 2025',
      'Tân Tiến',
      '2025-11-03T09:12:44+07:00',
      '2025-11-03T09:12:44+07:00',
      'https://example.gov.vn/vi/tantien/thong-bao.html',
      'Nay UBND xã Tân Tiến tổ chức niêm yết công khai kết quả bình xét danh hiệu "Gia đình văn hóa". Ý kiến gửi về trước ngày 20/11/2025.',
    );
    expect([p.kind, p.title]).toEqual(['thong-bao', 'Công khai kết quả bình xét gia đình văn hóa năm 2025']);
  });
  it('a CMS line glued under a heading that opens with its actor; the year is the heading\'s, not the posting\'s', () => {
    const p = read(
      'Sở Nội vụ đăng tải danh sách các cá nhân lấy ý kiến nhân dân về việc đề nghị khen thưởng (tổng kết năm 2021)',
      '',
      'Create: T3, 15/03/2022 - 10:05',
      'Author: admin',
      '',
      '1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 cá nhân',
    );
    expect([p.title, p.year]).toEqual(['Sở Nội vụ đăng tải danh sách các cá nhân lấy ý kiến nhân dân về việc đề nghị khen thưởng (tổng kết năm 2021)', 2021]);
  });
});
