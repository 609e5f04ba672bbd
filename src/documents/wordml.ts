// The body of a Doc as WordprocessingML (w:p and w:tbl elements, in the element order ECMA-376
// requires). Written here rather than through the `docx` library's object model because that
// model took 18 s to build and pack the 2,000 certificates and lists of `npm run bench` (30,000
// paragraphs; measured), against a 2 s budget: render.ts lets the library make the package
// (styles, page setup, the page-number header) and splices this body into it.
import type { Block, Para, Run, Table } from './model';

/** Twips (1/20 pt) per cm. */
const TW = 1440 / 2.54;
export const tw = (cm: number) => Math.round(cm * TW);
const FIRST_LINE = tw(1.27);
/** Line spacing 1.15 in Word's "auto" units (240 = single), within Phụ lục I's 1–1.5. */
export const LINE = 276;
/** A table cell's own left+right padding in Word's default layout (0.19 cm each side). */
const CELL_PAD_CM = 0.38;
const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function runXml(r: Run, size: number): string {
  const sz = (r.size ?? size) * 2;
  const props = `${r.bold ? '<w:b/><w:bCs/>' : ''}${r.italic ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>${r.placeholder ? '<w:highlight w:val="yellow"/>' : ''}`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(r.text.normalize('NFC'))}</w:t></w:r>`;
}

export function paraXml(p: Para): string {
  const size = p.size ?? 14;
  if (p.rule) {
    // A line alone on its paragraph: a bottom border, indented so that it is lengthCm long and centred.
    const side = tw(Math.max(0, (p.rule.containerCm - CELL_PAD_CM - p.rule.lengthCm) / 2));
    const after = Math.round((p.after ?? 0) * 20);
    return (
      `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>` +
      `<w:spacing w:before="0" w:after="${after}" w:line="240" w:lineRule="auto"/><w:ind w:left="${side}" w:right="${side}"/>` +
      `<w:rPr><w:sz w:val="${size * 2}"/></w:rPr></w:pPr></w:p>`
    );
  }
  let ppr = '';
  if (p.keepNext) ppr += '<w:keepNext/>';
  if (p.pageBreakBefore) ppr += '<w:pageBreakBefore/>';
  ppr += `<w:spacing w:before="${Math.round((p.before ?? 0) * 20)}" w:after="${Math.round((p.after ?? 6) * 20)}" w:line="${LINE}" w:lineRule="auto"/>`;
  if (p.firstLine && p.indentCm) ppr += `<w:ind w:left="${tw(p.indentCm)}" w:firstLine="${FIRST_LINE}"/>`;
  else if (p.firstLine) ppr += `<w:ind w:firstLine="${FIRST_LINE}"/>`;
  else if (p.indentCm) ppr += `<w:ind w:left="${tw(p.indentCm)}"/>`;
  ppr += `<w:jc w:val="${JC[p.align ?? 'left']}"/>`;
  // The paragraph mark takes the paragraph's size, so an empty spacer line is as tall as its text.
  ppr += `<w:rPr><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr>`;
  let runs = '';
  for (const r of p.runs) runs += runXml(r, size);
  return `<w:p><w:pPr>${ppr}</w:pPr>${runs}</w:p>`;
}

const BORDER = (b: boolean) => (b ? '<w:%s w:val="single" w:color="000000" w:sz="4"/>' : '<w:%s w:val="nil"/>');

export function tableXml(t: Table): string {
  const widths = t.widths.map(tw);
  const total = widths.reduce((a, x) => a + x, 0);
  const edge = BORDER(t.borders);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => edge.replace('%s', s)).join('');
  const mar = t.borders ? '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>' : '';
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>${mar}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of t.rows) {
    // No row breaks across pages — a list's row, and the signature block, whose signer's name would
    // otherwise be left alone at the top of the next page; a list's header row repeats on each page.
    out += `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    let col = 0;
    for (const c of row.cells) {
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, x) => a + x, 0);
      col += span;
      out += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>`;
      out += c.paras.length ? c.paras.map(paraXml).join('') : '<w:p/>';
      out += '</w:tc>';
    }
    out += '</w:tr>';
  }
  return out + '</w:tbl>';
}

/** The body's blocks, and a last small empty paragraph: a body that ends on a table makes Word add one of its own. */
export function bodyXml(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) parts.push(b.type === 'p' ? paraXml(b) : tableXml(b));
  parts.push('<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>');
  return parts.join('');
}
