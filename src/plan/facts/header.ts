// The header block of a Vietnamese administrative document (Nghị định 30/2020, Phụ lục I): the
// issuing body (upper case, the higher level above it), "Số: 982/KH-UBND", the Quốc hiệu and
// Tiêu ngữ, "Nghệ An, ngày 19 tháng 11 năm 2025", the kind ("KẾ HOẠCH", "QUYẾT ĐỊNH"…) and the
// trích yếu under it — or "V/v …" under the number in a Công văn. Copies lay the two columns out
// as a table ("|" cells), one after the other, or side by side on one line.
import type { Block, DocModel } from '../document';
import type { PlanKind } from '../../core/types';
import { isValidYmd } from '../../core/dates';
import { isUpperText, trimPunct } from '../document/chars';
import { AUTHORITY, KIND_WORDS, META_LINE as META } from '../document/paragraphs';
import { forCopy } from '../document/fold';
import { DOUBTFUL, LIKELY, SURE, fact, sourceOf, spanSource, type Fact, type Source } from './fact';
import { issuerFromHeader, opensWithBody } from './orgName';
import { cleanTitle, codedTitle, cutTitle, formTitle, headingTitle } from './title';

export interface Header {
  issuer: Fact<string> | null;
  number: Fact<string> | null;
  date: Fact<string> | null;
  /** Year of a date whose day is left blank ("ngày   tháng 08 năm 2022"). */
  partialYear: number | null;
  /** The place before ", ngày". */
  place: string | null;
  kind: Fact<PlanKind> | null;
  /** The kind as written ("QUY CHẾ", "THỂ LỆ"). */
  kindWord: string | null;
  title: Fact<string> | null;
  /** Index of the kind block (the body starts after the title), -1 when none. */
  kindAt: number;
  /** Index of the first block after the header and title. */
  bodyAt: number;
}

interface Item {
  text: string;
  line: number;
  /** Column of a table cell (0 = left), 0 for paragraphs. */
  col: number;
  block: Block;
  from: number;
}

const KIND_OF: Record<string, PlanKind> = {
  'KẾ HOẠCH': 'ke-hoach',
  'CHƯƠNG TRÌNH': 'ke-hoach',
  'QUYẾT ĐỊNH': 'quyet-dinh',
  'QUY ĐỊNH': 'quy-dinh',
  'QUY CHẾ': 'quy-dinh',
  'THỂ LỆ': 'quy-dinh',
  'HƯỚNG DẪN': 'huong-dan',
  'THÔNG BÁO': 'thong-bao',
  'CÔNG VĂN': 'cong-van',
};

const kindRes = new Map<string, RegExp>();

/** The kind a kind word names, as written or without its diacritics ("Hng dn", "KE HOACH"). */
function kindOfWord(word: string, folded: boolean): { kind: PlanKind | null; word: string } {
  const w = word.toLocaleUpperCase('vi');
  if (w in KIND_OF || w === 'THÔNG TƯ') return { kind: KIND_OF[w] ?? null, word: w };
  for (const k of [...Object.keys(KIND_OF), 'THÔNG TƯ']) {
    let re = kindRes.get(k);
    if (!re) kindRes.set(k, (re = new RegExp(`^${k.replace(/ /g, '\\s+')}$`, 'iu')));
    if (forCopy(folded, re).test(w)) return { kind: KIND_OF[k] ?? null, word: k };
  }
  return { kind: null, word: w };
}

/** Letters apart: at most one substitution, insertion or deletion. */
function oneApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return i >= Math.min(a.length, b.length) || tail(a, b);
}

/** "KE ROACH To chuc …": an OCR'd kind word at the start of a block of a copy without diacritics. */
function ocrKind(text: string): { word: string; rest: string } | null {
  const m = /^([A-Z]{2,6}\s+[A-Z]{2,6})(?:\s+(\S.{8,}))?$/u.exec(text);
  if (!m) return null;
  const hit = FOLDED_KINDS.find(([f]) => oneApart(f, m[1].replace(/\s+/g, ' ')));
  return hit ? { word: hit[1], rest: m[2] ?? '' } : null;
}
const SYMBOL_KIND: Record<string, PlanKind> = { KH: 'ke-hoach', QĐ: 'quyet-dinh', QD: 'quyet-dinh', HD: 'huong-dan', TB: 'thong-bao', QC: 'quy-dinh', QyĐ: 'quy-dinh', CTr: 'ke-hoach' };

