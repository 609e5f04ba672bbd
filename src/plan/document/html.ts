// HTML (mammoth's rendering of a .docx, a saved web page, pasted HTML) → text the document model
// reads: one line per paragraph, lists as "-"/"+" or "1."/"a)" items, data tables as pipe rows
// ("| a | b |"), and a one-row layout table (the header block: issuer | Quốc hiệu, or the signature
// block) as its cells one after the other, separated by "|" lines, the way converted copies show it.
//
// A small tolerant tag scanner rather than a parser library: the model needs only where blocks,
// list items, rows and cells begin and end — no DOM, no attribute handling beyond colspan/rowspan —
// it must run in Node (the CLI) and in the pane without a DOM, and mammoth's output is regular.
// Broken markup (unclosed tags, stray "<") degrades to text, never to an exception.
import { decodeEntities } from './chars';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'pre', 'dt', 'dd', 'address', 'center', 'caption', 'figcaption', 'main', 'aside', 'nav', 'hr']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'object']);
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;

interface Cell {
  paras: string[];
  colspan: number;
  rowspan: number;
}

interface TableState {
  rows: Cell[][];
  row: Cell[] | null;
  cell: Cell | null;
}

interface ListState {
  ordered: boolean;
  count: number;
}

const ROMAN_LOWER = 'abcdefghiklmnopqrstuvxy';

function attr(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= 100 ? n : 1;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapePipes = (s: string) => s.replace(/\|/g, '\\|');

/**
 * Rows with merged cells spread out: a colspan's text in its first cell, the cells it covers empty;
 * a rowspan's text repeated below (`below: 'repeat'`, for pipe rows) or left to its top cell as a
 * spreadsheet keeps it (`'empty'`). A cell's paragraphs are joined with `join`.
 */
function grid(rows: Cell[][], join: string, below: 'repeat' | 'empty'): string[][] {
  const out: string[][] = [];
  const carry: { text: string; left: number }[] = [];
  for (const row of rows) {
    const line: string[] = [];
    let col = 0;
    const takeCarry = () => {
      while (carry[col] && carry[col].left > 0) {
        line.push(below === 'repeat' ? carry[col].text : '');
        carry[col].left--;
        col++;
      }
    };
    for (const c of row) {
      takeCarry();
      const text = c.paras.map(squeeze).filter(Boolean).join(join);
      for (let k = 0; k < c.colspan; k++) {
        line.push(k === 0 ? text : '');
        if (c.rowspan > 1) carry[col] = { text, left: c.rowspan - 1 };
        col++;
      }
    }
    takeCarry();
    out.push(line);
  }
  return out;
}

function renderTable(rows: Cell[][], out: string[]): void {
  const filled = rows.filter((r) => r.some((c) => c.paras.some((p) => p.trim())));
  if (!filled.length) return;
  if (filled.length === 1) {
    // A layout table: the header block or the signature block, each cell a column of paragraphs.
    out.push('');
    for (const c of filled[0]) {
      for (const p of c.paras) if (p.trim()) out.push(squeeze(p));
      out.push('|');
    }
    out.push('');
    return;
  }
  out.push('');
  // Paragraphs of a cell stay apart ("<br>"): a header cell holds the issuer and the number.
  for (const r of grid(filled, ' <br> ', 'repeat')) out.push('| ' + r.map(escapePipes).join(' | ') + ' |');
  out.push('');
}

/** The text of an HTML document, as lines. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  scan(html, out, (rows, into) => renderTable(rows, into));
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** A line of text, or a table's rows of cell texts. */
export type HtmlBlock = string | string[][];

/**
 * The document as a units' list reader wants it: its lines of text, and each table (not one inside
 * another, which stays text in its cell) as rows of cells the way a spreadsheet holds merged cells —
 * the text in the first cell of a colspan and the top cell of a rowspan, the cells they cover empty;
 * a cell's paragraphs joined by line breaks; empty rows kept, so row k is the table's k-th row.
 */
export function htmlBlocks(html: string): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  scan(html, out, (rows, into, nested) => {
    if (nested) renderTable(rows, into as string[]);
    else into.push(grid(rows, '\n', 'empty'));
  });
  return out.filter((b) => typeof b !== 'string' || b !== '');
}

