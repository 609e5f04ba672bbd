// The header block of a Vietnamese administrative document (Nghị định 30/2020, Phụ lục I): the
// issuing body (upper case, the higher level above it), "Số: 982/KH-UBND", the Quốc hiệu and
// Tiêu ngữ, "Nghệ An, ngày 19 tháng 11 năm 2025", the kind ("KẾ HOẠCH", "QUYẾT ĐỊNH"…) and the
// trích yếu under it — or "V/v …" under the number in a Công văn. Copies lay the two columns out
// as a table ("|" cells), one after the other, or side by side on one line.
import type { Block, DocModel } from '../document';
import type { PlanKind } from '../../core/types';
import { isValidYmd } from '../../core/dates';
import { isUpperText, trimPunct } from '../document/chars';
import { AUTHORITY, KIND_WORDS } from '../document/paragraphs';
import { DOUBTFUL, LIKELY, SURE, fact, sourceOf, spanSource, type Fact, type Source } from './fact';
import { issuerFromHeader } from './orgName';

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
const SYMBOL_KIND: Record<string, PlanKind> = { KH: 'ke-hoach', QĐ: 'quyet-dinh', QD: 'quyet-dinh', HD: 'huong-dan', TB: 'thong-bao', QC: 'quy-dinh', QyĐ: 'quy-dinh', CTr: 'ke-hoach' };

