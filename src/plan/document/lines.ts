// The line layer: each line of the input cleaned of Markdown and HTML residue and classified as
// blank, a separator ("-----", a lone "|" left by a converted header table), a page number, a
// table row (pipe or tab cells) or text. Line numbers are those of the input, 1-based.
import { decodeEntities, normaliseChars } from './chars';
import { forCopy } from './fold';

export type LineKind = 'blank' | 'sep' | 'page' | 'text' | 'row';

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  kind: LineKind;
  /** Cleaned text: no Markdown/HTML residue, single spaces, trimmed (a row's cells joined by " | "). */
  text: string;
  /** Cells of a table row (pipe or tab separated); null for other lines. */
  cells: string[] | null;
  /** The lines inside each cell ("SỞ Y TẾ<br>Số: 12/KH-SYT"), when a cell has several. */
  cellLines: string[][] | null;
  /** A Markdown table's separator row ("|---|:--|"): the rows above it are the header. */
  headerRule: boolean;
  /** Columns of a line laid out with wide gaps (≥ 3 spaces), as PDF copies keep two-column headers. */
  cols: string[];
  /** Start offsets of `cols` in the line (for aligned-column tables). */
  colStarts: number[];
}

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;
const BR = /<br\s*\/?>/gi;
/** Stands for a line break inside a table cell ("<br>" in a pipe row) until the cells are split. */
const CELL_BREAK = '\uE000';
// Markdown escapes ("1\\. Mục đích", "\\-"); an escaped pipe stays escaped until cells are split.
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>~"'])/g;
const MD_LINK = /!?\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)/g;

