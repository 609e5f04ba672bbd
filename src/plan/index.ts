// The plan reader's public door: text, .md, .html, .docx or a Plan JSON → Plan. Text becomes the
// document model (document/), the fact extractors read it (facts/), read.ts assembles the Plan.
import type { Plan } from '../core/types';
import type { ReadPlanOptions } from './options';
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';
import { buildDocument } from './document';
import { htmlToText, looksLikeHtml } from './document/html';
import { readPlanDocument } from './read';
import { validatePlanJson } from './planJson';

export type { ReadPlanOptions } from './options';

/** Reads a plan's text (or pasted HTML). Throws UserError (Vietnamese) when nothing of the genre is found. */
export function readPlanText(text: string, opts: ReadPlanOptions = {}): Plan {
  if (typeof text !== 'string' || !text.trim()) throw new UserError(PLAN_TEXT.notAPlan);
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  return readPlanDocument(buildDocument(plain), opts, plain);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) bad++;
  }
  return bad > n * 0.05;
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  if (looksBinary(bytes)) throw new UserError(PLAN_TEXT.binary(fileName));
  try {
    // Old Windows code pages (windows-1258) are not decoded everywhere: say what is expected instead.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UserError(PLAN_TEXT.binary(fileName));
  }
}

/** Reads a plan file: .txt/.md (UTF-8, BOM ok), .html, .docx (mammoth, tables kept) or .json (a Plan JSON). */
export async function readPlanFile(bytes: Uint8Array, fileName: string, opts: ReadPlanOptions = {}): Promise<Plan> {
  if (!bytes || bytes.length === 0) throw new UserError(PLAN_TEXT.emptyFile(fileName));
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (ext === 'docx') {
    const { docxToText } = await import('./docx');
    const text = await docxToText(bytes, fileName);
    if (!text.trim()) throw new UserError(PLAN_TEXT.emptyFile(fileName));
    return readPlanText(text, opts);
  }
  if (ext === 'doc' || ext === 'pdf' || ext === 'xlsx' || ext === 'xls') throw new UserError(PLAN_TEXT.unsupported(fileName));
  const text = decodeUtf8(bytes, fileName);
  if (!text.trim()) throw new UserError(PLAN_TEXT.emptyFile(fileName));
  if (ext === 'html' || ext === 'htm') return readPlanText(htmlToText(text), opts);
  if (ext === 'json' || (ext !== 'txt' && ext !== 'md' && /^\s*\{/.test(text))) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new UserError(PLAN_TEXT.badJson(fileName, e instanceof Error ? e.message : String(e)));
    }
    return validatePlanJson(data, fileName);
  }
  return readPlanText(text, opts);
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  return (await import('./docx')).docxToText(bytes);
}
