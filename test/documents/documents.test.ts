// The paperwork from the bundled sample, scored by the CLI and read back with its reader: every
// generated .docx is opened (unzipped XML, and mammoth for the text a reader sees) and checked for
// what it says, how many it lists, and its form (Nghị định 30/2020/NĐ-CP, Phụ lục I).
import type { SheetData } from '../../src/workbook/model';
import { cellText } from '../../src/workbook/cell';
import { buildDocuments, type BuildResult } from '../../src/documents/index';
import { BAND_HEADERS, OWNED_SHEETS } from '../../src/core/text/workbook';
import { DOC, VANBAN_TEXT } from '../../src/core/text/documents';
import { colOf, fillInfo, FULL_INFO, openDocx, paragraphWith, rowOf, SAMPLE_SHEET, scoredSample, setCell, tableRows, type OpenedDocx } from './support';
import { colLetter } from '../../src/workbook/a1';

jest.setTimeout(60_000);

async function docOf(r: BuildResult, file: string): Promise<OpenedDocx> {
  const d = r.documents.find((x) => x.file === file);
  if (!d) throw new Error(`no ${file} in ${r.documents.map((x) => x.file).join(', ')}`);
  return openDocx(d.bytes);
}

interface Listed {
  kind: 'collective' | 'individual';
  name: string;
  position: string;
  unit: string;
}

/** The proposal sheet "BX Đề nghị" as the score run wrote it: its main section, row by row. */
function proposalSheet(sheets: SheetData[]): Listed[] {
  const s = sheets.find((x) => x.name === OWNED_SHEETS.proposal)!;
  const out: Listed[] = [];
  let kind: Listed['kind'] | null = null;
  const start = s.values.findIndex((r) => cellText(r?.[0]) === 'STT');
  for (const row of s.values.slice(start + 1)) {
    const a = cellText(row?.[0]);
    const b = cellText(row?.[1]);
    if (/^ĐỒNG HẠNG/.test(a)) break;
    if (a === '' && b === DOC.kindGroup.collective) kind = 'collective';
    else if (a === '' && b === DOC.kindGroup.individual) kind = 'individual';
    else if (/^\d+$/.test(a) && kind) out.push({ kind, name: b, position: cellText(row[2]), unit: cellText(row[3]) });
  }
  return out;
}

/** The nominees of every list table in a document, in order, by the table's header. */
function listedIn(xml: string): Listed[] {
  const out: Listed[] = [];
  let kind: Listed['kind'] | null = null;
  for (const cells of tableRows(xml)) {
    if (cells[0] === DOC.listHead.stt) {
      kind = cells[1] === DOC.listHead.name.collective ? 'collective' : 'individual';
      continue;
    }
    if (!kind || !/^\d+$/.test(cells[0])) continue;
    out.push(kind === 'individual' ? { kind, name: cells[1], position: cells[2], unit: cells[3] } : { kind, name: cells[1], position: '', unit: cells[2] });
  }
  return out;
}