const QUOC_HIEU = /CỘNG\s+H[OÒ][AÀ]|HỘI\s+CHỦ\s+NGHĨA|CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
const MOTTO = /Độc\s+lập\s*[-–]|ĐỘC\s+LẬP\s*[-–]/u;
const MARKS = /^(?:KHẨN|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|MẬT|TỐI MẬT|DỰ THẢO|BẢN SAO)$/u;
const NUMBER = /^Số\s*:?\s*(.*)$/iu;
// "ngày29 tháng 12 năm 2023": copies squash the spaces.
const DATE = /(?:^|,\s*|\s)ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})|(?:^|,\s*|\s)ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const PARTIAL_DATE = /ngày[\s\d.…_]*tháng[\s\d.…_]*năm\s+(\d{4})/u;
const PLACE = /^([\p{Lu}][\p{L}\s.'-]{0,40}?),\s*ngày\b/u;
// A site's date line ("Thứ bảy, ngày 27/04/2024", "Cập nhật, ngày …") dates a page but names a day, not a place.
export const DAY_NAME = /^(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|Cập\s+nhật|Đăng\s+ngày|Ngày\s+đăng|Hôm\s+nay)$/iu;
const placeIn = (re: RegExp, text: string): string | null => {
  const p = re.exec(text)?.[1].trim() ?? null;
  return p && !DAY_NAME.test(p) ? p : null;
};
// Where a line that holds both columns ("SỞ Y TẾ CỘNG HÒA XÃ HỘI …") is cut.
const CUT = /(?=CỘNG\s+H[OÒ][AÀ]\s+XÃ)|(?=Độc\s+lập\s*[-–])|(?=ĐỘC\s+LẬP\s*[-–])|(?<=\S\s)(?=Số\s*:)|(?<=[\p{Lu}\d)]\s)(?=[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){0,3},\s*ngày\b)/u;
const TITLE_STOP = /^(?:Căn cứ|Thực hiện|Thi hành|Theo\s|Xét\s|Để\s|Nhằm\s|Trên cơ sở|Kính gửi|Hôm nay|Ngày\s+\d|\(?\s*Ban hành kèm theo|\(?\s*Kèm theo)/u;
// Not a sentence about the document ("Kế hoạch nhằm nêu cao …", "Kế hoạch được triển khai …"): its purpose or fate is no trích yếu.
const RUNNING_TITLE = /^(Kế hoạch|Quyết định|Hướng dẫn|Thông báo|Quy định|Quy chế|Thể lệ)\s+(?!(?:số|này|của|trên|nhằm|được|đã|sẽ|là|có|gồm|đề\s+ra|yêu\s+cầu)(?![\p{L}]))(\p{Ll}.{10,})$/u;
const KIND_LINE = /^(KẾ HOẠCH|QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|THỂ LỆ|HƯỚNG DẪN|THÔNG BÁO|THÔNG TƯ)\s+(\S.{8,})$/u;
/** A site's section label naming the kind ("Thông báo") on a line of its own above the title. */
const KIND_LABEL = /^(Kế hoạch|Quyết định|Hướng dẫn|Thông báo|Quy định|Quy chế|Công văn)$/u;
/** A page that quotes an article names its document first: "Điều 22 Thông tư 57/2020/TT-BQP …", "Thông tư số 79/2023/TT-BTC ngày 29/12/2023". */
const NAMED_DOCUMENT =
  /^(?:Điều\s+\d{1,3}\.?\s+)?(?:Thông\s+tư|Quyết\s+định|Nghị\s+định|Kế\s+hoạch|Hướng\s+dẫn|Quy\s+định|Thông\s+báo|Công\s+văn)\s+(?:số\s*:?\s*)?(\d{1,5}\/\d{4}\/[\p{L}\d-]+)(?:\s+ngày\s*(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4}))?/u;
/** Kind words as copies without diacritics keep them, OCR letters and all ("KE ROACH"): compared at one letter's distance. */
const FOLDED_KINDS: [string, string][] = [['KE HOACH', 'KẾ HOẠCH'], ['QUYET DINH', 'QUYẾT ĐỊNH'], ['HUONG DAN', 'HƯỚNG DẪN'], ['THONG BAO', 'THÔNG BÁO'], ['QUY DINH', 'QUY ĐỊNH'], ['THONG TU', 'THÔNG TƯ']];

function splitCut(text: string, folded: boolean): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const cut = forCopy(folded, CUT);
  let rest = text;
  let at = 0;
  for (let guard = 0; guard < 6; guard++) {
    const m = cut.exec(rest.slice(1));
    if (!m) break;
    const k = m.index + 1;
    out.push({ text: rest.slice(0, k).trim(), at });
    at += k;
    rest = rest.slice(k);
  }
  out.push({ text: rest.trim(), at });
  return out.filter((x) => x.text);
}

/** The header's pieces: each line of its paragraphs and each cell of its tables, cut where two columns meet. */
function items(blocks: Block[], folded: boolean): Item[] {
  const out: Item[] = [];
  for (const b of blocks) {
    if (b.table) {
      const cols = Math.max(...b.table.rows.map((r) => r.cells.length));
      for (let c = 0; c < cols; c++)
        for (const r of b.table.rows) {
          const lines = r.cellLines?.[c] ?? (r.cells[c] ? [r.cells[c]] : []);
          for (const cell of lines) for (const piece of splitCut(cell, folded)) out.push({ text: piece.text, line: r.line, col: c, block: b, from: 0 });
        }
      continue;
    }
    b.starts.forEach((s, i) => {
      const end = i + 1 < b.starts.length ? b.starts[i + 1].at - 1 : b.text.length;
      for (const piece of splitCut(b.text.slice(s.at, end), folded)) out.push({ text: piece.text, line: s.line, col: 0, block: b, from: s.at + piece.at });
    });
  }
  return out;
}

const itemSource = (it: Item): Source => ({ lines: [it.line, it.line], text: it.text });

/** Where the header's own parts (Quốc hiệu, "Số:", the place and date, "V/v") lie: a site's menu may come before them. */
function headerParts(doc: DocModel): { first: number; last: number } {
  const folded = doc.layout.folded;
  let first = -1;
  let last = -1;
  for (let i = 0; i < Math.min(doc.blocks.length, 40); i++) {
    const b = doc.blocks[i];
    const t = b.text;
    // The body has begun: the place and date under the signature is no part of the header.
    if (forCopy(folded, BODY_OPENS).test(t) || ['roman', 'part', 'chapter', 'article'].includes(b.marker)) break;
    if (!(forCopy(folded, QUOC_HIEU).test(t) || forCopy(folded, /^Số\s*:/u).test(t) || forCopy(folded, PLACE).test(t) || /^V\/v\s/iu.test(t))) continue;
    if (first < 0) first = i;
    last = i;
  }
  return { first, last };
}

function kindBlock(doc: DocModel, parts: { first: number }): { at: number; word: string; rest: string } {
  const folded = doc.layout.folded;
  const limit = Math.min(doc.blocks.length, doc.regions.length ? doc.regions[0].start : doc.blocks.length, 40);
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i];
    // The kind line is above the body: a kind word in a heading under "Căn cứ …" or "Kính gửi" is a
    // section's. A site's numbered menu above the header is no body.
    const opensBody = forCopy(folded, PREAMBLE).test(b.text) || (b.marker !== 'none' && b.marker !== 'bullet' && b.marker !== 'upper');
    if (b.type === 'para' && opensBody && i > parts.first) break;
    if (b.type !== 'para' || b.marker !== 'none') continue;
    if (forCopy(folded, KIND_WORDS).test(b.text) && b.text !== 'PHỤ LỤC') return { at: i, word: b.text, rest: '' };
    const m = forCopy(folded, KIND_LINE).exec(b.text);
    if (m && !/^(?:số|này|của)\b/iu.test(m[2])) return { at: i, word: m[1], rest: m[2] };
    const ocr = folded ? ocrKind(b.text) : null;
    if (ocr) return { at: i, ...ocr };
  }
  return { at: -1, word: '', rest: '' };
}

