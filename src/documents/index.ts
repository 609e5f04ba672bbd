// From the workbook's sheets to the paperwork: what each document says (contentOf, pure) and the
// .docx files (buildDocuments). The CLI (`binhxet vanban`) and the task pane ("Tạo văn bản") both
// call buildDocuments on the sheets their host reads, so they write the same files.
import type { Plan } from '../core/types';
import type { SheetData } from '../workbook/model';
import type { DocumentSpec } from './model';
import { readDocumentSource, type DocumentSource } from './source';
import { toTrinh } from './toTrinh';
import { bienBan } from './bienBan';
import { quyetDinh } from './quyetDinh';
import { chungNhanSpecs, type CertificateSet } from './chungNhan';
import { renderDocx } from './render';
import { fillTemplate } from './template';
import { formsAboveAuthority } from './authority';
import { Fields } from './fields';
import { VANBAN_TEXT } from '../core/text/documents';

export { infoOwnedSheet, isInfoSheetName, readInfoSheet, INFO_SHEET_NAME } from '../workbook/infoSheet';
export type { DocumentSource } from './source';

export interface Content {
  specs: DocumentSpec[];
  certificates: CertificateSet[];
  /** Labels of the fields left as placeholders, each once, in document order. */
  missing: string[];
}

/** What the four kinds of document say (pure: no bytes yet). */
export function contentOf(source: DocumentSource): Content {
  const parts = [toTrinh(source.ctx), bienBan(source.ctx), quyetDinh(source.ctx)];
  const certs = chungNhanSpecs(source.ctx);
  const missing: string[] = [];
  for (const m of [...parts.flatMap((p) => p.missing), ...certs.missing]) if (!missing.includes(m)) missing.push(m);
  return { specs: [...parts.map((p) => p.spec), ...certs.specs], certificates: certs.sets, missing };
}

export interface BuildOptions {
  plan?: Plan | null;
  sheet?: string | null;
  /** The office's certificate template (.docx) and its file name, for messages. */
  template?: { bytes: Uint8Array; name: string } | null;
}

export interface BuiltDocument {
  kind: DocumentSpec['kind'];
  file: string;
  rows: number;
  /** A certificate file's award form as the list writes it (null: the list names no form). */
  form?: string | null;
  bytes: Uint8Array;
}

export interface BuildResult {
  sheet: string;
  grouping: DocumentSource['grouping'];
  awardees: number;
  infoSheet: boolean;
  documents: BuiltDocument[];
  missing: string[];
  warnings: string[];
}

/** Reads the sheets and writes every document's bytes. Throws UserError for what the user must fix. */
export async function buildDocuments(sheets: SheetData[], opts: BuildOptions = {}): Promise<BuildResult> {
  const source = readDocumentSource(sheets, { plan: opts.plan, sheet: opts.sheet });
  const content = contentOf(source);
  const warnings = [...source.warnings];
  const above = formsAboveAuthority(source.ctx.groups, new Fields(source.ctx.info, source.ctx.plan).value('qdPower'));
  if (above.length) warnings.push(VANBAN_TEXT.formsAbove(above));
  const documents: BuiltDocument[] = [];
  let cert = 0;
  for (const spec of content.specs) {
    let bytes: Uint8Array;
    if (spec.kind === 'chung-nhan' && opts.template) {
      const filled = fillTemplate(opts.template.bytes, content.certificates[cert].records, opts.template.name);
      warnings.push(...filled.warnings.filter((w) => !warnings.includes(w)));
      bytes = filled.bytes;
    } else bytes = await renderDocx(spec.doc);
    const form = spec.kind === 'chung-nhan' ? content.certificates[cert++].form : undefined;
    documents.push({ kind: spec.kind, file: spec.file, rows: spec.rows, ...(form !== undefined ? { form } : {}), bytes });
  }
  return {
    sheet: source.sheet,
    grouping: source.grouping,
    awardees: source.ctx.awardees.length,
    infoSheet: source.infoSheet,
    documents,
    missing: content.missing,
    warnings,
  };
}