describe('from the sample workbook', () => {
  let sheets: SheetData[];
  let result: BuildResult;
  beforeAll(async () => {
    sheets = await scoredSample();
    result = await buildDocuments(sheets);
  });

  test('one call makes all four kinds of document, each listing the 18 nominees proposed', () => {
    expect(result.documents.map((d) => [d.kind, d.file, d.rows])).toEqual([
      ['to-trinh', 'to-trinh.docx', 18],
      ['bien-ban', 'bien-ban.docx', 18],
      ['quyet-dinh', 'quyet-dinh.docx', 18],
      ['chung-nhan', 'chung-nhan.docx', 18],
    ]);
    expect(result.sheet).toBe(SAMPLE_SHEET);
    expect(result.grouping).toBe('kind');
    expect(result.infoSheet).toBe(true);
  });

  test('the lists of the Quyết định, the Tờ trình and the Biên bản match the proposal sheet row for row', async () => {
    const expected = proposalSheet(sheets);
    expect(expected).toHaveLength(18);
    for (const file of ['quyet-dinh.docx', 'to-trinh.docx', 'bien-ban.docx']) {
      const d = await docOf(result, file);
      expect({ file, listed: listedIn(d.xml) }).toEqual({ file, listed: expected });
    }
    const qd = await docOf(result, 'quyet-dinh.docx');
    expect(qd.text).toContain(DOC.total('07 tập thể'));
    expect(qd.text).toContain(DOC.total('11 cá nhân'));
    // One Phụ lục per kind (no form column: one form for all).
    expect(qd.text).toMatch(/Phụ lục I\n+DANH SÁCH TẬP THỂ ĐƯỢC TẶNG \[Hình thức khen thưởng\]/);
    expect(qd.text).toMatch(/Phụ lục II\n+DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG \[Hình thức khen thưởng\]/);
    expect(qd.text).not.toContain('Phụ lục III');
  });

  test('a field the secretary has not filled is a visible placeholder, and is listed as missing', async () => {
    const qd = await docOf(result, 'quyet-dinh.docx');
    expect(qd.text).toContain(`${DOC.numberLabel}[Số quyết định]`);
    expect(qd.text).toContain('[Địa danh], [Ngày quyết định]');
    expect(qd.text).not.toMatch(/Số:\s*\n/);
    // Highlighted, so it is seen on screen and filled in before signing.
    expect(paragraphWith(qd.xml, '[Số quyết định]')).toMatch(/<w:highlight w:val="yellow"\/>/);
    for (const f of ['Số quyết định', 'Ngày quyết định', 'Địa danh', 'Người ký quyết định', 'Số tờ trình', 'Thành viên có mặt', 'Hình thức khen thưởng']) {
      expect(result.missing).toContain(f);
    }
    // Prefilled words of the genre are not missing.
    expect(result.missing).not.toContain('Đơn vị trình');
    // The plan's issuer is the default issuing body.
    expect(qd.text).toMatch(/^SỞ Y TẾ TỈNH SÔNG LAM/m);
  });

  test('the two tied nominees are left out and named as undecided', () => {
    expect(result.warnings).toEqual(expect.arrayContaining([VANBAN_TEXT.pendingTie(33, 'Phạm Thu Hà'), VANBAN_TEXT.pendingTie(34, 'Võ Quốc Dũng')]));
  });

  test('the certificates: one page per nominee, landscape, no page numbers, only the fields', async () => {
    const cn = await docOf(result, 'chung-nhan.docx');
    expect(cn.xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(17);
    expect(cn.xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(Object.values(cn.headers).join('')).not.toMatch(/PAGE/);
    for (const a of proposalSheet(sheets)) expect(cn.text.split(a.name).length - 1).toBeGreaterThanOrEqual(1);
    expect(cn.text.match(/^TẶNG$/gm)).toHaveLength(18);
  });
});

describe('the form of an administrative document (Nghị định 30/2020, Phụ lục I)', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const sheets = await scoredSample();
    fillInfo(sheets, FULL_INFO);
    result = await buildDocuments(sheets);
  });

  test.each(['to-trinh.docx', 'bien-ban.docx', 'quyet-dinh.docx'])('%s: A4, margins, Times New Roman, Quốc hiệu and Tiêu ngữ with its line, page numbers from page 2', async (file) => {
    const d = await docOf(result, file);
    // A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm (twips).
    expect(d.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(d.xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(d.styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(d.xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    // Quốc hiệu 13 pt bold capitals; Tiêu ngữ 14 pt bold with a rule right under it.
    const nation = paragraphWith(d.xml, DOC.nation);
    expect(nation).toMatch(/<w:b\/>/);
    expect(nation).toMatch(/<w:sz w:val="26"\/>/);
    const motto = paragraphWith(d.xml, DOC.motto);
    expect(motto).toMatch(/<w:b\/>/);
    expect(motto).toMatch(/<w:sz w:val="28"\/>/);
    const afterMotto = d.xml.slice(d.xml.indexOf(motto) + motto.length).match(/<w:p\b[\s\S]*?<\/w:p>/)![0];
    expect(afterMotto).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    // Page numbers: a different first page with no number, the others a centred PAGE field.
    expect(d.xml).toMatch(/<w:titlePg\/>/);
    const first = d.xml.match(/<w:headerReference w:type="first" r:id="(rId\d+)"/);
    const def = d.xml.match(/<w:headerReference w:type="default" r:id="(rId\d+)"/);
    expect(first && def).toBeTruthy();
    const headers = Object.values(d.headers);
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
    expect(headers.find((h) => /PAGE/.test(h))).toMatch(/<w:jc w:val="center"\/>/);
    // Place and date italic, with leading zeros: "ngày 05 tháng 02 năm 2025" style.
    expect(d.text).toMatch(/Sông Lam, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm 20\d\d/);
    const date = paragraphWith(d.xml, 'Sông Lam, ngày');
    expect(date).toMatch(/<w:i\/>/);
  });

  test('Quyết định: number with its leading zero, căn cứ in italics, articles, Nơi nhận 12 bold italic and entries 11 ending with Lưu', async () => {
    const qd = await docOf(result, 'quyet-dinh.docx');
    expect(result.missing).toEqual([]);
    expect(qd.text).toContain('Số: 05/QĐ-SYT');
    expect(qd.text).toContain('Sông Lam, ngày 05 tháng 02 năm 2025');
    expect(qd.text).toMatch(/^UBND TỈNH SÔNG LAM\n+SỞ Y TẾ/m);
    expect(qd.text).toContain('QUYẾT ĐỊNH\n\nVề việc tặng Giấy khen của Giám đốc Sở Y tế cho các tập thể, cá nhân');
    expect(qd.text).toContain('GIÁM ĐỐC SỞ Y TẾ');
    // Before 01/07/2025 the Nghị định in force is 98/2023.
    expect(qd.text).toContain(DOC.decree98);
    expect(qd.text).toContain('Căn cứ Kế hoạch số 125/KH-SYT ngày 15 tháng 3 năm 2024 của Sở Y tế tỉnh Sông Lam');
    expect(qd.text).toContain('Xét đề nghị của Hội đồng Thi đua - Khen thưởng tại Tờ trình số 12/TTr-HĐTĐKT ngày 21 tháng 11 năm 2024.');
    expect(paragraphWith(qd.xml, 'Căn cứ Luật Thi đua')).toMatch(/<w:i\/>/);
    expect(qd.text).toContain('Điều 1. Tặng Giấy khen của Giám đốc Sở Y tế cho 07 tập thể và 11 cá nhân (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua');
    const article = paragraphWith(qd.xml, 'Điều 1.');
    expect(article).toMatch(/<w:jc w:val="both"\/>/);
    expect(article).toMatch(/<w:ind w:firstLine="720"\/>/);
    const label = paragraphWith(qd.xml, DOC.recipientsLabel);
    expect(label).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(qd.text).toMatch(/Nơi nhận:\n+- Như Điều 2;\n+- Lưu: VT, VP\./);
    expect(paragraphWith(qd.xml, '- Lưu: VT, VP.')).toMatch(/<w:sz w:val="22"\/>/);
    expect(qd.text).toMatch(/GIÁM ĐỐC\n+(\n)*Trần Quang Khải/);
    // The signature block is one row that never breaks: the signer's name is never alone on a page.
    const signRow = qd.xml.split('<w:tr>').find((r) => r.includes('Trần Quang Khải'))!;
    expect(signRow).toMatch(/^<w:trPr><w:cantSplit\/>/);
    // The attached lists are Phụ lục: "Phụ lục I" 14 pt bold on a new page, "(Kèm theo …)" italic.
    const head = paragraphWith(qd.xml, 'Phụ lục I');
    expect(head).toMatch(/<w:pageBreakBefore\/>/);
    expect(head).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(qd.text).toContain('(Kèm theo Quyết định số 05/QĐ-SYT ngày 05 tháng 02 năm 2025 của Giám đốc Sở Y tế tỉnh Sông Lam)');
    expect(paragraphWith(qd.xml, '(Kèm theo Quyết định')).toMatch(/<w:i\/>/);
    // List tables repeat their header row on every page and have a fixed layout (long names wrap).
    expect(qd.xml).toMatch(/<w:tblHeader\/>/);
    expect(qd.xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  test('Tờ trình: the request, the counts per kind, Kính gửi derived from the signer of the decision', async () => {
    const tt = await docOf(result, 'to-trinh.docx');
    expect(tt.text).toContain('TỜ TRÌNH\n\nVề việc đề nghị tặng Giấy khen của Giám đốc Sở Y tế');
    expect(tt.text).toContain('Kính gửi: Giám đốc Sở Y tế tỉnh Sông Lam');
    expect(tt.text).toContain('Số: 12/TTr-HĐTĐKT');
    expect(tt.text).toContain('Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ngày 20 tháng 11 năm 2024 (Biên bản số 03/BB-HĐTĐKT),');
    expect(tt.text).toContain('1. Tập thể: 07 tập thể.');
    expect(tt.text).toContain('2. Cá nhân: 11 cá nhân.');
    expect(tt.text).toMatch(/TM\. HỘI ĐỒNG\n+CHỦ TỊCH\n+(\n)*Trần Quang Khải/);
    expect(tt.text).toMatch(/- Như trên;\n+- Lưu: VT, VP\./);
    // Its lists carry the vote share as Vietnamese documents write it.
    expect(tt.text).toContain('92,5%');
  });

  test('Biên bản: time, place, chair, secretary, the members present and absent, the votes, two signatures', async () => {
    const bb = await docOf(result, 'bien-ban.docx');
    expect(bb.text).toContain('Thời gian: 14 giờ 00, ngày 20 tháng 11 năm 2024.');
    expect(bb.text).toContain('Địa điểm: Phòng họp tầng 2, Sở Y tế.');
    expect(bb.text).toContain('Chủ trì: Trần Quang Khải, Giám đốc Sở, Chủ tịch Hội đồng.');
    expect(bb.text).toContain('Thư ký: Nguyễn Thị Thu, Chuyên viên Văn phòng Sở.');
    expect(bb.text).toContain('Thành viên Hội đồng có mặt: 07/09 thành viên, gồm:');
    expect(bb.text).toContain('7. Nguyễn Thị Thu, Chuyên viên');
    expect(bb.text).toContain('Vắng mặt:\n\n1. Bùi Văn Nam, Phó Giám đốc Sở (đi công tác)');
    expect(bb.text).toContain('bỏ phiếu kín và thống nhất đề nghị tặng Giấy khen của Giám đốc Sở Y tế cho 07 tập thể và 11 cá nhân');
    // Each nominee's vote share as the sheet has it (Khoa Khám bệnh 95 %, Phòng CNTT "92,5").
    const rows = tableRows(bb.xml);
    expect(rows).toContainEqual(['1', 'Khoa Khám bệnh', 'Bệnh viện Đa khoa tỉnh', '95%', 'Đề nghị']);
    expect(rows).toContainEqual(['2', 'Phòng Công nghệ thông tin', 'Trung tâm Kiểm soát bệnh tật', '92,5%', 'Đề nghị']);
    expect(bb.text).toContain('Cuộc họp kết thúc vào 16 giờ 30 cùng ngày.');
    // The two signature cells, left then right: the secretary, then the chair.
    expect(bb.text).toMatch(/THƯ KÝ\n+(\n)*Nguyễn Thị Thu\n+CHỦ TRÌ\n+(\n)*Trần Quang Khải/);
  });

  test('from 01/07/2025 the căn cứ cite Nghị định 152/2025', async () => {
    const sheets = await scoredSample();
    fillInfo(sheets, { ...FULL_INFO, qdDate: '01/07/2025' });
    const qd = await docOf(await buildDocuments(sheets), 'quyet-dinh.docx');
    expect(qd.text).toContain(DOC.decree152);
    expect(qd.text).not.toContain(DOC.decree98);
  });
});

describe('what the council changes and what the sheet holds', () => {
  test('"Hội đồng đề nghị" adds a row, "Hội đồng không đề nghị" takes one out, both recorded in the Biên bản; other text is named', async () => {
    const sheets = await scoredSample();
    const status = colOf(sheets, BAND_HEADERS.status);
    const at = (name: string) => `${colLetter(status)}${rowOf(sheets, name)}`;
    setCell(sheets, SAMPLE_SHEET, at('Phạm Thu Hà'), 'Hội đồng đề nghị');
    setCell(sheets, SAMPLE_SHEET, at('Cao Văn Lực'), 'hội đồng KHÔNG đề nghị');
    setCell(sheets, SAMPLE_SHEET, at('Khoa Dược'), 'có thể');
    const r = await buildDocuments(sheets);
    const qd = await docOf(r, 'quyet-dinh.docx');
    const names = listedIn(qd.xml).map((a) => a.name);
    expect(names).toContain('Phạm Thu Hà');
    expect(names).not.toContain('Cao Văn Lực');
    expect(names).not.toContain('Khoa Dược');
    expect(names).toHaveLength(18);
    // Phạm Thu Hà takes her rank's place among the individuals of movement 1 (rank 4, after rank 3).
    expect(names.indexOf('Phạm Thu Hà')).toBe(names.indexOf('Lê Hoàng Minh') + 1);
    const bb = await docOf(r, 'bien-ban.docx');
    expect(bb.text).toMatch(/Hội đồng quyết định đề nghị thêm[^\n]*\n+- Phạm Thu Hà, Bệnh viện Phổi \(tỷ lệ phiếu 88%\)\./);
    expect(bb.text).toMatch(/Hội đồng quyết định không đề nghị:\n+- Cao Văn Lực, Trung tâm Y tế thành phố Sông Lam \(tỷ lệ phiếu 91%\)\./);
    expect(bb.text).toMatch(/chưa ghi quyết định:\n+- Võ Quốc Dũng/);
    expect(r.warnings).toContain(VANBAN_TEXT.unknownResult(at('Khoa Dược'), 'có thể'));
  });

  test('a form column makes one list per form and kind, and one certificate file per form', async () => {
    const sheets = await scoredSample();
    const s = sheets.find((x) => x.name === SAMPLE_SHEET)!;
    // The sample's "Ghi chú" column (M, empty) becomes the form column, on both header rows.
    const col = colOf(sheets, 'Ghi chú');
    setCell(sheets, SAMPLE_SHEET, `${colLetter(col)}7`, 'Hình thức khen thưởng đề nghị');
    setCell(sheets, SAMPLE_SHEET, `${colLetter(col)}8`, 'Hình thức khen thưởng đề nghị');
    const bk = ['Khoa Khám bệnh', 'Nguyễn Thị Lan Anh', 'Lý Thị Hồng'];
    for (let r = 10; r <= s.values.length; r++) {
      const name = cellText(s.values[r - 1]?.[1]);
      // Nominee rows only (a number in STT): the group rows "I. TẬP THỂ" stay as they are.
      if (name && typeof s.values[r - 1][0] === 'number') setCell(sheets, SAMPLE_SHEET, `${colLetter(col)}${r}`, bk.includes(name) ? 'Bằng khen của Chủ tịch UBND tỉnh' : 'Giấy khen của Giám đốc Sở Y tế');
    }
    fillInfo(sheets, FULL_INFO);
    const r = await buildDocuments(sheets);
    expect(r.grouping).toBe('form');
    expect(r.documents.map((d) => [d.file, d.rows])).toEqual([
      ['to-trinh.docx', 18],
      ['bien-ban.docx', 18],
      ['quyet-dinh.docx', 18],
      ['chung-nhan-bang-khen.docx', 3],
      ['chung-nhan-giay-khen.docx', 15],
    ]);
    const qd = await docOf(r, 'quyet-dinh.docx');
    expect(qd.text).toContain('- Bằng khen của Chủ tịch UBND tỉnh: 01 tập thể và 02 cá nhân;');
    expect(qd.text).toContain('- Giấy khen của Giám đốc Sở Y tế: 06 tập thể và 09 cá nhân;');
    const titles = qd.text.match(/^DANH SÁCH .*$/gm);
    expect(titles).toEqual([
      'DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
      'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
      'DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ Y TẾ',
      'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ Y TẾ',
    ]);
    const bk1 = await docOf(r, 'chung-nhan-bang-khen.docx');
    expect(bk1.text).toContain('BẰNG KHEN');
    expect(bk1.text).toContain('Lý Thị Hồng');
    expect(bk1.text).not.toContain('Khoa Nhi');
  });

  test('names typed in decomposed Unicode come out composed; a long unit name stays whole in its cell', async () => {
    const sheets = await scoredSample();
    const nameRow = rowOf(sheets, 'Nguyễn Thị Lan Anh');
    const decomposed = 'Nguyễn Thị Lan Anh'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Lan Anh');
    setCell(sheets, SAMPLE_SHEET, `B${nameRow}`, decomposed);
    const longUnit = 'Trung tâm Kiểm soát bệnh tật, Phòng Xét nghiệm – Chẩn đoán hình ảnh – Thăm dò chức năng, Cơ sở 2 (Khu điều trị kỹ thuật cao) huyện Đồng Xuân';
    setCell(sheets, SAMPLE_SHEET, `D${nameRow}`, longUnit.normalize('NFD'));
    const r = await buildDocuments(sheets);
    const qd = await docOf(r, 'quyet-dinh.docx');
    expect(qd.xml).toContain('Nguyễn Thị Lan Anh');
    expect(qd.xml).not.toContain(decomposed);
    expect(qd.text).toContain('Nguyễn Thị Lan Anh');
    const row = tableRows(qd.xml).find((c) => c[1] === 'Nguyễn Thị Lan Anh')!;
    expect(row[3]).toBe(longUnit);
    // The cell is as wide as its column in a fixed layout: the text wraps inside it.
    const tr = qd.xml.match(/<w:tr\b(?:(?!<\/w:tr>)[\s\S])*Nguyễn Thị Lan Anh[\s\S]*?<\/w:tr>/)![0];
    const widths = [...tr.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    expect(widths.reduce((a, b) => a + b)).toBeLessThanOrEqual(9356);
    expect(widths[3]).toBeGreaterThan(2500);
  });
});
