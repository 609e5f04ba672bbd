// The parts every administrative document shares, laid out as Nghị định 30/2020/NĐ-CP Phụ lục I
// sets them (domain.md, "The law around it"): the masthead (issuing body left, Quốc hiệu and Tiêu
// ngữ right, each with its rule; Số/ký hiệu and the place and date under them), the document type
// and trích yếu, body paragraphs, the signature block with "Nơi nhận", the attached list as a
// "Phụ lục", and the list tables (STT, name, position, unit, one grid per form and kind, a total).
import type { Kind } from '../core/types';
import { DOC, INFO_FIELDS } from '../core/text/documents';
import type { Awardee, Block, Cell, Para, Row, Run, Table } from './model';
import { textWidthCm } from './textWidth';
import { votePercent } from './fields';

/** A4, margins top/bottom 20 mm, left 30 mm, right 15 mm: the text is 16.5 cm wide. */
export const TEXT_CM = 16.5;
/** Point sizes within the ranges of Phụ lục I. */
export const SIZE = {
  body: 14,
  parent: 13,
  issuer: 13,
  nation: 13,
  motto: 14,
  number: 13,
  placeDate: 14,
  type: 14,
  subject: 14,
  recipientsLabel: 12,
  recipients: 11,
  sign: 14,
  list: 13,
  appendix: 14,
};
/** The masthead's columns: the issuing body left, the Quốc hiệu right (13 pt bold needs 9.6 cm). */
const LEFT_CM = 6.4;
const RIGHT_CM = TEXT_CM - LEFT_CM;
/** A table cell's own left+right padding in Word's default layout (0.19 cm each side). */
const CELL_PAD_CM = 0.38;

export const run = (text: string, o: Partial<Run> = {}): Run => ({ text, ...o });