/**
 * The tag scanner both readers share: text lines go to `out` (a paragraph, a list item, a line break
 * each end one); each table, when it closes, goes to `table` with where its output belongs — `out`,
 * or for a table inside a table's cell, the lines of that cell (`nested`).
 */
function scan<T>(html: string, out: (string | T)[], table: (rows: Cell[][], into: (string | T)[], nested: boolean) => void): void {
  let line = '';
  const lists: ListState[] = [];
  const tables: TableState[] = [];
  let skip = 0;
  let skipTag = '';
  const cell = (): Cell | null => (tables.length ? tables[tables.length - 1].cell : null);
  const endLine = () => {
    const c = cell();
    if (c) {
      if (line.trim()) c.paras.push(line);
    } else if (line.trim()) out.push(squeeze(line));
    line = '';
  };
  const bulletFor = (): string => {
    const depth = lists.length;
    const l = lists[depth - 1];
    if (!l) return '';
    if (!l.ordered) return depth <= 1 ? '- ' : depth === 2 ? '+ ' : '• ';
    l.count++;
    if (depth <= 1) return `${l.count}. `;
    if (depth === 2) return `${ROMAN_LOWER[(l.count - 1) % ROMAN_LOWER.length]}) `;
    return '- ';
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    if (m[4] !== undefined || m[0] === '<') {
      if (!skip) line += decodeEntities(m[0] === '<' ? '<' : m[4]).replace(/\s+/g, ' ');
      continue;
    }
    const tag = (m[2] ?? '').toLowerCase();
    if (!tag) continue; // comment, doctype
    const closing = m[1] === '/';
    if (skip) {
      if (closing && tag === skipTag && --skip === 0) skipTag = '';
      else if (!closing && tag === skipTag) skip++;
      continue;
    }
    if (SKIP.has(tag) && !closing && !/\/\s*$/.test(m[3])) {
      skip = 1;
      skipTag = tag;
      continue;
    }
    if (tag === 'br') {
      endLine();
      continue;
    }
    if (BLOCK.has(tag)) {
      endLine();
      continue;
    }
    if (tag === 'ul' || tag === 'ol') {
      endLine();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
      continue;
    }
    if (tag === 'li') {
      endLine();
      if (!closing) line = bulletFor();
      continue;
    }
    if (tag === 'table') {
      endLine();
      if (!closing) tables.push({ rows: [], row: null, cell: null });
      else {
        const t = tables.pop();
        if (t) {
          if (t.row) t.rows.push(t.row);
          const outer = cell();
          if (outer) {
            const rendered: string[] = [];
            table(t.rows, rendered, true);
            outer.paras.push(...rendered.filter((s) => s && s !== '|'));
          } else table(t.rows, out, false);
        }
      }
      continue;
    }
    const t = tables[tables.length - 1];
    if (!t) continue;
    if (tag === 'tr') {
      endLine();
      if (t.row) t.rows.push(t.row);
      t.row = closing ? null : [];
      t.cell = null;
    } else if (tag === 'td' || tag === 'th') {
      endLine();
      if (closing) t.cell = null;
      else {
        if (!t.row) t.row = [];
        t.cell = { paras: [], colspan: attr(m[3], 'colspan'), rowspan: attr(m[3], 'rowspan') };
        t.row.push(t.cell);
      }
    }
  }
  endLine();
  while (tables.length) {
    const t = tables.pop() as TableState;
    if (t.row) t.rows.push(t.row);
    table(t.rows, out, false);
  }
}

/** Whether pasted or read text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:div|p|table|h[1-6])[\s>])/i.test(text);
}
