// Certificates on an office's own template: Word mail-merge fields (simple and complex) and «…»
// placeholders, even split across runs, filled once per nominee, one page each, formatting kept.
import JSZip from 'jszip';
import { Document, Packer, Paragraph, SimpleMailMergeField, TextRun } from 'docx';
import { fillTemplate, fieldOf, mergeFieldsToText } from '../../src/documents/template';
import type { CertificateRecord } from '../../src/documents/chungNhan';
import { buildDocuments } from '../../src/documents/index';
import { UserError } from '../../src/core/errors';
import { fillInfo, FULL_INFO, openDocx, scoredSample } from './support';

const COMPLEX =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD Chức_vụ \\* MERGEFORMAT </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>«Chức_vụ»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** A template as an office might keep it: static words, a split placeholder, a simple and a complex MERGEFIELD. */
async function template(extra = ''): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'GIẤY KHEN', bold: true })] }),
          new Paragraph({ children: [new TextRun('Tặng: «Họ và '), new TextRun({ text: 'tên»', bold: true })] }),
          new Paragraph({ children: [new TextRun('Đơn vị: '), new SimpleMailMergeField('Đơn_vị')] }),
          new Paragraph({ children: [new TextRun('Chức vụ: COMPLEX')] }),
          new Paragraph({ children: [new TextRun(`Quyết định số «Số quyết định», «Ngày quyết định»${extra}`)] }),
        ],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<w:r>(?:(?!<w:r>).)*?COMPLEX<\/w:t><\/w:r>/, (run) => run.replace(/COMPLEX/, '') + COMPLEX);
  zip.file('word/document.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

const record = (name: string, unit: string, position = ''): CertificateRecord => ({
  stt: '1', name, position, unit, form: 'Giấy khen', formTitle: 'GIẤY KHEN', achievement: 'Đã có thành tích', decisionNumber: '05/QĐ-SYT',
  decisionDate: 'ngày 05 tháng 12 năm 2024', place: 'Sông Lam', placeDate: 'Sông Lam, ngày 05 tháng 12 năm 2024', power: 'GIÁM ĐỐC SỞ Y TẾ',
  signerTitle: 'GIÁM ĐỐC', signer: 'Trần Quang Khải', year: '2024', movement: '',
});

test('field names as offices write them map to the certificate fields', () => {
  expect(fieldOf('Họ_và_tên')).toBe('name');
  expect(fieldOf(' HO VA TEN ')).toBe('name');
  expect(fieldOf('Tên tập thể')).toBe('name');
  expect(fieldOf('Số_quyết_định')).toBe('decisionNumber');
  expect(fieldOf('Quê quán')).toBeNull();
});

test('MERGEFIELDs become «name» text in the field result\'s own formatting', () => {
  const out = mergeFieldsToText(`<w:p>${COMPLEX}</w:p>`);
  expect(out).toBe('<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">«Chức_vụ»</w:t></w:r></w:p>');
});

test('one page per nominee, every field filled, split placeholders and both kinds of MERGEFIELD included', async () => {
  const records = [record('Nguyễn Thị Lan Anh', 'Bệnh viện Đa khoa tỉnh', 'Điều dưỡng trưởng'), record('Khoa Nhi', ''), record('Trần Văn Bình', 'Trung tâm Kiểm soát bệnh tật', 'Kỹ sư')];
  const { bytes, warnings } = fillTemplate(await template(' «Quê quán»'), records, 'mau.docx');
  const d = await openDocx(bytes);
  expect(d.xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
  expect(d.text.match(/^GIẤY KHEN$/gm)).toHaveLength(3);
  for (const r of records) expect(d.text).toContain(`Tặng: ${r.name}`);
  expect(d.text).toContain('Đơn vị: Bệnh viện Đa khoa tỉnh');
  expect(d.text).toContain('Chức vụ: Điều dưỡng trưởng');
  expect(d.text).toContain('Quyết định số 05/QĐ-SYT, ngày 05 tháng 12 năm 2024 [Quê quán]');
  expect(d.text).not.toMatch(/[«»]|MERGEFIELD/);
  expect(d.xml).not.toMatch(/fldSimple|fldChar/);
  expect(warnings).toEqual([expect.stringContaining('"Quê quán"')]);
  // The template's formatting stays: the complex field's result was italic, so is the value put there.
  expect(d.xml).toMatch(/<w:i\/><\/w:rPr><w:t xml:space="preserve">Điều dưỡng trưởng<\/w:t>/);
});

test('the pipeline uses the template for the certificates when given one', async () => {
  const sheets = await scoredSample();
  fillInfo(sheets, FULL_INFO);
  const r = await buildDocuments(sheets, { template: { bytes: await template(), name: 'mau.docx' } });
  const cn = r.documents.find((x) => x.kind === 'chung-nhan')!;
  expect(cn.rows).toBe(18);
  const d = await openDocx(cn.bytes);
  expect(d.xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(17);
  expect(d.text).toContain('Tặng: Khoa Khám bệnh');
  expect(d.text).toContain('Quyết định số 05/QĐ-SYT, ngày 05 tháng 02 năm 2025');
});

test('a template with an unclosed placeholder is refused with a message naming it', async () => {
  const bad = await template(' «Họ và tên');
  let caught: unknown = null;
  try {
    fillTemplate(bad, [record('A', 'B')], 'mau-hong.docx');
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(UserError);
  expect((caught as Error).message).toContain('Không dùng được mẫu giấy khen "mau-hong.docx"');
});