const QUOC_HIEU = /CỘNG\s+H[OÒ][AÀ]|HỘI\s+CHỦ\s+NGHĨA|CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
const MOTTO = /Độc\s+lập\s*[-–]|ĐỘC\s+LẬP\s*[-–]/u;
const MARKS = /^(?:KHẨN|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|MẬT|TỐI MẬT|DỰ THẢO|BẢN SAO)$/u;
const NUMBER = /^Số\s*:?\s*(.*)$/iu;
const DATE = /(?:^|,\s*|\s)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(?:^|,\s*|\s)ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const PARTIAL_DATE = /ngày[\s.…_]*tháng[\s\d.…_]*năm\s+(\d{4})/u;
const PLACE = /^([\p{Lu}][\p{L}\s.'-]{0,40}?),\s*ngày\b/u;
// Where a line that holds both columns ("SỞ Y TẾ CỘNG HÒA XÃ HỘI …") is cut.
const CUT = /(?=CỘNG\s+H[OÒ][AÀ]\s+XÃ)|(?=Độc\s+lập\s*[-–])|(?=ĐỘC\s+LẬP\s*[-–])|(?<=\S\s)(?=Số\s*:)|(?<=[\p{Lu}\d)]\s)(?=[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){0,3},\s*ngày\b)/u;
const TITLE_STOP = /^(?:Căn cứ|Thực hiện|Thi hành|Theo\s|Xét\s|Để\s|Nhằm\s|Trên cơ sở|Kính gửi|Hôm nay|Ngày\s+\d|\(?\s*Ban hành kèm theo|\(?\s*Kèm theo)/u;
const RUNNING_TITLE = /^(Kế hoạch|Quyết định|Hướng dẫn|Thông báo|Quy định|Quy chế|Thể lệ)\s+(?!số\b|này\b|của\b|trên\b)(\p{Ll}.{10,})$/u;

function splitCut(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let rest = text;
  let at = 0;
  for (let guard = 0; guard < 6; guard++) {
    const m = CUT.exec(rest.slice(1));
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
function items(blocks: Block[]): Item[] {
  const out: Item[] = [];
  for (const b of blocks) {
    if (b.table) {
      const cols = Math.max(...b.table.rows.map((r) => r.cells.length));
      for (let c = 0; c < cols; c++)
        for (const r of b.table.rows) {
          const lines = r.cellLines?.[c] ?? (r.cells[c] ? [r.cells[c]] : []);
          for (const cell of lines) for (const piece of splitCut(cell)) out.push({ text: piece.text, line: r.line, col: c, block: b, from: 0 });
        }
      continue;
    }
    b.starts.forEach((s, i) => {
      const end = i + 1 < b.starts.length ? b.starts[i + 1].at - 1 : b.text.length;
      for (const piece of splitCut(b.text.slice(s.at, end))) out.push({ text: piece.text, line: s.line, col: 0, block: b, from: s.at + piece.at });
    });
  }
  return out;
}

const itemSource = (it: Item): Source => ({ lines: [it.line, it.line], text: it.text });

function kindBlock(doc: DocModel): { at: number; word: string; rest: string } {
  const limit = Math.min(doc.blocks.length, doc.regions.length ? doc.regions[0].start : doc.blocks.length, 40);
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i];
    if (b.type !== 'para' || b.marker !== 'none') continue;
    if (KIND_WORDS.test(b.text) && b.text !== 'PHỤ LỤC') return { at: i, word: b.text, rest: '' };
    const m = /^(KẾ HOẠCH|QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|THỂ LỆ|HƯỚNG DẪN|THÔNG BÁO)\s+(\S.{8,})$/u.exec(b.text);
    if (m && !/^(?:số|này|của)\b/iu.test(m[2])) return { at: i, word: m[1], rest: m[2] };
  }
  return { at: -1, word: '', rest: '' };
}

/** Title blocks after the kind line: up to the first heading, "Căn cứ …" or body sentence. */
function titleBlocks(doc: DocModel, from: number): Block[] {
  const out: Block[] = [];
  let len = 0;
  for (let i = from; i < doc.blocks.length && out.length < 3; i++) {
    const b = doc.blocks[i];
    if (b.type !== 'para' || b.marker !== 'none' || TITLE_STOP.test(b.text) || KIND_WORDS.test(b.text) || (out.length && AUTHORITY.test(b.text))) break;
    if (/^-+$/.test(b.text)) break;
    if (out.length && (/[.:]$/.test(out[out.length - 1].text) || !b.upper !== !out[0].upper)) break;
    len += b.text.length;
    if (len > 500) break;
    out.push(b);
  }
  return out;
}

/** The trích yếu as a title: "V/v bổ sung hướng dẫn …" → "Bổ sung hướng dẫn …". */
function cleanTitle(s: string): string {
  const vv = /^V\/v\s*:?\s*/iu.test(s);
  const t = trimPunct(s.replace(/^V\/v\s*:?\s*/iu, '').replace(/\s+/g, ' '), '.;:,-');
  return vv ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : t;
}

function readDate(its: Item[]): { date: Fact<string> | null; partialYear: number | null; place: string | null } {
  // A date broken over two lines ("Nghệ An, ngày 19" / "tháng 11 năm 2025") is read from the rest of its paragraph.
  const texts = its.map((it) => ({ it, text: it.block.table ? it.text : it.block.text.slice(it.from) }));
  for (const { it, text } of texts) {
    const m = DATE.exec(text);
    if (m) {
      const d = +(m[1] ?? m[4]);
      const mo = +(m[2] ?? m[5]);
      const y = +(m[3] ?? m[6]);
      if (!isValidYmd(y, mo, d)) continue;
      const pad = (n: number) => String(n).padStart(2, '0');
      const src: Source = it.block.table ? itemSource(it) : sourceOf(it.block, it.from, it.from + m.index + m[0].length);
      return { date: fact(`${y}-${pad(mo)}-${pad(d)}`, src, SURE), partialYear: y, place: PLACE.exec(text)?.[1].trim() ?? null };
    }
    const p = PARTIAL_DATE.exec(text);
    if (p) return { date: null, partialYear: +p[1], place: PLACE.exec(text)?.[1].trim() ?? null };
  }
  return { date: null, partialYear: null, place: null };
}

function readNumber(its: Item[]): { number: Fact<string> | null; symbol: string | null } {
  for (let i = 0; i < its.length; i++) {
    const m = NUMBER.exec(its[i].text);
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

function kindFromSymbol(symbol: string | null): PlanKind | null {
  if (!symbol) return null;
  const parts = symbol.split('/').pop()?.split('-') ?? [];
  for (const p of parts) if (SYMBOL_KIND[p]) return SYMBOL_KIND[p];
  return null;
}

export function readHeader(doc: DocModel): Header {
  const k = kindBlock(doc);
  const headEnd = k.at >= 0 ? k.at : firstBodyBlock(doc);
  const head = doc.blocks.slice(0, headEnd);
  const its = items(head);
  const issuerItems = its.filter(
    (it) => it.col === 0 && isUpperText(it.text, 2) && /(?:^|\s)\p{L}{2,}(?:\s|$)/u.test(it.text) && !/^Số\b/iu.test(it.block.text) && !QUOC_HIEU.test(it.text) && !MOTTO.test(it.text) && !MARKS.test(it.text) && !NUMBER.test(it.text) && !KIND_WORDS.test(it.text),
  );
  const issuer = issuerItems.length
    ? fact(issuerFromHeader(issuerItems.map((x) => x.text)), { lines: [issuerItems[0].line, issuerItems[issuerItems.length - 1].line], text: issuerItems.map((x) => x.text).join(' / ') }, SURE)
    : null;
  const { number, symbol } = readNumber(its);
  const { date, partialYear, place } = readDate(its);
  const vv = its.find((it) => /^V\/v\b/iu.test(it.text));

  let kind: Fact<PlanKind> | null = null;
  let kindWord: string | null = null;
  let title: Fact<string> | null = null;
  let bodyAt = headEnd;
  if (k.at >= 0) {
    const kb = doc.blocks[k.at];
    kindWord = k.word;
    kind = KIND_OF[k.word] ? fact(KIND_OF[k.word], sourceOf(kb, 0, k.word.length), SURE) : null;
    if (k.rest) {
      title = fact(cleanTitle(k.rest), sourceOf(kb, k.word.length + 1), LIKELY);
      bodyAt = k.at + 1;
    } else {
      const tb = titleBlocks(doc, k.at + 1);
      if (tb.length) title = fact(cleanTitle(tb.map((b) => b.text).join(' ')), spanSource(tb), SURE);
      bodyAt = k.at + 1 + tb.length;
    }
  } else {
    const running = runningTitle(doc, headEnd);
    if (running) ({ kind, title, kindWord } = running);
  }
  if (!kind && vv) kind = fact('cong-van', itemSource(vv), LIKELY);
  if (!title && vv) title = fact(cleanTitle(vv.text), itemSource(vv), LIKELY);
  if (!kind) {
    const s = kindFromSymbol(symbol);
    if (s && number) kind = fact(s, number.source, LIKELY);
    else if (symbol && /^[\p{Lu}Đ]+(?:-[\p{L}\d]+)+$/u.test(symbol)) kind = fact('cong-van', number?.source ?? null, DOUBTFUL);
  }
  return { issuer, number, date, partialYear, place, kind, kindWord, title, kindAt: k.at, bodyAt };
}

/** Where the body starts in a document without a kind line: the first heading or "Căn cứ …". */
function firstBodyBlock(doc: DocModel): number {
  const limit = Math.min(doc.blocks.length, 15);
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i];
    if (b.marker !== 'none' && b.marker !== 'bullet') return i;
    if (/^(?:Căn cứ|Thực hiện|Thi hành|Kính gửi|Để\s|Nhằm\s)/u.test(b.text)) return i;
    if (RUNNING_TITLE.test(b.text)) return i;
  }
  return limit;
}

/** A web copy that starts with its title in running text: "Kế hoạch phát động phong trào …". */
function runningTitle(doc: DocModel, from: number): { kind: Fact<PlanKind> | null; title: Fact<string>; kindWord: string } | null {
  for (let i = Math.max(0, from - 2); i < Math.min(doc.blocks.length, from + 3); i++) {
    const b = doc.blocks[i];
    const m = RUNNING_TITLE.exec(b.text);
    if (!m) continue;
    const word = m[1].toLocaleUpperCase('vi');
    const t = cleanTitle(m[2]);
    return {
      kind: KIND_OF[word] ? fact(KIND_OF[word], sourceOf(b, 0, m[1].length), LIKELY) : null,
      title: fact(t.charAt(0).toLocaleUpperCase('vi') + t.slice(1), sourceOf(b, m[1].length + 1), LIKELY),
      kindWord: word,
    };
  }
  return null;
}

/** The title of an attached document ("QUY ĐỊNH / VỀ CÔNG TÁC THI ĐUA …"). */
export function attachmentTitle(doc: DocModel, start: number, word: string): Fact<string> | null {
  const tb = titleBlocks(doc, start + 1);
  if (!tb.length) return null;
  let t = cleanTitle(tb.map((b) => b.text).join(' '));
  // "QUY ĐỊNH / VỀ CÔNG TÁC …": the trích yếu goes on from the kind word.
  if (/^(?:về|VỀ)\s/u.test(t)) t = `${word} ${t}`;
  return fact(t, spanSource(tb), SURE);
}
