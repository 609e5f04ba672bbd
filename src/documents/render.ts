// A Doc (model.ts) → .docx bytes, in the browser as in Node. The `docx` library makes the package:
// the styles (Times New Roman, the body size), the page setup of Nghị định 30/2020/NĐ-CP Phụ lục I
// (A4, margins top/bottom 20 mm, left 30 mm, right 15 mm), the page-number header (centred in the
// top margin, none on page 1), the parts and their relationships. The body is wordml.ts's XML put
// in place of a marker paragraph (why: see wordml.ts — the library's object model was too slow for
// 2,000 certificates).
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Doc } from './model';
import { bodyXml, LINE, tw } from './wordml';

const FONT = 'Times New Roman';
const A4 = { width: 21, height: 29.7 };
const MARGINS = { top: 2, bottom: 2, left: 3, right: 1.5 };
const MARKER = 'BINHXET-BODY-7f3a';

/** The package around the body: a Document whose only paragraph is the marker. */
export function shell(doc: Doc): Document {
  const m = doc.margins ?? MARGINS;
  // docx takes the portrait size and swaps it for a landscape page.
  const size = { width: tw(A4.width), height: tw(A4.height), ...(doc.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) };
  const numberHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })],
  });
  return new Document({
    creator: 'Bình Xét',
    styles: { default: { document: { run: { font: FONT, size: doc.size * 2 }, paragraph: { spacing: { line: LINE } } } } },
    sections: [
      {
        properties: {
          page: { size, margin: { top: tw(m.top), bottom: tw(m.bottom), left: tw(m.left), right: tw(m.right), header: tw(1.0), footer: tw(1.0) } },
          titlePage: doc.pageNumbers,
        },
        headers: doc.pageNumbers ? { default: numberHeader, first: new Header({ children: [new Paragraph({ children: [] })] }) } : undefined,
        children: [new Paragraph({ children: [new TextRun(MARKER)] })],
      },
    ],
  });
}

/**
 * The .docx file's bytes. fflate re-zips the package: 2,000 certificates are 11 MB of XML, which
 * JSZip deflated in 0.6–1 s; fflate at level 1 takes a third of that for a file 10 % larger.
 */
export async function renderDocx(doc: Doc): Promise<Uint8Array> {
  const files: Zippable = unzipSync(new Uint8Array(await Packer.toArrayBuffer(shell(doc))));
  const part = files['word/document.xml'];
  if (!(part instanceof Uint8Array)) throw new Error('docx: no word/document.xml');
  const xml = strFromU8(part);
  const at = xml.indexOf(MARKER);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0) throw new Error('docx: body marker not found');
  files['word/document.xml'] = [strToU8(xml.slice(0, start) + bodyXml(doc.blocks) + xml.slice(end)), { level: 1 }];
  return zipSync(files, { level: 6 });
}
