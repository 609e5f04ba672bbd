// A page that relays a document in a sentence ("Ngày …, UBND tỉnh ban hành Công văn số …"): the
// number, date, kind and issuer are the relayed document's, never those of the documents it cites.
import { readPlanText } from '../../../src/plan';

const read = (...lines: string[]) => readPlanText(lines.join('\n'));

describe('a document relayed in a sentence', () => {
  it('takes the document the subject issues, not the plan it amends', () => {
    const p = read(
      'Sửa đổi tiêu chuẩn khen thưởng tại Kế hoạch số 88/KH-UBND ngày 02/3/2023 của UBND tỉnh',
      '',
      '( Cập nhật lúc: 20/9/2023 )',
      '',
      'Ngày 14/9/2023 UBND tỉnh ban hành Công văn số 4512/UBND-VX về việc sửa đổi tiêu chuẩn khen thưởng tại Kế hoạch số 88/KH-UBND ngày 02/3/2023 của UBND tỉnh. Theo đó, UBND tỉnh sửa đổi như sau:',
      '- Xã đạt chuẩn nông thôn mới nâng cao theo Bộ tiêu chí của tỉnh Cao Bằng.',
    );
    expect([p.kind, p.number, p.date]).toEqual(['cong-van', '4512/UBND-VX', '2023-09-14']);
    // "UBND tỉnh" as written, placed by the one province the text names — pieced together, to confirm.
    expect(p.issuer).toBe('UBND tỉnh Cao Bằng');
    expect(p.unsure).toContain('issuer');
  });
  it('a day without its year takes the text\'s year, to confirm; a Tờ trình named after it is another\'s', () => {
    const p = read(
      'Lấy ý kiến về việc phong tặng danh hiệu Anh hùng Lao động',
      '',
      'Ngày 9/3, Ban Thi đua - Khen thưởng Trung ương có Văn bản số 120/BTĐKT-P.2, về việc lấy ý kiến nhân dân đối với tập thể đề nghị phong tặng danh hiệu "Anh hùng Lao động".',
      '',
      'Trước đó, Bộ Công Thương có Tờ trình số 15/TTr-BCT ngày 6/3/2024 trình Thủ tướng Chính phủ.',
      '',
      'Ý kiến gửi về Ban Thi đua - Khen thưởng Trung ương trước ngày 20/3/2024.',
    );
    expect([p.number, p.date]).toEqual(['120/BTĐKT-P.2', '2024-03-09']);
    expect(p.unsure).toContain('date');
  });
  it('the kind the sentence names wins over a page heading\'s first word', () => {
    const p = read(
      'Hướng dẫn bình chọn "Nhà giáo tiêu biểu của năm 2024"',
      '',
      'Ngày 02 tháng 4 năm 2024, Bộ Giáo dục và Đào tạo đã ban hành Công văn 1502/BGDĐT-TCCB về việc hướng dẫn bình chọn "Nhà giáo tiêu biểu của năm 2024".',
      '',
      'Hồ sơ gửi về Bộ Giáo dục và Đào tạo trước ngày 30/8/2024.',
    );
    expect([p.kind, p.number, p.date, p.issuer]).toEqual(['cong-van', '1502/BGDĐT-TCCB', '2024-04-02', 'Bộ Giáo dục và Đào tạo']);
  });
  it('a document cited by "Thực hiện …" is not relayed', () => {
    const p = read('Phát động thi đua năm 2024', '', 'Thực hiện Kế hoạch số 12/KH-UBND ngày 06/01/2024 của UBND tỉnh, Sở Y tế phát động thi đua năm 2024.');
    expect(p.number).toBeNull();
  });
});

describe('a document a paper relays in its own words', () => {
  it('a kind in lower case with its number in brackets gives kind and number', () => {
    const p = read(
      'Ngành Hải quan thi đua lập thành tích chào mừng 80 năm thành lập',
      '',
      'Tổng cục Hải quan vừa ban hành công văn (số 2317/TCHQ-TCCB) gửi các cục hải quan tỉnh, thành phố chỉ đạo đẩy mạnh phong trào thi đua kỷ niệm 80 năm Ngày truyền thống Hải quan Việt Nam.',
    );
    expect([p.kind, p.number, p.issuer]).toEqual(['cong-van', '2317/TCHQ-TCCB', 'Tổng cục Hải quan']);
  });
  it('a kind in lower case without a number gives the kind, and the clause after it the title', () => {
    const p = read(' date 2023-05 UBND tỉnh vừa ban hành kế hoạch triển khai phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh.', '', 'Phong trào tập trung vào các mô hình dân vận ở cơ sở.');
    expect([p.kind, p.number]).toEqual(['ke-hoach', null]);
    expect(p.title).toBe('Triển khai phong trào thi đua "Dân vận khéo" trên địa bàn tỉnh');
  });
  it('"có kế hoạch" is no document issued', () => {
    const p = read('Sở Công Thương có kế hoạch tổ chức hội nghị tổng kết thi đua năm 2023 vào tháng 12.');
    expect(p.kind).toBeNull();
  });
  it('the title is the clause after "về", not the relaying sentence', () => {
    const p = read('UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 215/KH-UBND về tổ chức phong trào thi đua “Hà Tĩnh chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025.');
    expect([p.kind, p.number]).toEqual(['ke-hoach', '215/KH-UBND']);
    expect(p.title).toBe('Tổ chức phong trào thi đua "Hà Tĩnh chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025');
  });
  it('the relayed document\'s own words beat a portal\'s heading that names it by its kind, not a headline of the page', () => {
    const portal = read(
      'Kế hoạch công tác thi đua khen thưởng năm 2022',
      '',
      'Đăng ngày: 10/02/2022',
      'UBND tỉnh vừa ban hành Kế hoạch số 38/KH-UBND về công tác thi đua khen thưởng trên địa bàn tỉnh Tây Ninh năm 2022 như sau:',
    );
    expect(portal.title).toBe('Công tác thi đua khen thưởng trên địa bàn tỉnh Tây Ninh năm 2022');
    const headline = read(
      'Lấy ý kiến về việc tặng danh hiệu Anh hùng Lao động',
      '',
      'Ngày 9/3, Ban Thi đua - Khen thưởng Trung ương có Văn bản số 120/BTĐKT-P.2, về việc lấy ý kiến nhân dân đối với tập thể đề nghị phong tặng danh hiệu "Anh hùng Lao động".',
    );
    expect(headline.title).toBe('Lấy ý kiến về việc tặng danh hiệu Anh hùng Lao động');
  });
});

describe('the genre without "thi đua" or "khen thưởng"', () => {
  it('an honour chosen under its own rules is read, not refused', () => {
    const p = read('Bình chọn "Thầy thuốc tiêu biểu" năm 2025', '', 'Các đơn vị đề cử ứng viên, gửi hồ sơ về Sở Y tế trước ngày 15/02/2025.');
    expect(p.deadlines.map((d) => d.dates[0].lastOnTime)).toEqual(['2025-02-14']);
  });
});