const RESIDUE = /[<&\\*_#>\]]/;

/** Markdown/HTML residue removed, characters normalised; spacing (tabs, runs of spaces) kept. */
export function stripResidue(raw: string, nfcDone = false): string {
  if (!RESIDUE.test(raw)) return normaliseChars(raw, nfcDone);
  let s = normaliseChars(decodeEntities(raw.indexOf('<') >= 0 ? raw.replace(BR, raw.indexOf('|') >= 0 ? CELL_BREAK : ' ') : raw), nfcDone);
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

// Copies drop the space between words ("choTrường", "NguyễnThị", "củaTổ quốc"): a Vietnamese word
// never has a capital after its small letters, so one there starts a new word. Codes ("QyĐ",
// "TTr-UBND") have a single small letter or none before the capital and stay as they are.
const SQUASHED = /(?<=\p{Ll}\p{Ll})(?=\p{Lu}\p{Ll})/gu;
const unsquash = (s: string): string => s.replace(SQUASHED, ' ');

export const squeeze = (s: string): string => (/\s\s|[\t\n\r]|^\s|\s$/.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

const SEPARATOR = /^[-–—_=~.·•*|\s]+$/;
const PAGE = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:trang|page)\s*\d{1,3}(?:\s*\/\s*\d{1,3})?$/i;
const MD_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** Pipe cells: "| a | b |", "a | b", "UBND QUẬN X | CỘNG HÒA … |"; escaped "\|" is no separator. */
function pipeCells(s: string): string[][] | null {
  if (s.indexOf('|') < 0) return null;
  const parts = s.split(/(?<!\\)\|/);
  if (parts.length && !parts[0].trim()) parts.shift();
  if (parts.length && !parts[parts.length - 1].trim()) parts.pop();
  // A row of a document's table has a few columns; a line of hundreds of pipes is no table.
  if (parts.length > MAX_CELLS) return null;
  const cells = parts.map((c) => c.replace(/\\\|/g, '|').split(CELL_BREAK).map(squeeze).filter(Boolean));
  return cells.filter((c) => c.length).length >= 2 ? cells : null;
}

const MAX_CELLS = 40;

function tabCells(s: string): string[] | null {
  if (s.indexOf('\t') < 0) return null;
  const cells = s.replace(/\s+$/, '').split('\t').map(squeeze);
  if (cells.length > MAX_CELLS) return null;
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

const NO_COLS: string[] = [];
const NO_STARTS: number[] = [];

function line(no: number, kind: LineKind, text: string, cells: string[] | null = null, cols = NO_COLS, colStarts = NO_STARTS, headerRule = false): Line {
  return { no, kind, text, cells, cellLines: null, headerRule, cols, colStarts };
}

/** One input line, cleaned and classified (`nfcDone`: the whole input is NFC already). */
export function readLine(raw: string, no: number, nfcDone = false): Line {
  const s = stripResidue(raw, nfcDone);
  const t = squeeze(s);
  if (!t) return line(no, 'blank', '');
  const pipe = t.indexOf('|') >= 0;
  if (pipe && MD_RULE.test(t)) return line(no, 'sep', t, null, NO_COLS, NO_STARTS, true);
  if (t.length <= 80 && SEPARATOR.test(t)) return line(no, 'sep', t);
  if (t.length <= 12 && PAGE.test(t)) return line(no, 'page', t);
  const tabs = tabCells(s);
  if (tabs) return line(no, 'row', tabs.join(' | '), tabs, tabs.filter(Boolean));
  const piped = pipe ? pipeCells(s) : null;
  if (piped) {
    const cells = piped.map((c) => c.join(' '));
    const l = line(no, 'row', cells.join(' | '), cells, cells.filter(Boolean));
    if (piped.some((c) => c.length > 1)) l.cellLines = piped;
    return l;
  }
  // A line with a stray pipe ("SỞ Y TẾ |") is residue of a header table: the text is the words.
  const plain = unsquash(pipe ? squeeze(t.replace(/\\?\|/g, ' ').replace(/\uE000/g, ' ')) : t);
  // Columns laid out with wide gaps: only a line with a run of three spaces (or a tab) has them.
  if (!/ {3}|\t/.test(s)) return line(no, 'text', plain, null, [plain], [0]);
  const lay = layoutCols(s.replace(/\|/g, ' ').replace(/\t/g, '   '));
  return line(no, 'text', plain, null, lay.cols.length ? lay.cols : [plain], lay.starts);
}

// A whole document on one line — a PDF's text with its line breaks lost, as document sites show
// it, or a Word 97 file read as text — is cut before what starts a line in the genre: the parts of
// the header (the number, the place and date, the kind), "Kính gửi:", "Căn cứ", "Thực hiện", and a
// heading or an item after the end of a sentence. A long line of an ordinary copy has no such
// places, or too few to be cut.
const COLLAPSED = 600;
const CUT_BEFORE =
  /(?<=\S)\s+(?=CỘNG\s+H[OÒ][AÀ]\s|Độc\s+lập\s*[-–]|Số\s*:|V\/v\s|Kính\s+gửi\s*:|Căn\s+cứ\s|Thực\s+hiện\s|Nơi\s+nhận\s*:|(?:KẾ HOẠCH|QUYẾT ĐỊNH|HƯỚNG DẪN|THÔNG BÁO)\s)|(?<=[.;:])\s+(?=[IVX]{1,5}\.?\s+\p{Lu}|\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}|[a-zđ]\)\s|[-–+•]\s+\p{Lu})|(?<=,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|Số\s*:\s*\S{0,8}\s*\/\s*[\p{L}\d.-]+)\s+(?=\p{Lu})/gu;

function uncollapse(raw: string, folded: boolean): string[] {
  if (raw.length < COLLAPSED) return [raw];
  const parts = raw.split(forCopy(folded, CUT_BEFORE)).filter((p) => p && p.trim());
  return parts.length >= 4 ? parts : [raw];
}

/** Splits the input (NFC) into lines (\r\n, \r, \n) and reads each one; `folded`: the copy lost its diacritics. */
export function readLines(text: string, folded = false): Line[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: Line[] = [];
  for (let i = 0; i < raw.length; i++) for (const part of uncollapse(raw[i], folded)) out.push(readLine(part, i + 1, true));
  return out;
}
