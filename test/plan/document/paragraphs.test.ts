// Paragraphs rejoined from broken lines — for each way copies break them — without ever joining a
// heading or a list item to the line above.
import * as fs from 'fs';
import * as path from 'path';
import { buildDocument } from '../../../src/plan/document';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'plans', 'real');
const texts = (input: string) => buildDocument(input).blocks.map((b) => b.text);
const blockAt = (input: string, line: number) => buildDocument(input).blocks.find((b) => b.lines[0] <= line && line <= b.lines[1]);

describe('a PDF copy with every line between blank lines (brvt-2021)', () => {
  const doc = buildDocument(fs.readFileSync(path.join(REAL, 'brvt-2021-phong-trao.txt'), 'utf8'));
  it('is read as the spaced layout', () => expect(doc.layout.style).toBe('spaced'));
  it('rejoins a sentence broken over five lines, keeping its line range', () => {
    const b = doc.blocks.find((x) => x.lines[0] === 9);
    expect(b?.text).toBe('Thực hiện chỉ thị số 04/CT-BYT ngày 29/03/2021 của Bộ Y tế về việc tăng cường thực hiện công tác thi đua, khen thưởng trong ngành y tế giai đoạn 2021-2025;');
    expect(b?.lines).toEqual([9, 13]);
  });
  it('joins "kinh tế" / "- xã hội" (a dash inside a phrase) but not "- Cơ quan chủ trì:" (an item)', () => {
    expect(doc.blocks.find((x) => x.lines[0] === 15)?.text).toContain('phát triển kinh tế - xã hội năm 2021');
    expect(doc.blocks.find((x) => x.lines[0] === 165)?.text).toBe('- Cơ quan chủ trì: UBND tỉnh.');
  });
  it('never joins a numbered heading to the text above', () => {
    expect(doc.blocks.find((x) => x.lines[0] === 189)?.text).toBe('2.1. Thi đua thực hiện các chương trình mục tiêu Y tế - Dân số:');
  });
});

describe('a Markdown copy wrapped at 80 characters (nghean, daklak)', () => {
  const doc = buildDocument(fs.readFileSync(path.join(REAL, 'nghean-2025-dai-hoi-xiv.txt'), 'utf8'));
  it('is read as Markdown', () => expect(doc.layout.style).toBe('markdown'));
  it('joins a run of lines into one paragraph, even after a full stop', () => {
    expect(doc.blocks.find((x) => x.lines[0] === 170)?.text).toMatch(/^- Sản xuất kinh doanh hiệu quả, bền vững, hợp pháp\. Giải quyết nhiều việc làm, .* Đại hội đại biểu toàn quốc lần thứ XIV của Đảng\.$/);
  });
  it('joins an upper-case heading wrapped over two lines, and the date broken after "ngày 19"', () => {
    expect(doc.blocks.find((x) => x.lines[0] === 94)?.text).toBe('III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG');
    expect(doc.blocks.find((x) => x.lines[0] === 14)?.text).toBe('Nghệ An, ngày 19 tháng 11 năm 2025');
  });
  it('keeps "Điều" with its number and "Hội đồng Thi đua" with "- Khen thưởng" (bacninh)', () => {
    const bn = fs.readFileSync(path.join(REAL, 'bacninh-2025-quy-dinh-tdkt.txt'), 'utf8');
    expect(blockAt(bn, 111)?.text).toBe('Điều 1. Phạm vi điều chỉnh');
    expect(blockAt(bn, 499)?.text).toMatch(/^3\. Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh quyết định/);
    expect(blockAt(bn, 13)?.text).toBe('Số: 86/2025/QĐ-UBND');
  });
});

describe('text pasted with no blank lines (a PDF reader, Word)', () => {
  const input = [
    'KẾ HOẠCH',
    'Phát động phong trào thi đua thực hiện văn hóa công sở',
    'năm 2024',
    'Các phòng, đơn vị gửi hồ sơ đề nghị khen thưởng (01 bộ) về Sở Nội vụ (qua',
    'Văn phòng Sở) trước ngày 20 tháng 11 năm 2024 để tổng hợp, trình Hội đồng.',
    'Hồ sơ gồm: tờ trình, báo cáo thành tích.',
    '1. Tiêu chuẩn',
    'Đối với tập thể:',
    '+ Hoàn thành xuất sắc các chỉ tiêu được giao;',
    '3. Số lượng khen thưởng: tỷ lệ không quá 10% tập thể, 5% cá',
    'nhân đối tượng trực tiếp tham gia phong trào.',
  ].join('\n');
  it('joins what goes on and keeps the rest apart', () => {
    expect(texts(input)).toEqual([
      'KẾ HOẠCH',
      'Phát động phong trào thi đua thực hiện văn hóa công sở năm 2024',
      'Các phòng, đơn vị gửi hồ sơ đề nghị khen thưởng (01 bộ) về Sở Nội vụ (qua Văn phòng Sở) trước ngày 20 tháng 11 năm 2024 để tổng hợp, trình Hội đồng.',
      'Hồ sơ gồm: tờ trình, báo cáo thành tích.',
      '1. Tiêu chuẩn',
      'Đối với tập thể:',
      '+ Hoàn thành xuất sắc các chỉ tiêu được giao;',
      '3. Số lượng khen thưởng: tỷ lệ không quá 10% tập thể, 5% cá nhân đối tượng trực tiếp tham gia phong trào.',
    ]);
  });
});

describe('the header block', () => {
  it('never joins the kind line to the issuer above it or to the title under it', () => {
    expect(texts('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nKẾ HOẠCH\nPHÁT ĐỘNG THI ĐUA CAO ĐIỂM NĂM 2025')).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH',
      'KẾ HOẠCH',
      'PHÁT ĐỘNG THI ĐUA CAO ĐIỂM NĂM 2025',
    ]);
  });
  it('keeps a place-and-date line apart from the number above it', () => {
    expect(texts('Số: 88/KH-UBND\nChâu Thành, ngày 05 tháng 02 năm 2025\n\nKẾ HOẠCH')).toEqual(['Số: 88/KH-UBND', 'Châu Thành, ngày 05 tháng 02 năm 2025', 'KẾ HOẠCH']);
  });
});
