// Award forms named in sentences, as the genre phrases them: after "tặng", "truy tặng", "xét tặng",
// "tặng thưởng", "đề nghị (tặng)", "hình thức:", one form or a list; a form held already is a
// condition, not a form named.
import { readPlanText } from '../../../src/plan';

const forms = (...body: string[]) =>
  (readPlanText(['THÔNG BÁO', 'Về việc khen thưởng năm 2024', ...body].join('\n')).forms ?? []).map((f) => f.name);

describe('forms named in running text', () => {
  it('a list after "đề nghị tặng": names with their owner, quoted titles, "và"', () => {
    expect(
      forms('Các đơn vị đăng ký số lượng đề nghị tặng Cờ thi đua của Chính phủ, Cờ thi đua của UBND tỉnh, danh hiệu "Tập thể lao động xuất sắc", "Chiến sĩ thi đua cấp tỉnh" năm 2024.', 'Hồ sơ đề nghị tặng danh hiệu "Lao động tiên tiến" và Bằng khen của UBND tỉnh: trước ngày 31/7/2024.'),
    ).toEqual(['Cờ thi đua của Chính phủ', 'Cờ thi đua của UBND tỉnh', 'Tập thể lao động xuất sắc', 'Chiến sĩ thi đua cấp tỉnh', 'Lao động tiên tiến', 'Bằng khen của UBND tỉnh']);
  });
  it('orders and titles of the state, each to whom it goes skipped; a form named less precisely dropped', () => {
    expect(
      forms(
        'Lấy ý kiến nhân dân đối với các cá nhân đề nghị tặng thưởng Huân chương Lao động các hạng.',
        'Bộ lấy ý kiến về việc đề nghị xét tặng thưởng Huân chương Lao động hạng Nhất cho 01 tập thể, Huân chương Lao động hạng Ba cho 05 cá nhân và danh hiệu Chiến sĩ thi đua toàn quốc cho 02 cá nhân (Danh sách kèm theo).',
        'Đề nghị truy tặng danh hiệu "Anh hùng lực lượng vũ trang nhân dân" cho bà Nguyễn Thị A.',
      ),
    ).toEqual(['Huân chương Lao động hạng Nhất', 'Huân chương Lao động hạng Ba', 'Chiến sĩ thi đua toàn quốc', 'Anh hùng lực lượng vũ trang nhân dân']);
  });
  it('"hình thức:" inside a sentence, a note in brackets after the form; a verb ends the name', () => {
    expect(forms('2. Khen thưởng Trung ương Đoàn, hình thức: Bằng khen Trung ương Đoàn (cá nhân, tập thể).', 'Hồ sơ đề nghị tặng Bằng khen của UBND tỉnh trình trước ngày 31/01/2025.')).toEqual([
      'Bằng khen Trung ương Đoàn',
      'Bằng khen của UBND tỉnh',
    ]);
  });
  it('a class written in lower case ("hạng ba"), and the form after "trình khen thưởng:"', () => {
    expect(forms('1. Đề nghị tặng Huân chương Lao động hạng ba: 02 tập thể', '2. Đề nghị tặng Huân chương Lao động hạng Nhì: 01 tập thể')).toEqual(['Huân chương Lao động hạng ba', 'Huân chương Lao động hạng Nhì']);
    expect(forms('Hội đồng lấy ý kiến Nhân dân trước khi trình khen thưởng: Huân chương lao động hạng Nhì cho Nhân dân và cán bộ huyện Đồng Hỷ.')).toEqual(['Huân chương lao động hạng Nhì']);
  });
  it('not the titles a cited document rules on in the grounds; the clause that acts after them counts', () => {
    expect(
      forms(
        'Căn cứ Nghị định số 86/2023/NĐ-CP ngày 7 tháng 12 năm 2023 của Chính phủ quy định về trình tự, thủ tục xét tặng danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”;',
        'Căn cứ khoản 10 Điều 45 Nghị định 91/2017/NĐ-CP của Chính phủ, Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân trước khi trình tặng Huân chương Lao động hạng Ba cho 01 tập thể.',
      ),
    ).toEqual(['Huân chương Lao động hạng Ba']);
  });
  it('an acronym in quotes is the form it abbreviates', () => {
    expect(forms('Xin ý kiến đối với tập thể đề nghị xét tặng danh hiệu "AHLĐ" thời kỳ đổi mới.', 'Bộ lấy ý kiến đối với tập thể đề nghị xét tặng danh hiệu "Anh hùng lao động" thời kỳ đổi mới.')).toEqual(['Anh hùng lao động']);
  });
  it('a form held already is a condition, not a form named', () => {
    expect(
      forms(
        'Cá nhân có ít nhất 01 Bằng khen Thành Đoàn trong 02 năm học.',
        'Có 02 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở".',
        'Đối với cá nhân đã nhận Bằng khen Trung ương Đoàn thì không đề nghị.',
        'Đề nghị tặng Bằng Lao động sáng tạo năm 2024 cho các cá nhân có sáng kiến.',
      ),
    ).toEqual(['Bằng Lao động sáng tạo']);
  });
});
