// Builds a genuine WordprocessingML package in memory ([Content_Types].xml, _rels/.rels,
// word/document.xml — the parts Word itself needs) from paragraphs and tables, so tests read a
// .docx through mammoth exactly as a user's file is read. Cells may span columns (gridSpan) and
// rows (vMerge), as schedule tables in Word often do.
import JSZip from 'jszip';

export type DocxCell = string | string[] | { paras: string[]; span?: number; merge?: 'start' | 'continue' };
export type DocxBlock = string | { table: DocxCell[][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;

function cell(c: DocxCell): string {
  const spec = typeof c === 'string' ? { paras: [c] } : Array.isArray(c) ? { paras: c } : c;
  const pr = `${spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : ''}${spec.merge ? `<w:vMerge${spec.merge === 'start' ? ' w:val="restart"' : ''}/>` : ''}`;
  const paras = spec.paras.length ? spec.paras.map(para).join('') : '<w:p/>';
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${paras}</w:tc>`;
}

function table(rows: DocxCell[][]): string {
  const cols = Math.max(...rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === 'object' && !Array.isArray(c) && c.span ? c.span : 1), 0)));
  const grid = Array.from({ length: cols }, () => '<w:gridCol w:w="2000"/>').join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export async function makeDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const body = blocks.map((b) => (typeof b === 'string' ? para(b) : table(b.table))).join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
