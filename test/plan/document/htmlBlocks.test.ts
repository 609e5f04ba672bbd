// htmlBlocks: a Word document (made by the docx library, read by mammoth as the intake reads a
// unit's "Tờ trình") as its lines and its tables, each table as rows of cells with merged cells
// where a spreadsheet keeps them.
import * as docx from 'docx';
import mammoth from 'mammoth';
import { htmlBlocks, htmlToText } from '../../../src/plan/document/html';

const P = (text: string) => new docx.Paragraph({ children: [new docx.TextRun(text)] });
const cell = (texts: string | string[], o: { columnSpan?: number; rowSpan?: number } = {}) =>
  new docx.TableCell({ children: ([] as string[]).concat(texts).map(P), ...o });
const row = (cells: docx.TableCell[]) => new docx.TableRow({ children: cells });

async function wordHtml(children: (docx.Paragraph | docx.Table)[]): Promise<string> {
  const bytes = await docx.Packer.toBuffer(new docx.Document({ sections: [{ children }] }));
  return (await mammoth.convertToHtml({ buffer: bytes })).value;
}

describe('htmlBlocks', () => {
  it('gives a Word table with a two-row header as a sheet holds it: merged cells in their first cell', async () => {
    const html = await wordHtml([
      new docx.Table({ rows: [row([cell(['SỞ Y TẾ TỈNH SÔNG LAM', 'TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN']), cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Đồng Xuân, ngày 12 tháng 10 năm 2026'])])] }),
      P('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'),
      new docx.Table({
        rows: [
          row([cell('STT', { rowSpan: 2 }), cell('Họ và tên', { rowSpan: 2 }), cell('Tiêu chí', { columnSpan: 2 }), cell('Tỷ lệ phiếu (%)', { rowSpan: 2 })]),
          row([cell('1'), cell('2')]),
          row([cell('I. TẬP THỂ', { columnSpan: 5 })]),
          row([cell('1'), cell('Khoa Sản'), cell('x'), cell(''), cell('90')]),
        ],
      }),
      P('GIÁM ĐỐC'),
    ]);
    const blocks = htmlBlocks(html);
    expect(blocks).toEqual([
      [['SỞ Y TẾ TỈNH SÔNG LAM\nTRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐồng Xuân, ngày 12 tháng 10 năm 2026']],
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      [
        ['STT', 'Họ và tên', 'Tiêu chí', '', 'Tỷ lệ phiếu (%)'],
        ['', '', '1', '2', ''],
        ['I. TẬP THỂ', '', '', '', ''],
        ['1', 'Khoa Sản', 'x', '', '90'],
      ],
      'GIÁM ĐỐC',
    ]);
    // The text reader still sees the same document: a rowspan's text repeated down in pipe rows.
    expect(htmlToText(html)).toContain('| STT | Họ và tên | Tiêu chí |  | Tỷ lệ phiếu (%) |\n| STT | Họ và tên | 1 | 2 | Tỷ lệ phiếu (%) |');
  });

  it('keeps a table inside a table cell as text of that cell, and markup in a cell as its text', () => {
    const blocks = htmlBlocks('<table><tr><td><p>Ngoài</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>&lt;b&gt;x&lt;/b&gt;</td></tr></table>');
    expect(blocks).toEqual([[['Ngoài\n| a | b |\n| c | d |', '<b>x</b>']]]);
  });
});
