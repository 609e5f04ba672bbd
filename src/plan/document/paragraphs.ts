// Lines → paragraphs. Copies of a document break lines in three ways, told apart by how blank
// lines fall:
// - "spaced": every line alone between blank lines (PDF copies, Word paragraphs with spacing) —
//   blank lines mean nothing, a paragraph is rejoined from its broken lines;
// - "blocked": paragraphs are runs of lines between blank lines — a blank line ends a paragraph;
//   "markdown" when the copy is Markdown (bold "**", "#" headings): as Markdown renders it, the
//   lines of a run are one paragraph unless a line is a heading, an item or a label;
// - "lines": no blank lines at all (text pasted from Word or a PDF reader) — each line is read on
//   its own merits.
// In every style a numbered or bulleted line starts a paragraph (a heading or a list item is
// never joined to the line above), and so do "Căn cứ …", a place-and-date line, a short label
// ending in ":" and a change between upper-case and ordinary text.
import { isUpperText } from './chars';
import type { Line } from './lines';
import { markerOf } from './markers';
import { forCopy } from './fold';

export type LayoutStyle = 'spaced' | 'blocked' | 'markdown' | 'lines';

export interface Layout {
  style: LayoutStyle;
  /** Typical width of a full line (90th percentile of text line lengths). */
  width: number;
  /** The copy lost its diacritics (document/fold.ts): patterns are matched loosely. */
  folded: boolean;
}

const TERMINAL = /[.;:!?…]["')\]]*$/u;
// A line ending in one of these words cannot end a sentence or a heading: the next line goes on.
const CONTINUES = /(?:^|\s)(?:của|và|với|các|những|theo|về|cho|trong|tại|từ|đến|là|được|có|thì|mà|hoặc|hay|để|do|bởi|trên|dưới|như|nhằm|số|ngày|tháng|vào|tới|gồm|bao gồm|đối với|thuộc|trực thuộc|giữa|qua|sau|trước|khi|nếu|đã|đang|sẽ|cùng|lần|thứ|năm)$/iu;
// "Điều\n1. Phạm vi", "Số:\n86/2025/QĐ-UBND", "ngày\n03 tháng 12": the number belongs to the word.
const NUMBERED_WORD = /(?:^|\s)(?:Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC|Khoản|khoản|Điểm|điểm|số|Số\s*:?|SỐ\s*:?|ngày|tháng|năm)$/u;
const NEW_PARAGRAPH =
  /^(?:Căn cứ|CĂN CỨ|Thực hiện|Thi hành|Theo đề nghị|Xét đề nghị|Trên cơ sở|Nơi nhận|NƠI NHẬN|Trên đây|Kính gửi|KÍNH GỬI|CỘNG HÒA|CỘNG HOÀ|Độc lập|Số\s*:|V\/v|TM\.|KT\.|Q\.|TL\.|TUQ\.|\(\s*(?:Ban hành )?[Kk]èm theo)|^[\p{Lu}][\p{L}\s.'-]{1,30},\s*ngày\b/u;
export const KIND_WORDS = /^(?:KẾ HOẠCH|QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|THỂ LỆ|HƯỚNG DẪN|THÔNG BÁO|THÔNG TƯ|CÔNG VĂN|CHỈ THỊ|CHƯƠNG TRÌNH|TỜ TRÌNH|BÁO CÁO|PHỤ LỤC)$/u;
/** An upper-case line that opens with the kind of document ("QUY ĐỊNH VỀ TIÊU CHÍ …"). */
const KIND_OPENS = /^(?:KẾ HOẠCH|QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|THỂ LỆ|HƯỚNG DẪN|THÔNG BÁO|THÔNG TƯ|CHƯƠNG TRÌNH)(?:\s|$)/u;
/** Marks above the kind line ("DỰ THẢO", "KHẨN") stand alone. */
export const MARK_LINE = /^(?:DỰ THẢO|KHẨN|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|MẬT|TỐI MẬT|BẢN SAO)$/u;
const LABEL = /^[\p{Lu}][^:]{0,58}:$/u;
/** The authority line under a Quyết định's trích yếu ("ỦY BAN NHÂN DÂN TỈNH X", "GIÁM ĐỐC SỞ Y TẾ"). */
export const AUTHORITY =
  /^(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|GIÁM\s+ĐỐC|CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|TRƯỞNG\s+BAN|THỦ\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TỔNG\s+GIÁM\s+ĐỐC|VIỆN\s+TRƯỞNG|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+ÁN)(?![\p{L}])/u;

/** A site's metadata line: a CMS field ("Create: T5, 01/09/2020", "Author: admin"), an ISO timestamp, an address. */
export const META_LINE = /^(?:(?:Create|Created|Author|Tác\s+giả|Ngày\s+đăng|Đăng\s+ngày|Cập\s+nhật(?:\s+lúc)?|Lượt\s+xem)\s*:|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|https?:\/\/|www\.)/iu;

/** Words of letters only ("SỞ", "Y", "TẾ"; not "QĐ-UBND", "2025"), at least `min` of them. */
const WORD = /(?:^|\s)\p{L}+[,.:;]?(?=\s|$)/gu;

function hasWords(s: string, min: number): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s)) if (++n >= min) return true;
  return false;
}

/** Above this typical line width, a copy's lines are paragraphs, not a page's wrapped lines. */
const PARAGRAPH_LINES = 160;

