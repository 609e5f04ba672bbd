// Word documents for the intake tests, written by the docx library (real Word tables, merged cells
// as w:gridSpan / w:vMerge), as units send their "Tờ trình / Danh sách đề nghị khen thưởng".
import * as docx from 'docx';

export type Cell = string | string[] | { text: string | string[]; span?: number; rows?: number };
export type Part = string | { table: Cell[][] };

const para = (text: string) => new docx.Paragraph({ children: [new docx.TextRun(text)] });

function cell(c: Cell): docx.TableCell {
  const o = typeof c === 'string' || Array.isArray(c) ? { text: c } : c;
  return new docx.TableCell({ children: ([] as string[]).concat(o.text).map(para), columnSpan: o.span, rowSpan: o.rows });
}

/** A .docx of paragraphs and tables, in order. */
export async function wordFile(parts: Part[]): Promise<Uint8Array> {
  const children = parts.map((p) => (typeof p === 'string' ? para(p) : new docx.Table({ rows: p.table.map((r) => new docx.TableRow({ children: r.map(cell) })) })));
  return new Uint8Array(await docx.Packer.toBuffer(new docx.Document({ sections: [{ children }] })));
}

/** The header block of an administrative document: the issuer over its number | Quốc hiệu over the place and date. */
export function headerBlock(issuer: string[], number: string, placeDate: string): Part {
  return { table: [[[...issuer, number], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', placeDate]]] };
}
