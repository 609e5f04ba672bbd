// The line layer: what a copy of a document carries besides its words (Markdown, HTML, odd spaces
// and quotes) goes; table rows, separators and page numbers are told apart from text.
import { normaliseChars, decodeEntities } from '../../../src/plan/document/chars';
import { readLine, readLines } from '../../../src/plan/document/lines';

describe('characters', () => {
  it('makes text NFC, spaces plain, quotes straight, and drops invisible characters', () => {
    const decomposed = 'pho\u0300ng'; // "phòng" with a combining grave, as some PDF copies have it
    expect(normaliseChars(`Thi\u00A0đua “Người tốt” ${decomposed}\u200B ‘x’\u00AD`)).toBe('Thi đua "Người tốt" phòng \'x\'');
  });
  it('decodes HTML character references', () => {
    expect(decodeEntities('Thi đua&nbsp;&ndash;&#160;Khen thưởng &amp; &#x110;&#7889;i &quot;x&quot; &unknown;')).toBe('Thi đua –\u00A0Khen thưởng & Đối "x" &unknown;');
  });
});

describe('lines', () => {
  const text = (raw: string) => readLine(raw, 1).text;
  it('removes Markdown residue: headings, bold, italics, escapes, links', () => {
    expect(text('## KẾ HOẠCH')).toBe('KẾ HOẠCH');
    expect(text('**Điều 1. **Ban')).toBe('Điều 1. Ban');
    expect(text('*Nghệ An, ngày 19')).toBe('Nghệ An, ngày 19');
    expect(text('1\\. Mục đích \\- yêu cầu')).toBe('1. Mục đích - yêu cầu');
    expect(text('Xem [Kế hoạch 14/KH-UBND](https://example.vn/kh14) của tỉnh')).toBe('Xem Kế hoạch 14/KH-UBND của tỉnh');
    expect(text('> - Hoàn thành tốt nhiệm vụ')).toBe('- Hoàn thành tốt nhiệm vụ');
  });
  it('keeps "* item" a bullet while removing emphasis stars', () => {
    expect(text('* Hoàn thành xuất sắc nhiệm vụ')).toBe('• Hoàn thành xuất sắc nhiệm vụ');
    expect(text('**- **Gương mẫu, chấp hành tốt')).toBe('- Gương mẫu, chấp hành tốt');
  });
  it('removes HTML tags and entities', () => {
    expect(text('<p>Hồ sơ gửi về&nbsp;Sở<br>trước ngày 15/12/2024</p>')).toBe('Hồ sơ gửi về Sở trước ngày 15/12/2024');
  });
  it('tells separators, page numbers, rows and text apart', () => {
    const kinds = readLines(['-------', '|', 'Trang 2/3', '- 3 -', '| STT | Nội dung | Thời gian |', '|---|---|---|', 'STT\tNội dung\tĐiểm', 'SỞ Y TẾ |', '', 'Hồ sơ gửi về Sở.'].join('\n')).map((l) => l.kind);
    expect(kinds).toEqual(['sep', 'sep', 'page', 'page', 'row', 'sep', 'row', 'text', 'blank', 'text']);
  });
  it('reads pipe and tab cells, keeping an empty leading cell in place', () => {
    expect(readLine('| 1 | Đăng ký thi đua | Trước ngày 31/3/2024 |', 4).cells).toEqual(['1', 'Đăng ký thi đua', 'Trước ngày 31/3/2024']);
    expect(readLine('\tTổng cộng\t100', 5).cells).toEqual(['', 'Tổng cộng', '100']);
  });
  it('keeps the lines of a pipe cell apart where the copy wrote <br>', () => {
    const l = readLine('| UBND TỈNH LÂM ĐỒNG<br>SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |', 1);
    expect(l.cells).toEqual(['UBND TỈNH LÂM ĐỒNG SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc']);
    expect(l.cellLines).toEqual([['UBND TỈNH LÂM ĐỒNG', 'SỞ Y TẾ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']]);
  });
  it('takes a line of hundreds of pipes for text, not a table row', () => {
    expect(readLine('| a '.repeat(300), 1).kind).toBe('text');
  });
  it('puts back the space a copy dropped before a capital, codes left as they are', () => {
    expect(readLine('2. Huân chương Lao động hạng Nhì choTrường Mầm non Xuân Dục; bà NguyễnThị Thơ, độc lập của Tổ quốc', 1).text).toBe('2. Huân chương Lao động hạng Nhì cho Trường Mầm non Xuân Dục; bà Nguyễn Thị Thơ, độc lập của Tổ quốc');
    expect(readLine('Số: 12/QyĐ-UBND, Tờ trình 109/TTr-UBND, KH&CN', 1).text).toBe('Số: 12/QyĐ-UBND, Tờ trình 109/TTr-UBND, KH&CN');
  });
  it('numbers lines from 1 as the input has them (\\r\\n, \\r, \\n)', () => {
    expect(readLines('a\r\nb\rc\nd').map((l) => [l.no, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
  });
});
