// HTML without a DOM: what mammoth makes of a .docx and what a saved web page holds.
import { htmlToText, looksLikeHtml } from '../../../src/plan/document/html';
import { buildDocument } from '../../../src/plan/document';

describe('htmlToText', () => {
  it('gives one line per paragraph, lists as items, and decodes entities', () => {
    const html = '<h1>KẾ HOẠCH</h1><p>Thi đua&nbsp;năm 2024</p><ol><li>Tiêu chuẩn<ul><li>Hoàn thành tốt</li><li>Nội bộ đoàn kết</li></ul></li><li>Số lượng: 05 tập thể</li></ol>';
    expect(htmlToText(html).split('\n')).toEqual(['KẾ HOẠCH', 'Thi đua năm 2024', '1. Tiêu chuẩn', '+ Hoàn thành tốt', '+ Nội bộ đoàn kết', '2. Số lượng: 05 tập thể']);
  });
  it('renders a data table as pipe rows, spreading merged cells', () => {
    const html =
      '<table><tr><th>STT</th><th>Nội dung</th><th>Thời gian</th></tr>' +
      '<tr><td>1</td><td>Gửi hồ sơ</td><td rowspan="2">Trước ngày 15/12/2024</td></tr>' +
      '<tr><td>2</td><td>Gửi danh sách</td></tr>' +
      '<tr><td colspan="2">Tổng kết</td><td>20/12/2024</td></tr></table>';
    expect(htmlToText(html).split('\n').filter(Boolean)).toEqual([
      '| STT | Nội dung | Thời gian |',
      '| 1 | Gửi hồ sơ | Trước ngày 15/12/2024 |',
      '| 2 | Gửi danh sách | Trước ngày 15/12/2024 |',
      '| Tổng kết |  | 20/12/2024 |',
    ]);
  });
  it('renders a one-row layout table (the header block) as its cells in turn', () => {
    const html = '<table><tr><td><p>UBND TỈNH HÀ NAM</p><p>SỞ Y TẾ</p><p>Số: 215/KH-SYT</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></table><p>KẾ HOẠCH</p>';
    expect(htmlToText(html).split('\n').filter(Boolean)).toEqual(['UBND TỈNH HÀ NAM', 'SỞ Y TẾ', 'Số: 215/KH-SYT', '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '|', 'KẾ HOẠCH']);
  });
  it('skips scripts and styles, and survives broken markup', () => {
    expect(htmlToText('<html><head><title>x</title><style>p{}</style></head><body><script>var a="<p>";</script><p>Hồ sơ < 15 ngày<p>Hết').split('\n')).toEqual(['Hồ sơ < 15 ngày', 'Hết']);
  });
  it('keeps a multi-paragraph cell\'s lines apart for the model', () => {
    const html = '<table><tr><td><p>UBND TỈNH LÂM ĐỒNG</p><p>SỞ Y TẾ</p></td><td>x</td></tr><tr><td>a</td><td>b</td></tr></table>';
    const row = buildDocument(htmlToText(html)).blocks[0].table?.rows[0];
    expect(row?.cellLines?.[0]).toEqual(['UBND TỈNH LÂM ĐỒNG', 'SỞ Y TẾ']);
  });
  it('tells an HTML document from text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<p>KẾ HOẠCH</p>')).toBe(true);
    expect(looksLikeHtml('KẾ HOẠCH <br> năm 2024')).toBe(false);
  });
});
