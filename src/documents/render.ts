// A Doc (model.ts) → .docx bytes with the `docx` library, in the browser as in Node. Page setup and
// type follow Nghị định 30/2020/NĐ-CP Phụ lục I: A4, margins top/bottom 20 mm, left 30 mm, right
// 15 mm, Times New Roman, body 14 pt, line spacing 1.15 (within 1–1.5), page numbers centred in the
// top margin from page 2 on (none on page 1).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Block, Doc, Para, Table } from './model';

/** Twips (1/20 pt) per cm. */
const TW = 1440 / 2.54;
const tw = (cm: number) => Math.round(cm * TW);
const FONT = 'Times New Roman';
const A4 = { width: 21, height: 29.7 };
const MARGINS = { top: 2, bottom: 2, left: 3, right: 1.5 };
const FIRST_LINE_CM = 1.27;
/** Line spacing 1.15 in Word's "auto" units (240 = single). */
const LINE = 276;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function paragraph(p: Para): Paragraph {
  const size = p.size ?? 14;
  if (p.rule) {
    // A line alone on its paragraph: a bottom border, indented so that it is lengthCm long and centred.
    const side = Math.max(0, (p.rule.containerCm - 0.38 - p.rule.lengthCm) / 2);
    return new Paragraph({
      children: [],
      indent: { left: tw(side), right: tw(side) },
      spacing: { before: 0, after: 0, line: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      run: { size: (p.size ?? 4) * 2 },
    });
  }
  return new Paragraph({
    alignment: ALIGN[p.align ?? 'left'],
    indent: { firstLine: p.firstLine ? tw(FIRST_LINE_CM) : undefined, left: p.indentCm ? tw(p.indentCm) : undefined },
    spacing: { before: Math.round((p.before ?? 0) * 20), after: Math.round((p.after ?? 6) * 20), line: LINE },
    pageBreakBefore: p.pageBreakBefore,
    keepNext: p.keepNext,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italic,
          size: (r.size ?? size) * 2,
          font: FONT,
          highlight: r.placeholder ? HighlightColor.YELLOW : undefined,
        }),
    ),
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(t: Table): DocxTable {
  const b = t.borders ? THIN : NONE;
  const widths = t.widths.map(tw);
  return new DocxTable({
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
    rows: t.rows.map((row) => {
      let col = 0;
      return new TableRow({
        tableHeader: row.header,
        cantSplit: t.borders,
        children: row.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, x) => a + x, 0);
          col += span;
          return new TableCell({
            children: c.paras.map(paragraph),
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            margins: t.borders ? { top: 40, bottom: 40, left: 100, right: 100 } : undefined,
          });
        }),
      });
    }),
  });
}

function block(b: Block): Paragraph | DocxTable {
  return b.type === 'p' ? paragraph(b) : table(b);
}

/** The Document object (exported for tests that look at the structure before packing). */
export function toDocx(doc: Doc): Document {
  const m = doc.margins ?? MARGINS;
  // docx takes the portrait size and swaps it for a landscape page.
  const size = { width: tw(A4.width), height: tw(A4.height), ...(doc.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) };
  const numberHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })],
  });
  // The body must not end on a table: Word then adds an empty paragraph of its own.
  const children = [...doc.blocks.map(block), new Paragraph({ children: [], spacing: { before: 0, after: 0 }, run: { size: 2 } })];
  return new Document({
    creator: 'Bình Xét',
    styles: { default: { document: { run: { font: FONT, size: doc.size * 2 }, paragraph: { spacing: { line: LINE } } } } },
    sections: [
      {
        properties: {
          page: {
            size,
            margin: { top: tw(m.top), bottom: tw(m.bottom), left: tw(m.left), right: tw(m.right), header: tw(1.0), footer: tw(1.0) },
          },
          titlePage: doc.pageNumbers,
        },
        headers: doc.pageNumbers ? { default: numberHeader, first: new Header({ children: [new Paragraph({ children: [] })] }) } : undefined,
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(doc: Doc): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(doc)));
}