const LABELS = Object.values(INFO_FIELDS).map((f) => f.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** "[Số quyết định]" and the other placeholders, wherever a sentence carries one. */
const PLACEHOLDER = new RegExp(`(\\[(?:${LABELS.join('|')})\\])`, 'u');

/** A run split so that every placeholder inside its text is a placeholder run of its own (highlighted). */
function marked(r: Run): Run[] {
  if (r.placeholder || !r.text.includes('[')) return [r];
  // split() with a capture group puts each placeholder at an odd index.
  return r.text
    .split(PLACEHOLDER)
    .map((t, i) => (i % 2 === 1 ? { ...r, text: t, placeholder: true } : { ...r, text: t }))
    .filter((x) => x.text !== '');
}

/** A paragraph; `o` becomes it (every caller passes a fresh literal: no copy per paragraph). */
export function para(runs: Run[] | string, o: Partial<Para> = {}): Para {
  let list = typeof runs === 'string' ? [run(runs)] : runs;
  // Most runs carry no "[": they are kept as they are (lists make tens of thousands of them).
  if (list.some((r) => !r.placeholder && r.text.includes('['))) list = list.flatMap(marked);
  const p = o as Para;
  p.type = 'p';
  p.runs = list;
  return p;
}

/** A centred horizontal line `lengthCm` long in a container `containerCm` wide. */
export function rule(lengthCm: number, containerCm: number, after = 0): Para {
  return { type: 'p', runs: [], rule: { lengthCm: Math.min(lengthCm, containerCm - CELL_PAD_CM), containerCm }, size: 4, after };
}

/** A body paragraph: justified, first-line indent, 6 pt after (Phụ lục I). */
export function body(runs: Run[] | string, o: Partial<Para> = {}): Para {
  return para(runs, { align: 'justify', firstLine: true, after: 6, size: SIZE.body, ...o });
}

const plain = (runs: Run[]) => runs.map((r) => r.text).join('');

export interface MastheadInput {
  /** The parent body ("UBND TỈNH SÔNG LAM"), printed above the issuer, not bold; null: none. */
  parent: string | null;
  issuer: Run;
  number: Run[];
  placeDate: Run[];
}

/** The masthead: a two-column table without borders. */
export function masthead(m: MastheadInput): Table {
  const left: Para[] = [];
  if (m.parent) left.push(para([run(m.parent.startsWith('[') ? m.parent : m.parent.toLocaleUpperCase('vi'))], { align: 'center', size: SIZE.parent, after: 0 }));
  const issuer = { ...m.issuer, bold: true, text: m.issuer.placeholder ? m.issuer.text : m.issuer.text.toLocaleUpperCase('vi') };
  left.push(para([issuer], { align: 'center', size: SIZE.issuer, after: 0 }));
  // Under the issuer: a line 1/3 to 1/2 as long as its text (here 40 %, of the first line when it wraps).
  const issuerCm = Math.min(textWidthCm(issuer.text, SIZE.issuer, true), LEFT_CM - CELL_PAD_CM);
  left.push(rule(issuerCm * 0.4, LEFT_CM));
  const right: Para[] = [
    para([run(DOC.nation, { bold: true })], { align: 'center', size: SIZE.nation, after: 0 }),
    para([run(DOC.motto, { bold: true })], { align: 'center', size: SIZE.motto, after: 0 }),
    // Under the Tiêu ngữ: a line as long as the text.
    rule(textWidthCm(DOC.motto, SIZE.motto, true), RIGHT_CM),
  ];
  const numberPara = para([run(DOC.numberLabel), ...m.number], { align: 'center', size: SIZE.number, before: 6, after: 0 });
  const datePara = para(m.placeDate.map((r) => ({ ...r, italic: true })), { align: 'center', size: SIZE.placeDate, before: 6, after: 0 });
  return {
    type: 'table',
    widths: [LEFT_CM, RIGHT_CM],
    borders: false,
    rows: [{ cells: [{ paras: left }, { paras: right }] }, { cells: [{ paras: [numberPara] }, { paras: [datePara] }] }],
  };
}

/** Document type (capitals, bold) and trích yếu (bold) centred, a short rule under the trích yếu. */
export function titleBlock(type: string, subject: Run[]): Para[] {
  const out: Para[] = [para([run(type, { bold: true })], { align: 'center', size: SIZE.type, before: 18, after: 0, keepNext: true })];
  if (subject.length) {
    out.push(para(subject.map((r) => ({ ...r, bold: true })), { align: 'center', size: SIZE.subject, after: 0, keepNext: true }));
    const width = Math.min(textWidthCm(plain(subject), SIZE.subject, true), TEXT_CM);
    out.push(rule(Math.max(2.5, width * 0.35), TEXT_CM));
  }
  return out;
}

/** The authority line(s) of a signature: "TM. HỘI ĐỒNG" over "CHỦ TỊCH", or the title alone. */
export interface Signer {
  authority: string | null;
  title: Run;
  name: Run;
}

function signerParas(s: Signer): Para[] {
  const out: Para[] = [];
  const caps = (r: Run): Run => ({ ...r, bold: true, text: r.placeholder ? r.text : r.text.toLocaleUpperCase('vi') });
  if (s.authority) out.push(para([run(s.authority.toLocaleUpperCase('vi'), { bold: true })], { align: 'center', size: SIZE.sign, after: 0 }));
  out.push(para([caps(s.title)], { align: 'center', size: SIZE.sign, after: 0 }));
  // Room for the signature and the seal.
  out.push(para('', { size: SIZE.sign, after: 0 }), para('', { size: SIZE.sign, after: 0 }), para('', { size: SIZE.sign, after: 0 }), para('', { size: SIZE.sign, after: 0 }));
  out.push(para([{ ...s.name, bold: true }], { align: 'center', size: SIZE.sign, after: 0 }));
  return out;
}

/** Signature block: "Nơi nhận:" (12 bold italic) and its entries (11) left, the signer right. */
export function signature(recipients: string[] | null, signer: Signer): Table {
  const left: Para[] = [];
  if (recipients) {
    left.push(para([run(DOC.recipientsLabel, { bold: true, italic: true })], { size: SIZE.recipientsLabel, after: 0, before: 6 }));
    for (const r of recipients) left.push(para(r, { size: SIZE.recipients, after: 0 }));
  }
  const right = signerParas(signer);
  right[0] = { ...right[0], before: 6 };
  return { type: 'table', widths: [8.0, TEXT_CM - 8.0], borders: false, rows: [{ cells: [{ paras: left.length ? left : [para('')] }, { paras: right }] }] };
}

/** Two signers side by side (the Biên bản: secretary left, chair right). */
export function twoSigners(left: Signer, right: Signer): Table {
  const l = signerParas(left);
  const r = signerParas(right);
  return { type: 'table', widths: [TEXT_CM / 2, TEXT_CM / 2], borders: false, rows: [{ cells: [{ paras: l }, { paras: r }] }] };
}

/** The head of an attached list: "Phụ lục I", the title in capitals, "(Kèm theo …)", on a new page. */
export function appendixHead(no: string, title: Run[], attached: Run[]): Para[] {
  return [
    para([run(DOC.appendix(no), { bold: true })], { align: 'center', size: SIZE.appendix, after: 0, pageBreakBefore: true, keepNext: true }),
    para(title.map((r) => ({ ...r, bold: true, text: r.placeholder ? r.text : r.text.toLocaleUpperCase('vi') })), { align: 'center', size: SIZE.appendix, after: 0, keepNext: true }),
    para(attached.map((r) => ({ ...r, italic: true })), { align: 'center', size: SIZE.appendix, after: 0, keepNext: true }),
    rule(3.5, TEXT_CM, 10),
  ];
}

const cell = (text: string | Run[], o: Partial<Para> = {}, span?: number): Cell => ({
  paras: [para(typeof text === 'string' ? [run(text)] : text, { size: SIZE.list, after: 0, ...o })],
  ...(span ? { span } : {}),
});

export interface ListOptions {
  /** Print the vote share column (the Tờ trình's and the Biên bản's lists). */
  vote?: boolean;
  /** An extra column at the end (the Biên bản: the council's result). */
  extra?: { title: string; value: (a: Awardee) => string; widthCm: number };
}

/** "STT" in 13 pt bold needs 0.9 cm besides the cell's padding. */
const STT_CM = 1.4;

/** Column widths (cm) for a list of `kind`, adding up to the text width. */
function widthsFor(kind: Kind, o: ListOptions): number[] {
  const extra = (o.vote ? 2.0 : 0) + (o.extra?.widthCm ?? 0);
  const rest = TEXT_CM - STT_CM - extra;
  const cols = kind === 'individual' ? [rest * 0.34, rest * 0.26, rest * 0.4] : [rest * 0.48, rest * 0.52];
  return [STT_CM, ...cols, ...(o.vote ? [2.0] : []), ...(o.extra ? [o.extra.widthCm] : [])].map((w) => Math.round(w * 100) / 100);
}

/**
 * One list: header row (repeated on every page), one row per nominee numbered from 1, and a
 * "Tổng cộng" row. Collectives have no "Chức vụ" column: it would be empty on every row.
 */
export function listTable(kind: Kind, list: Awardee[], o: ListOptions = {}): Table {
  const widths = widthsFor(kind, o);
  const head: string[] = [DOC.listHead.stt, DOC.listHead.name[kind], ...(kind === 'individual' ? [DOC.listHead.position] : []), DOC.listHead.unit];
  if (o.vote) head.push(DOC.listHead.vote);
  if (o.extra) head.push(o.extra.title);
  const rows: Row[] = [{ header: true, cells: head.map((h) => cell([run(h, { bold: true })], { align: 'center' })) }];
  list.forEach((a, i) => {
    const cells = [cell(String(i + 1), { align: 'center' }), cell(a.name)];
    if (kind === 'individual') cells.push(cell(a.position ?? ''));
    cells.push(cell(a.unit ?? ''));
    if (o.vote) cells.push(cell(votePercent(a.vote), { align: 'center' }));
    if (o.extra) cells.push(cell(o.extra.value(a), { align: 'center' }));
    rows.push({ cells });
  });
  rows.push({ cells: [cell([run(DOC.total(DOC.counts(kind === 'collective' ? list.length : 0, kind === 'individual' ? list.length : 0)), { bold: true })], {}, widths.length)] });
  return { type: 'table', widths, borders: true, rows };
}

/** A spacer paragraph (an empty line of body text). */
export const gap = (pt = 6): Block => para('', { size: SIZE.body, after: 0, before: pt });
