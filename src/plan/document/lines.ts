// The line layer: each line of the input cleaned of Markdown and HTML residue and classified as
// blank, a separator ("-----", a lone "|" left by a converted header table), a page number, a
// table row (pipe or tab cells) or text. Line numbers are those of the input, 1-based.
import { decodeEntities, normaliseChars } from './chars';

export type LineKind = 'blank' | 'sep' | 'page' | 'text' | 'row';

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  kind: LineKind;
  /** Cleaned text: no Markdown/HTML residue, single spaces, trimmed (a row's cells joined by " | "). */
  text: string;
  /** Cells of a table row (pipe or tab separated); null for other lines. */
  cells: string[] | null;
  /** A Markdown table's separator row ("|---|:--|"): the rows above it are the header. */
  headerRule: boolean;
  /** Columns of a line laid out with wide gaps (≥ 3 spaces), as PDF copies keep two-column headers. */
  cols: string[];
  /** Start offsets of `cols` in the line (for aligned-column tables). */
  colStarts: number[];
}

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;
const BR = /<br\s*\/?>/gi;
// Markdown escapes ("1\\. Mục đích", "\\-"); an escaped pipe stays escaped until cells are split.
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>~"'])/g;
const MD_LINK = /!?\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)/g;

/** Markdown/HTML residue removed, characters normalised; spacing (tabs, runs of spaces) kept. */
export function stripResidue(raw: string): string {
  let s = normaliseChars(decodeEntities(raw.replace(BR, ' ')));
  if (s.indexOf('<') >= 0) s = s.replace(TAG, ' ');
  if (s.indexOf('\\') >= 0) s = s.replace(MD_ESCAPE, '$1');
  if (s.indexOf('](') >= 0) s = s.replace(MD_LINK, '$1');
  s = s.replace(/^\s{0,3}#{1,6}(?=\s|$)/, '').replace(/^\s{0,3}>\s?/, '');
  // "* item" is a bullet; every other star is emphasis ("**Điều 1.**", "*Nghệ An, ngày*").
  const bullet = /^(\s*)\*\s+(?=\S)/.exec(s);
  if (bullet) s = bullet[1] + '• ' + s.slice(bullet[0].length);
  if (s.indexOf('*') >= 0) s = s.replace(/\*+/g, '');
  if (s.indexOf('__') >= 0) s = s.replace(/_{2,}(?=\S)|(?<=\S)_{2,}/g, '');
  return s;
}

export const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

const SEPARATOR = /^[-–—_=~.·•*|\s]+$/;
const PAGE = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:trang|page)\s*\d{1,3}(?:\s*\/\s*\d{1,3})?$/i;
const MD_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** Pipe cells: "| a | b |", "a | b", "UBND QUẬN X | CỘNG HÒA … |"; escaped "\|" is no separator. */
function pipeCells(s: string): string[] | null {
  if (s.indexOf('|') < 0) return null;
  const parts = s.split(/(?<!\\)\|/);
  if (parts.length && !parts[0].trim()) parts.shift();
  if (parts.length && !parts[parts.length - 1].trim()) parts.pop();
  const cells = parts.map((c) => squeeze(c.replace(/\\\|/g, '|')));
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

function tabCells(s: string): string[] | null {
  if (s.indexOf('\t') < 0) return null;
  const cells = s.replace(/\s+$/, '').split('\t').map(squeeze);
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

function layoutCols(s: string): { cols: string[]; starts: number[] } {
  const cols: string[] = [];
  const starts: number[] = [];
  const re = /\S+(?: {1,2}\S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    cols.push(m[0]);
    starts.push(m.index);
  }
  return { cols, starts };
}

/** One input line, cleaned and classified. */
export function readLine(raw: string, no: number): Line {
  const s = stripResidue(raw);
  const base = { no, cells: null, headerRule: false, cols: [] as string[], colStarts: [] as number[] };
  const t = squeeze(s);
  if (!t) return { ...base, kind: 'blank', text: '' };
  if (MD_RULE.test(t) && t.indexOf('|') >= 0) return { ...base, kind: 'sep', text: t, headerRule: true };
  if (SEPARATOR.test(t)) return { ...base, kind: 'sep', text: t };
  if (PAGE.test(t)) return { ...base, kind: 'page', text: t };
  const cells = tabCells(s) ?? pipeCells(s);
  if (cells) return { ...base, kind: 'row', text: cells.join(' | '), cells, cols: cells.filter(Boolean) };
  // A line with a stray pipe ("SỞ Y TẾ |") is residue of a header table: the text is the words.
  const plain = t.indexOf('|') >= 0 ? squeeze(t.replace(/\\?\|/g, ' ')) : t;
  const lay = layoutCols(s.replace(/\|/g, ' ').replace(/\t/g, '   '));
  return { ...base, kind: 'text', text: plain, cols: lay.cols.length ? lay.cols : [plain], colStarts: lay.starts };
}

/** Splits the input into lines (\r\n, \r, \n) and reads each one. */
export function readLines(text: string): Line[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = readLine(raw[i], i + 1);
  return out;
}