/** How the copy breaks its lines. */
export function layoutOf(lines: Line[], source: string[], folded = false): Layout {
  let markdown = 0;
  for (const s of source) if (/\*\*|^\s{0,3}#{1,6}\s/.test(s) && ++markdown >= 3) break;
  let text = 0;
  let runs = 0;
  let inRun = false;
  const lengths: number[] = [];
  // Runs of text lines between blank lines; table rows, separators and page numbers are neutral.
  for (const l of lines) {
    if (l.kind === 'text') {
      text++;
      lengths.push(l.text.length);
      if (!inRun) runs++;
      inRun = true;
    } else if (l.kind === 'blank') inRun = false;
  }
  lengths.sort((a, b) => a - b);
  const width = Math.max(40, lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 80);
  const avg = runs ? text / runs : 1;
  const style: LayoutStyle = avg < 1.6 ? 'spaced' : avg > 8 ? 'lines' : markdown >= 3 ? 'markdown' : 'blocked';
  return { style, width, folded };
}

/** Whether line `b` goes on the paragraph whose last line is `a`. */
export function continues(a: string, b: string, layout: Layout, aOpens = false): boolean {
  // A page's metadata stands alone: never glued to a title or to the body.
  if (META_LINE.test(a) || META_LINE.test(b)) return false;
  const mb = markerOf(b);
  if (NUMBERED_WORD.test(a) && /^(?:\d|[IVXLC]+\b)/.test(b)) return true;
  if (mb.type === 'bullet' && mb.id === '-' && !TERMINAL.test(a)) {
    // "phát triển kinh tế\n- xã hội", "Hội đồng Thi đua\n- Khen thưởng tỉnh": a dash inside a name.
    if (/^\p{Ll}/u.test(mb.body) || (/thi\s+đua$/iu.test(a) && /^khen\s+thưởng/iu.test(mb.body))) return true;
  }
  if (mb.type !== 'none') return false;
  const kindWords = forCopy(layout.folded, KIND_WORDS);
  // A kind word alone on its line, in any case ("Thông báo" as a site files a page), is a line of its own.
  if (forCopy(layout.folded, NEW_PARAGRAPH).test(b) || kindWords.test(a.toLocaleUpperCase('vi')) || kindWords.test(b) || /^Đối\s+với\s/u.test(b) || LABEL.test(b)) return false;
  if (/^CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$|^Độc\s+lập/u.test(a)) return false;
  // A change between upper-case lines (headings, the header block) and ordinary text.
  const cased = hasWords(a, 2) && hasWords(b, 2);
  const ua = isUpperText(a);
  const ub = isUpperText(b);
  if (cased && ua !== ub) return false;
  // Upper-case lines wrapped from one heading go on; the authority line under a trích yếu does not.
  // Nor does a mark ("DỰ THẢO") or a line that opens with the kind ("QUY ĐỊNH VỀ …") under the issuer.
  if (ua && ub) return !TERMINAL.test(a) && !MARK_LINE.test(a) && !((AUTHORITY.test(b) || KIND_OPENS.test(b)) && !CONTINUES.test(a));
  if (layout.style === 'markdown') return true;
  if (/:$/.test(a) && /^\p{Lu}/u.test(b)) return false;
  // A copy whose lines are whole paragraphs (a web page, a Word paste) wraps nothing: a short line
  // that ends without a stop is a heading or a label, not half a sentence.
  if (layout.style !== 'blocked' && layout.width > PARAGRAPH_LINES && a.length < 0.5 * layout.width && !CONTINUES.test(a)) return false;
  if (/^\p{Ll}/u.test(b)) return true;
  if (/^[\d"'(…]/u.test(b)) return !TERMINAL.test(a);
  const long = (s: string) => s.length >= Math.min(60, Math.max(35, 0.6 * layout.width));
  if (TERMINAL.test(a)) return layout.style === 'blocked' && long(b) && !TERMINAL.test(b) && b.length >= 0.8 * layout.width;
  // "Điều 2. Thời gian" / "Phong trào được triển khai …": a short numbered heading, then its text.
  if (aOpens && markerOf(a).type !== 'none' && !long(a) && !CONTINUES.test(a)) return false;
  if (layout.style === 'blocked') return true;
  return long(a) || CONTINUES.test(a);
}

export interface RawParagraph {
  kind: 'para';
  /** The lines joined (single spaces). */
  text: string;
  /** Where each input line starts in `text`. */
  starts: { at: number; line: number }[];
}

/** A short line just above a page's metadata ("Thanh Bình" / "2024-10-08T04:01:27"): the site's section or a byline, no part of the line above. */
function labelAboveMeta(lines: Line[], i: number, to: number): boolean {
  if (lines[i].text.split(/\s+/).length > 3) return false;
  for (let j = i + 1; j < to; j++) if (lines[j].kind === 'text') return META_LINE.test(lines[j].text);
  return false;
}

/** Paragraphs from the text lines between `from` and `to` (exclusive), in the given layout. */
export function paragraphsOf(lines: Line[], from: number, to: number, layout: Layout): RawParagraph[] {
  const out: RawParagraph[] = [];
  let cur: RawParagraph | null = null;
  let last = '';
  const flush = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind === 'page') continue;
    if (l.kind !== 'text') {
      if (l.kind === 'sep' || layout.style !== 'spaced') flush();
      continue;
    }
    // The parts of one input line cut apart where the genre starts a line (lines.ts) stay apart.
    const cutHere = !!cur && (cur as RawParagraph).starts[(cur as RawParagraph).starts.length - 1].line === l.no;
    if (cur && !cutHere && !labelAboveMeta(lines, i, to) && continues(last, l.text, layout, (cur as RawParagraph).starts.length === 1)) {
      const c: RawParagraph = cur;
      c.starts.push({ at: c.text.length + 1, line: l.no });
      c.text += ' ' + l.text;
    } else {
      flush();
      cur = { kind: 'para', text: l.text, starts: [{ at: 0, line: l.no }] };
    }
    last = l.text;
  }
  flush();
  return out;
}
