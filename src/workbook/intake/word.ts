// A unit's Word document ("Tờ trình / Danh sách đề nghị khen thưởng") → the sheets the list reader
// reads. Each table whose header the scoring path's detection finds is one sheet, named "Bảng k"
// after its place among the document's tables, its rows the table's rows (html.ts htmlBlocks has
// spread merged cells as a spreadsheet holds them). The rest of the document — paragraphs, the
// header block, tables that are no list — is kept as text around each list: above it (the title,
// the sending unit) and below it (the signature and its date).
import type { Kind, Plan } from '../../core/types';
import { foldKey } from '../../core/normalize';
import { INTAKE } from '../../core/text/intake';
import { buildDocument } from '../../plan/document';
import { readHeader } from '../../plan/facts/header';
import { issuerFromHeader } from '../../plan/facts/orgName';
import { detectHeader } from '../header';
import type { UnitSheet, WordDocument } from './types';

export interface WordSheets {
  /** The list tables, as sheets with the text around them. */
  sheets: UnitSheet[];
  /** Every table's name, lists or not (what was looked at). */
  tables: string[];
  /** The document's text outside its lists, line by line. */
  paragraphs: string[];
  /** The document before its first list, as the plan reader's text (the header block as its cells, "|" between them). */
  head: string;
}

// "II. CÁ NHÂN", "I. Tập thể", "B. DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG": a heading over a table
// whose rows are all of one kind.
const KIND_HEADING = /^(?:(?:[ivxlc]+|[a-h]|\d{1,2})\s+)?(?:cac\s+|danh sach\s+)?(tap the|ca nhan)(?:\s+(?:duoc\s+)?de nghi(?:\s+khen thuong)?)?$/;

// The title a unit's document opens its body with.
const TITLE = /^(?:to trinh|danh sach|bao cao|bang tong hop|tong hop|cong van|kinh gui)\b/;

/** The text of a table that is no list: its cells' lines, row by row. */
function tableText(rows: string[][]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const c of r) for (const l of c.split('\n')) if (l.trim()) out.push(l.trim());
  return out;
}

function kindOfHeading(line: string | undefined): Kind | null {
  const m = line === undefined ? null : KIND_HEADING.exec(foldKey(line));
  return m ? (m[1] === 'tap the' ? 'collective' : 'individual') : null;
}

/** The document's list tables as sheets, with its text around them. */
export function wordSheets(doc: WordDocument, plan: Plan): WordSheets {
  // The document in order: text lines, and the list tables where they stand.
  const parts: (string | UnitSheet)[] = [];
  const tables: string[] = [];
  // The header block: what comes before the document's title ("TỜ TRÌNH", "DANH SÁCH …") and its first list.
  const head: string[] = [];
  let inHead = true;
  for (const b of doc.blocks) {
    if (typeof b === 'string') {
      parts.push(b);
      if (inHead && TITLE.test(foldKey(b))) inHead = false;
      if (inHead) head.push(b);
      continue;
    }
    const name = INTAKE.wordTable(tables.length + 1);
    tables.push(name);
    if (detectHeader(b, plan)) {
      parts.push({ name, values: b });
      inHead = false;
      continue;
    }
    parts.push(...tableText(b));
    if (inHead) head.push(...headText(b));
  }
  const paragraphs = parts.filter((p): p is string => typeof p === 'string');
  const sheets: UnitSheet[] = [];
  parts.forEach((p, i) => {
    if (typeof p === 'string') return;
    const above = parts.slice(0, i).filter((q): q is string => typeof q === 'string');
    const below = parts.slice(i + 1).filter((q): q is string => typeof q === 'string');
    // The heading right over the table, after any list before it.
    const previous = parts[i - 1];
    sheets.push({ ...p, above, below, kindAbove: typeof previous === 'string' ? kindOfHeading(previous) : null });
  });
  return { sheets, tables, paragraphs, head: head.join('\n') };
}

/** A table as the plan reader's text shows it: a one-row table (the header block) cell after cell, "|" between; others as pipe rows. */
function headText(rows: string[][]): string[] {
  if (rows.length === 1) return ['', ...rows[0].flatMap((c) => [...c.split('\n'), '|']), ''];
  return ['', ...rows.map((r) => '| ' + r.map((c) => c.replace(/\n/g, ' ').replace(/\|/g, '\\|')).join(' | ') + ' |'), ''];
}

/**
 * The body that issued the document, from its header block ("SỞ Y TẾ TỈNH SÔNG LAM / TRUNG TÂM Y TẾ
 * HUYỆN ĐỒNG XUÂN" → "Trung tâm Y tế huyện Đồng Xuân"), read as the plan reader reads a plan's. A
 * unit's own body may be one the plan reader does not know as a body ("KHOA HỒI SỨC TÍCH CỰC" under
 * "BỆNH VIỆN…", a "TRẠM Y TẾ"): it then joins the lines into one name, and the last line alone —
 * the issuing body, Nghị định 30/2020 Phụ lục I — is the unit.
 */
export function wordIssuer(head: string): string | null {
  const issuer = readHeader(buildDocument(head)).issuer;
  if (!issuer) return null;
  const lines = issuer.source?.text.split(' / ') ?? [];
  if (lines.length < 2) return issuer.value;
  const last = issuerFromHeader(lines.slice(-1));
  return foldKey(issuer.value).endsWith(' ' + foldKey(last)) ? last : issuer.value;
}
