// Certificates on the office's own template: a .docx (its design, its background picture, its
// positions) with fields in it — Word mail-merge fields (MERGEFIELD Họ_và_tên), or placeholders
// typed as «Họ và tên» or {Họ và tên}. Every page of the result is the template filled for one
// nominee. docxtemplater does the filling (placeholders split across runs, escaping, line breaks);
// Word's MERGEFIELDs are not its syntax, so they are first turned into «…» placeholders here —
// that conversion, and wrapping the body in one loop, are the only XML this file writes itself.
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { UserError } from '../core/errors';
import { foldKey } from '../core/normalize';
import { CHUNG_NHAN, VANBAN_TEXT } from '../core/text/documents';
import type { CertificateRecord } from './chungNhan';

const ALIASES = new Map<string, keyof CertificateRecord>();
for (const [key, names] of Object.entries(CHUNG_NHAN.fields)) for (const n of names) ALIASES.set(foldKey(n), key as keyof CertificateRecord);

/** A field's name as the template writes it ("Họ_và_tên", " Họ và tên ") → the record key, or null. */
export function fieldOf(tag: string): keyof CertificateRecord | null {
  return ALIASES.get(foldKey(tag.replace(/_/g, ' '))) ?? null;
}

const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** Word's MERGEFIELDs (simple and complex) → «name» text in the field's own formatting. */
export function mergeFieldsToText(xml: string): string {
  const name = (instr: string) => /MERGEFIELD\s+("([^"]+)"|(\S+))/i.exec(instr);
  // <w:fldSimple w:instr=" MERGEFIELD X "><w:r>…<w:t>«X»</w:t></w:r></w:fldSimple>
  xml = xml.replace(/<w:fldSimple\b[^>]*w:instr="([^"]*)"[^>]*>([\s\S]*?)<\/w:fldSimple>/g, (all, instr: string, inner: string) => {
    const m = name(instr);
    if (!m) return all;
    const field = m[2] ?? m[3];
    const run = /<w:r\b[\s\S]*?<\/w:r>/.exec(inner)?.[0] ?? '<w:r><w:t></w:t></w:r>';
    return run.replace(/<w:t\b[^>]*>[\s\S]*?<\/w:t>|<w:t\/>/, `<w:t xml:space="preserve">«${field}»</w:t>`);
  });
  // begin … instrText MERGEFIELD X … separate … result runs … end
  const RUN = '<w:r\\b(?:(?!<\\/w:r>)[\\s\\S])*?';
  const complex = new RegExp(
    `${RUN}<w:fldChar\\b[^>]*w:fldCharType="begin"[^>]*\\/?>[\\s\\S]*?<\\/w:r>` +
      `((?:${RUN}<\\/w:r>)*?)` +
      `${RUN}<w:fldChar\\b[^>]*w:fldCharType="separate"[^>]*\\/?>[\\s\\S]*?<\\/w:r>` +
      `((?:${RUN}<\\/w:r>)*?)` +
      `${RUN}<w:fldChar\\b[^>]*w:fldCharType="end"[^>]*\\/?>[\\s\\S]*?<\\/w:r>`,
    'g',
  );
  return xml.replace(complex, (all, instrRuns: string, resultRuns: string) => {
    const instr = [...instrRuns.matchAll(/<w:instrText\b[^>]*>([\s\S]*?)<\/w:instrText>/g)].map((x) => x[1]).join('');
    const m = name(instr);
    if (!m || /<w:fldChar/.test(resultRuns)) return all;
    const field = m[2] ?? m[3];
    const first = /<w:r\b[\s\S]*?<\/w:r>/.exec(resultRuns)?.[0] ?? '<w:r><w:t></w:t></w:r>';
    return first.replace(/<w:t\b[^>]*>[\s\S]*?<\/w:t>|<w:t\/>/, `<w:t xml:space="preserve">«${field}»</w:t>`);
  });
}

/** The body wrapped in one loop over the records, a page break before every record but the first. */
function loopBody(xml: string, open: string, close: string): string {
  const start = xml.indexOf('<w:body>');
  const end = xml.lastIndexOf('</w:body>');
  if (start < 0 || end < 0) throw new Error('no body');
  const bodyStart = start + '<w:body>'.length;
  // The section properties of the whole document stay outside the loop (one page setup).
  const sect = xml.lastIndexOf('<w:sectPr', end);
  const lastPara = Math.max(xml.lastIndexOf('</w:p>', end), xml.lastIndexOf('</w:tbl>', end));
  const bodyEnd = sect > lastPara ? sect : end;
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  return xml.slice(0, bodyStart) + p(`${open}#records${close}`) + p(`${open}@pageBreak${close}`) + xml.slice(bodyStart, bodyEnd) + p(`${open}/records${close}`) + xml.slice(bodyEnd);
}

/** Fills the template once per record into one document. Throws UserError naming the template when it cannot. */
export function fillTemplate(template: Uint8Array, records: CertificateRecord[], fileName: string): { bytes: Uint8Array; warnings: string[] } {
  let zip: PizZip;
  let xml: string | undefined;
  try {
    zip = new PizZip(template);
    xml = zip.file('word/document.xml')?.asText();
  } catch {
    throw new UserError(VANBAN_TEXT.badTemplate(fileName, VANBAN_TEXT.templateNotDocx));
  }
  if (!xml) throw new UserError(VANBAN_TEXT.badTemplate(fileName, VANBAN_TEXT.templateNotDocx));
  xml = mergeFieldsToText(xml);
  const text = xml.replace(/<[^>]+>/g, '');
  const [open, close] = text.includes('«') ? ['«', '»'] : ['{', '}'];
  zip.file('word/document.xml', loopBody(xml, open, close));
  const warnings: string[] = [];
  const data = { records: records.map((r, i) => ({ ...r, pageBreak: i === 0 ? '' : PAGE_BREAK })) };
  try {
    const doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // The error goes to the user as a Vietnamese message, not to the console.
      errorLogging: false,
      delimiters: { start: open, end: close },
      parser: (tag: string) => ({
        get: (scope: Record<string, unknown>) => {
          const t = tag.trim();
          if (t === 'records' || t === 'pageBreak') return scope[t];
          const key = fieldOf(t);
          if (key) return scope[key] ?? '';
          const msg = VANBAN_TEXT.unknownTemplateField(t);
          if (!warnings.includes(msg)) warnings.push(msg);
          return `[${t}]`;
        },
      }),
    });
    doc.render(data);
    return { bytes: doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' }), warnings };
  } catch (e) {
    const err = e as { properties?: { errors?: { message?: string; properties?: { explanation?: string } }[] }; message?: string };
    const why = err.properties?.errors?.map((x) => x.properties?.explanation ?? x.message).join('; ') ?? err.message ?? String(e);
    throw new UserError(VANBAN_TEXT.badTemplate(fileName, VANBAN_TEXT.templateBroken(why)));
  }
}
