// The Kế hoạch reader's public door: text, .md, .docx or a Plan JSON → Plan.
import type { Plan } from '../core/types';
import type { Calendar } from '../core/calendar';
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';
import { readPlanTextImpl } from './readPlan';
import { validatePlanJson } from './planJson';

export interface ReadPlanOptions {
  /** Year the deadlines are resolved for (--year); else the plan's own year. */
  year?: number | null;
  calendar?: Calendar;
  shiftDaysOff?: boolean;
}

/** Reads a plan's text. Throws UserError (Vietnamese) when the text is no recognisable plan. */
export function readPlanText(text: string, opts: ReadPlanOptions = {}): Plan {
  return readPlanTextImpl(text, opts);
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old Windows files: try windows-1258 is not available everywhere; say what is expected.
    throw new UserError(PLAN_TEXT.binary(fileName));
  }
  return text.replace(/^\uFEFF/, '');
}

/** Reads a plan file: .txt/.md (UTF-8, BOM ok), .docx (mammoth) or .json (a Plan JSON). */
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
