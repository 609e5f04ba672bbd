// .docx → plain text. Kept in its own module so the task pane can lazy-load mammoth (its browser
// build is picked by the bundler through mammoth's "browser" field) only when a Word file is opened.
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';
import { guardZip } from '../package/guard';

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

/** The document's text, paragraphs separated by blank lines (mammoth's extractRawText). */
export async function docxToText(bytes: Uint8Array, fileName = 'kế hoạch.docx'): Promise<string> {
  if (!isZip(bytes)) throw new UserError(PLAN_TEXT.badDocx(fileName));
  // A hostile zip (a bomb, names that climb out, a DTD) is refused before mammoth reads anything.
  guardZip(bytes, fileName, 'Word');
  const mammoth = await import('mammoth');
  const lib = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  const input =
    typeof Buffer !== 'undefined'
      ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
      : { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  try {
    const r = await lib.extractRawText(input as Parameters<typeof lib.extractRawText>[0]);
    return r.value;
  } catch {
    throw new UserError(PLAN_TEXT.badDocx(fileName));
  }
}
