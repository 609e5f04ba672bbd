// .docx → text the document model reads. mammoth renders the document as HTML (paragraphs, lists,
// and tables with their cells — its plain-text mode would flatten a schedule table into loose
// lines); document/html.ts turns that HTML into lines and pipe-table rows without a DOM. Kept in
// its own module so the task pane loads mammoth (its browser build, via mammoth's "browser" field)
// only when a Word file is opened.
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';
import { guardZip } from '../package/guard';
import { htmlToText } from './document/html';

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

/** The document's text: one line per paragraph, list items marked, tables as "| a | b |" rows. */
export async function docxToText(bytes: Uint8Array, fileName = 'kế hoạch.docx'): Promise<string> {
  return htmlToText(await docxToHtml(bytes, fileName));
}

/**
 * mammoth's HTML of a .docx (the units' lists read its tables from it), after the zip guard;
 * `badDocx` says what to do with a file that is no Word document (the plan's words by default).
 */
export async function docxToHtml(bytes: Uint8Array, fileName: string, badDocx: (name: string) => string = PLAN_TEXT.badDocx): Promise<string> {
  if (!isZip(bytes)) throw new UserError(badDocx(fileName));
  // A hostile zip (a bomb, names that climb out, a DTD) is refused before mammoth reads anything.
  guardZip(bytes, fileName, 'Word');
  const mammoth = await import('mammoth');
  const lib = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  const input =
    typeof Buffer !== 'undefined'
      ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
      : { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  let html: string;
  try {
    html = (await lib.convertToHtml(input as Parameters<typeof lib.convertToHtml>[0])).value;
  } catch {
    throw new UserError(badDocx(fileName));
  }
  return html;
}