/** Title blocks after the kind line: up to the first heading, "Căn cứ …" or body sentence. */
function titleBlocks(doc: DocModel, from: number, upper: boolean | null = null): Block[] {
  const out: Block[] = [];
  const folded = doc.layout.folded;
  let len = 0;
  for (let i = from; i < doc.blocks.length && out.length < 3; i++) {
    const b = doc.blocks[i];
    if (b.type !== 'para' || b.marker !== 'none' || forCopy(folded, TITLE_STOP).test(b.text) || forCopy(folded, KIND_WORDS).test(b.text) || (out.length && AUTHORITY.test(b.text))) break;
    if (/^-+$/.test(b.text)) break;
    // A page's metadata ends the title, with the short label printed just above it (a site's section, a byline).
    if (META.test(b.text)) {
      if (out.length && /^\p{Lu}/u.test(out[out.length - 1].text) && out[out.length - 1].text.split(/\s+/).length <= 3) out.pop();
      break;
    }
    // After a kind line that holds the title's start, only lines of the same case go on with it.
    if (upper !== null && !out.length && b.upper !== upper) break;
    if (out.length && (/[.:]$/.test(out[out.length - 1].text) || !b.upper !== !out[0].upper)) break;
    len += b.text.length;
    if (len > 500) break;
    out.push(b);
  }
  return out;
}

