// Plan text → logical paragraphs → a heading tree. Plans arrive copied from PDF (every visual line
// its own line, often with blank lines between them), from Word (one paragraph per line) or as
// Markdown; the structure that survives all three is the numbering: "II.", "2.1.", "a)", "-", "+".
import { nfc } from '../core/normalize';

export type MarkerType = 'roman' | 'num' | 'letter' | 'bullet' | 'plus' | 'label' | 'prose' | 'row';

export interface Para {
  /** The paragraph's full text, marker included, lines joined, NFC, single spaces. */
  text: string;
  /** The text without its numbering or bullet. */
  body: string;
  type: MarkerType;
  /** "II", "2.1", "a" — the numbering, or '' for bullets and prose. */
  id: string;
  /** 1-based line of the paragraph's first line in the original text. */
  line: number;
}

export interface Node {
  para: Para;
  rank: number;
  parent: Node | null;
  children: Node[];
}

const RE_ROMAN = /^([IVXL]{1,6})\s*[.)]\s*(.+)$/u;
const RE_NUM = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(\S.*)$/u;
const RE_NUM_NODOT = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\p{L}.*)$/u;
const RE_LETTER = /^([a-zđ])\s*\)\s*(.+)$/u;
const RE_BULLET = /^[-–—−•·●▪]\s*(.*)$/u;
const RE_PLUS = /^[+]\s*(.*)$/u;
const RE_STAR_BULLET = /^\*\s+(.*)$/u;
const TERMINAL = /[.;:!?…]["”’)]*$/u;
const NEW_PARA_WORDS = /^(?:Căn cứ|Thực hiện|Thi hành|Trên cơ sở|Nơi nhận|Trên đây|KẾ HOẠCH)\b/u;

/** Removes Markdown emphasis, HTML residue and table pipes; keeps the words. */
export function cleanLine(raw: string): string {
  let s = raw.normalize('NFC').replace(/[\u200B-\u200D\uFEFF]/g, '');
  s = s.replace(/<\/?[a-zA-Z][^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
  s = s.replace(/\*\*|__/g, '');
  // Single-star italics around a whole line ("*Nghệ An, ngày 19"), not a "* " bullet.
  s = s.replace(/^\s*\*(?=\S)/, '').replace(/(?<=\S)\*\s*$/, '');
  s = s.replace(/^\s*#{1,6}\s+/, '');
  return s;
}

function isNoise(s: string): boolean {
  const t = s.trim();
  if (!t) return true;
  if (/^[|\-–—_=\s*]+$/.test(t)) return true; // table borders, "-------"
  if (/^(?:trang\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?$/i.test(t)) return true; // stray page number, "Trang 2/3"
  if (/^-\s*\d{1,3}\s*-$/.test(t)) return true;
  if (/^Số\s*:?\s*[\d\s./…]*\/\s*[A-ZĐ]{1,6}(?:-[A-ZĐ0-9]+)*\s*$/u.test(t)) return true; // "Số: /KH-SYT"
  return false;
}

function classify(text: string): { type: MarkerType; id: string; body: string } {
  let m: RegExpExecArray | null;
  // "Điều 3. Tiêu chuẩn khen thưởng": plans written like a regulation use articles as top sections.
  if ((m = /^Điều\s+(\d{1,2})\s*[.:]\s*(\S.*)$/u.exec(text))) return { type: 'roman', id: `Điều ${m[1]}`, body: m[2].trim() };
  if ((m = RE_ROMAN.exec(text)) && /^(?=[IVXL])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/.test(m[1]))
    return { type: 'roman', id: m[1], body: m[2].trim() };
  if ((m = RE_NUM.exec(text)) || (m = RE_NUM_NODOT.exec(text))) {
    // "2021- 2025 ..." and "30/4" are not numbering: the body must start with a letter or a quote.
    if (/^[\p{L}“"(]/u.test(m[2])) return { type: 'num', id: m[1], body: m[2].trim() };
  }
  if ((m = RE_LETTER.exec(text))) return { type: 'letter', id: m[1], body: m[2].trim() };
  if ((m = RE_BULLET.exec(text)) && !/^-\s*\d/.test(text)) return { type: 'bullet', id: '', body: m[1].trim() };
  if ((m = RE_PLUS.exec(text))) return { type: 'plus', id: '', body: m[1].trim() };
  if ((m = RE_STAR_BULLET.exec(text))) return { type: 'bullet', id: '', body: m[1].trim() };
  return { type: 'prose', id: '', body: text };
}

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Logical paragraphs with their first line number. */
export function paragraphs(text: string): Para[] {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Para[] = [];
  let cur: { lines: string[]; line: number; lastRawLen: number; row: boolean } | null = null;
  const flush = () => {
    if (!cur) return;
    const joined = nfc(cur.lines.join(' '));
    if (joined) {
      const c = cur.row ? { type: 'row' as MarkerType, id: '', body: joined } : classify(joined);
      out.push({ text: joined, body: c.body, type: c.type, id: c.id, line: cur.line });
    }
    cur = null;
  };
  let blankBefore = false;
  rawLines.forEach((raw, i) => {
    if (!raw.trim()) {
      blankBefore = true;
      return;
    }
    const hadBlank = blankBefore;
    blankBefore = false;
    const hasTab = /\t/.test(raw) && raw.trim().includes('\t');
    const cleaned = cleanLine(hasTab ? raw.split('\t').map((c) => c.trim()).filter(Boolean).join(' ; ') : raw);
    if (isNoise(cleaned)) return;
    const s = nfc(cleaned);
    const marker = classify(s).type !== 'prose';
    if (cur && !hasTab && !cur.row && !marker && !NEW_PARA_WORDS.test(s)) {
      const prev = cur.lines[cur.lines.length - 1];
      const prevUpper = isUpper(cur.lines.join(' '));
      const lower = /^[\p{Ll}“"(0-9]/u.test(s);
      // A wrapped bullet may hold several sentences: "… hợp pháp.\nGiải quyết nhiều việc làm …".
      const bulletGoesOn =
        !hadBlank && /^(?:bullet|plus)$/.test(classify(cur.lines[0]).type) && !/:["”]?$/.test(prev) && cur.lastRawLen >= 45 && !isUpper(s) &&
        // a short line ending in ":" ("Đối với cá nhân:") opens a new list, it does not continue one
        !(/:$/.test(s) && s.length <= 60) && !/^Đối\s+với\s/u.test(s);
      const join =
        bulletGoesOn ||
        !TERMINAL.test(prev) &&
        (prevUpper ? isUpper(s) : lower || cur.lastRawLen >= 45) &&
        !(isUpper(s) && !prevUpper && s.length > 3);
      if (join) {
        cur.lines.push(s);
        cur.lastRawLen = raw.trim().length;
        return;
      }
    }
    flush();
    cur = { lines: [s], line: i + 1, lastRawLen: raw.trim().length, row: hasTab };
  });
  flush();
  return out;
}

function rankOf(p: Para): number {
  switch (p.type) {
    case 'roman':
      return 1;
    case 'num':
      return 1 + p.id.split('.').length;
    case 'letter':
      return 10;
    case 'label':
      return 15;
    case 'bullet':
      return 20;
    case 'plus':
      return 21;
    default:
      return 30;
  }
}

/** The heading tree. Prose attaches to the nearest heading; a short prose line ending in ":" acts as a label heading. */
export function buildTree(paras: Para[]): Node {
  const root: Node = { para: { text: '', body: '', type: 'prose', id: '', line: 0 }, rank: 0, parent: null, children: [] };
  const stack: Node[] = [root];
  for (const p of paras) {
    if (p.type === 'prose' && /:$/.test(p.text) && p.text.length <= 100) p.type = 'label';
    const rank = rankOf(p);
    if (rank >= 30) {
      while (stack.length > 1 && stack[stack.length - 1].rank >= 20) stack.pop();
      const parent = stack[stack.length - 1];
      parent.children.push({ para: p, rank, parent, children: [] });
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    const node: Node = { para: p, rank, parent, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

export function* walk(n: Node): Generator<Node> {
  for (const c of n.children) {
    yield c;
    yield* walk(c);
  }
}

/** Heading children (numbered, lettered, labelled), not bullets or prose. */
export function headingChildren(n: Node): Node[] {
  return n.children.filter((c) => c.rank < 20);
}

export function listChildren(n: Node): Node[] {
  return n.children.filter((c) => c.rank >= 20 && c.rank < 30);
}

/** A heading's own title: the body before a colon (when the part before it is a title). */
export function headTitle(p: Para): string {
  const i = p.body.indexOf(':');
  const t = i > 0 ? p.body.slice(0, i) : p.body;
  return t.replace(/[\s.:;]+$/u, '').trim();
}

/** Text after the heading's colon, '' when none. */
export function headRest(p: Para): string {
  const i = p.body.indexOf(':');
  return i > 0 ? p.body.slice(i + 1).trim() : '';
}