function readDate(its: Item[], folded: boolean, formal: boolean): { date: Fact<string> | null; partialYear: number | null; place: string | null } {
  const [date, partial, place] = [forCopy(folded, DATE), forCopy(folded, PARTIAL_DATE), forCopy(folded, PLACE)];
  // A date broken over two lines ("Nghệ An, ngày 19" / "tháng 11 năm 2025") is read from the rest of its paragraph.
  const texts = its.map((it) => ({ it, text: it.block.table ? it.text : it.block.text.slice(it.from) }));
  for (const { it, text } of texts) {
    // Above a web copy's body, a date in a sentence is a cited document's: only a place-and-date line dates the copy.
    if (!formal && !place.test(text)) continue;
    const m = date.exec(text);
    if (m) {
      const d = +(m[1] ?? m[4]);
      const mo = +(m[2] ?? m[5]);
      const y = +(m[3] ?? m[6]);
      if (!isValidYmd(y, mo, d)) continue;
      const src: Source = it.block.table ? itemSource(it) : sourceOf(it.block, it.from, it.from + m.index + m[0].length);
      return { date: fact(ymd(y, mo, d), src, SURE), partialYear: y, place: placeIn(place, text) };
    }
    const p = partial.exec(text);
    if (p) return { date: null, partialYear: +p[1], place: placeIn(place, text) };
  }
  return { date: null, partialYear: null, place: null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function readNumber(its: Item[], folded: boolean): { number: Fact<string> | null; symbol: string | null } {
  const number = forCopy(folded, NUMBER);
  for (let i = 0; i < its.length; i++) {
    const m = number.exec(its[i].text);
    if (!m) continue;
    let v = m[1].trim();
    if (!v && its[i + 1]) v = its[i + 1].text.trim();
    const n = /^(\d[\d.]*)?\s*\/\s*([\p{L}\d][\p{L}\d./-]*)/u.exec(v);
    if (!n) continue;
    const symbol = n[2];
    const written = n[1] ? `${n[1]}/${symbol}` : null;
    return { number: written ? fact(written, itemSource(its[i]), SURE) : null, symbol };
  }
  return { number: null, symbol: null };
}

/** "Điều 22 Thông tư 57/2020/TT-BQP …" at the top of a page that quotes one article: the document's number (and date). */
function namedDocument(doc: DocModel): { number: Fact<string>; date: Fact<string> | null; symbol: string } | null {
  const b = doc.blocks.find((x) => x.type === 'para');
  if (!b || b.index > 2) return null;
  const m = forCopy(doc.layout.folded, NAMED_DOCUMENT).exec(b.text);
  if (!m) return null;
  const src = sourceOf(b, 0, m[0].length);
  const date = m[2] && isValidYmd(+m[4], +m[3], +m[2]) ? fact(ymd(+m[4], +m[3], +m[2]), src, LIKELY) : null;
  return { number: fact(m[1], src, LIKELY), date, symbol: m[1].split('/').slice(1).join('/') };
}

function kindFromSymbol(symbol: string | null): PlanKind | null {
  if (!symbol) return null;
  const parts = symbol.split('/').pop()?.split('-') ?? [];
  for (const p of parts) if (SYMBOL_KIND[p]) return SYMBOL_KIND[p];
  return null;
}

interface KindAndTitle {
  kind: Fact<PlanKind> | null;
  kindWord: string | null;
  title: Fact<string> | null;
  bodyAt: number;
}

/** The kind line and the trích yếu under it (or on the same line). */
function fromKindLine(doc: DocModel, k: { at: number; word: string; rest: string }): KindAndTitle {
  const kb = doc.blocks[k.at];
  const { kind, word } = kindOfWord(k.word, doc.layout.folded);
  const kindFact = kind ? fact(kind, sourceOf(kb, 0, k.word.length), SURE) : null;
  if (k.rest) {
    // "QUY ĐỊNH VỀ TIÊU CHÍ …" / "NĂM HỌC 2022- 2023": the title goes on in lines of its case.
    const more = titleBlocks(doc, k.at + 1, kb.upper);
    const at = kb.text.length - k.rest.length;
    const text = cutTitle([k.rest, ...more.map((b) => b.text)].join(' '), doc.layout.folded);
    const src = more.length ? { lines: [kb.lines[0], more[more.length - 1].lines[1]] as [number, number], text: [kb.text.slice(at), ...more.map((b) => b.text)].join(' ') } : sourceOf(kb, at);
    return { kind: kindFact, kindWord: word, title: fact(cleanTitle(text), src, LIKELY), bodyAt: k.at + 1 + more.length };
  }
  const tb = titleBlocks(doc, k.at + 1);
  const title = tb.length ? fact(cleanTitle(cutTitle(tb.map((b) => b.text).join(' '), doc.layout.folded)), spanSource(tb), SURE) : null;
  return { kind: kindFact, kindWord: word, title, bodyAt: k.at + 1 + tb.length };
}

/** A copy without a kind line: a site's label, a portal's code, a running title, else the first heading line. */
function headless(doc: DocModel, headEnd: number, formal: boolean): KindAndTitle {
  const folded = doc.layout.folded;
  for (let i = 0; i < Math.min(3, headEnd, doc.blocks.length); i++) {
    const b = doc.blocks[i];
    const label = b.type === 'para' ? forCopy(folded, KIND_LABEL).exec(trimPunct(b.text)) : null;
    if (label) {
      const { kind, word } = kindOfWord(label[1], folded);
      const title = formal ? null : headingTitle(doc, i + 1, Math.max(headEnd, i + 2));
      return { kind: kind ? fact(kind, sourceOf(b), LIKELY) : null, kindWord: word, title, bodyAt: headEnd };
    }
    const coded = codedTitle(b);
    if (coded) return { ...coded, kindWord: null, bodyAt: Math.max(headEnd, i + 1) };
  }
  const running = runningTitle(doc, headEnd);
  if (running) return { ...running, bodyAt: headEnd };
  // A signed document's title is under its kind line: its header's lines are no title.
  return { kind: null, kindWord: null, title: formal ? null : (headingTitle(doc, 0, headEnd) ?? formTitle(doc)), bodyAt: headEnd };
}

/**
 * The Quốc hiệu's first word left alone on its line by a flattened table ("CỘNG" / "HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM"): no word of the issuer's name.
 */
function quocHieuHead(its: { text: string }[], i: number, folded: boolean): boolean {
  const next = its[i + 1]?.text ?? '';
  return forCopy(folded, /^CỘNG$/u).test(its[i].text.trim()) && forCopy(folded, /^H[OÒ][AÀ]\s+XÃ\s+HỘI/u).test(next.trim());
}

export function readHeader(doc: DocModel): Header {
  const folded = doc.layout.folded;
  const R = (re: RegExp) => forCopy(folded, re);
  const parts = headerParts(doc);
  const k = kindBlock(doc, parts);
  const headEnd = k.at >= 0 ? k.at : firstBodyBlock(doc, parts);
  // The issuer's lines sit beside or just above the header's parts; a page's chrome above them is no header.
  const head = doc.blocks.slice(Math.max(0, parts.first - 4), headEnd);
  const its = items(head, folded);
  // Upper-case lines above the kind line are the issuer when the header has its other parts; a
  // copy without them (a web page) has a site's banner there, so only a body's name counts.
  const formal = its.some((it) => R(QUOC_HIEU).test(it.text) || R(MOTTO).test(it.text) || R(NUMBER).test(it.text) || R(PLACE).test(it.text));
  const nameBlocks = new Set<Block>();
  const issuerItems = its.filter((it, i) => {
    if (!(it.col === 0 && isUpperText(it.text, 2) && /(?:^|\s)\p{L}{2,}(?:\s|$)/u.test(it.text) && !/^Số\b/iu.test(it.block.text) && !R(QUOC_HIEU).test(it.text) && !quocHieuHead(its, i, folded) && !R(MOTTO).test(it.text) && !R(MARKS).test(it.text) && !R(NUMBER).test(it.text) && !R(KIND_WORDS).test(it.text))) return false;
    // A name wrapped over lines ("SỞ TÀI NGUYÊN VÀ / MÔI TRƯỜNG") goes on in its block.
    if (formal || nameBlocks.has(it.block) || opensWithBody(it.text)) return nameBlocks.add(it.block), true;
    return false;
  });
  const issuer = issuerItems.length
    ? fact(issuerFromHeader(issuerItems.map((x) => x.text)), { lines: [issuerItems[0].line, issuerItems[issuerItems.length - 1].line], text: issuerItems.map((x) => x.text).join(' / ') }, SURE)
    : null;
  const read = readNumber(its, folded);
  const named = read.number ? null : namedDocument(doc);
  const number = read.number ?? named?.number ?? null;
  const symbol = read.symbol ?? named?.symbol ?? null;
  const dated = readDate(its, folded, formal);
  const date = dated.date ?? named?.date ?? null;
  const vv = its.find((it) => /^V\/v\b/iu.test(it.text));

  let { kind, kindWord, title, bodyAt } = k.at >= 0 ? fromKindLine(doc, k) : headless(doc, headEnd, formal);
  if (!kind && vv) kind = fact('cong-van', itemSource(vv), LIKELY);
  if (!title && vv) title = fact(cleanTitle(vv.text), itemSource(vv), LIKELY);
  if (!kind && !kindWord) {
    const s = kindFromSymbol(symbol);
    if (s && number) kind = fact(s, number.source, LIKELY);
    else if (symbol && /^[\p{Lu}Đ]+(?:-[\p{L}\d]+)+$/u.test(symbol)) kind = fact('cong-van', number?.source ?? null, DOUBTFUL);
  }
  return { issuer, number, date, partialYear: dated.partialYear, place: dated.place, kind, kindWord, title, kindAt: k.at, bodyAt };
}

/** Where the body starts in a document without a kind line: the first heading or "Căn cứ …". */
function firstBodyBlock(doc: DocModel, parts: { last: number }): number {
  const folded = doc.layout.folded;
  const limit = Math.min(doc.blocks.length, Math.max(parts.last + 1, 0) + 15);
  for (let i = parts.last + 1; i < limit; i++) {
    const b = doc.blocks[i];
    if (b.marker !== 'none' && b.marker !== 'bullet') return i;
    if (forCopy(folded, BODY_OPENS).test(b.text)) return i;
    if (forCopy(folded, RUNNING_TITLE).test(b.text)) return i;
  }
  return limit;
}

const BODY_OPENS = /^(?:Căn cứ|Thực hiện|Thi hành|Kính gửi|Để\s|Nhằm\s)/u;
/** What opens a document's body for sure (a site's banner may start "Để sử dụng …"). */
const PREAMBLE = /^(?:Căn cứ|Thực hiện|Thi hành|Kính gửi)/u;

/** A web copy that starts with its title in running text: "Kế hoạch phát động phong trào …". */
function runningTitle(doc: DocModel, from: number): { kind: Fact<PlanKind> | null; title: Fact<string>; kindWord: string } | null {
  const folded = doc.layout.folded;
  for (let i = Math.max(0, from - 2); i < Math.min(doc.blocks.length, from + 3); i++) {
    const b = doc.blocks[i];
    const m = forCopy(folded, RUNNING_TITLE).exec(b.text);
    if (!m) continue;
    const { kind, word } = kindOfWord(m[1], folded);
    const t = cleanTitle(cutTitle(m[2], folded));
    const at = m[1].length + 1;
    return {
      kind: kind ? fact(kind, sourceOf(b, 0, m[1].length), LIKELY) : null,
      title: fact(t.charAt(0).toLocaleUpperCase('vi') + t.slice(1), sourceOf(b, at, at + t.length), LIKELY),
      kindWord: word,
    };
  }
  return null;
}

/** The title of an attached document ("QUY ĐỊNH / VỀ CÔNG TÁC THI ĐUA …"). */
export function attachmentTitle(doc: DocModel, start: number, word: string): Fact<string> | null {
  const tb = titleBlocks(doc, start + 1);
  if (!tb.length) return null;
  let t = cleanTitle(cutTitle(tb.map((b) => b.text).join(' '), doc.layout.folded));
  // "QUY ĐỊNH / VỀ CÔNG TÁC …": the trích yếu goes on from the kind word.
  if (/^(?:về|VỀ)\s/u.test(t)) t = `${word} ${t}`;
  return fact(t, spanSource(tb), SURE);
}
