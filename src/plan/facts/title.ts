// The title (trích yếu) wherever a copy puts it. Under the kind line of a signed document; after
// "V/v" in a Công văn; after a short code in a portal's list ("TB 49 - V/v Thực hiện …"); in a web
// copy without a header, as the page's first heading line ("Lấy ý kiến nhân dân trình khen thưởng
// cấp Nhà nước", "Các mốc thời gian cần lưu ý khi …") — not the site's banner, category or
// timestamp. A copy often glues the next sentence to the title, or prints the title twice: a title
// ends where a sentence of the body starts.
import type { Block, DocModel } from '../document';
import type { PlanKind } from '../../core/types';
import { trimPunct } from '../document/chars';
import { forCopy } from '../document/fold';
import { AUTHORITY, META_LINE as META } from '../document/paragraphs';
import { LIKELY, fact, sourceOf, type Fact } from './fact';

// A page's metadata glued after a title on its line or paragraph.
const META_IN = new RegExp(String.raw`\s+(?=${META.source.slice(1)})`, 'iu');

/** What opens a body sentence the copy glued to the title; a kind word restarting after the title's end (a repeated title). */
const GLUED =
  /\s+(?=(?:Ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*,|Năm\s+\d{4}\s*,?\s+(?:là|được|có|đánh\s+dấu)\s|Căn\s+cứ\s|Thực\s+hiện\s|Thi\s+hành\s|Để\s|Nhằm\s|Trên\s+cơ\s+sở\s|Kính\s+gửi|Hôm\s+nay\s))|(?<=[\d)"])\s+(?=(?:Kế\s+hoạch|Hướng\s+dẫn|Thông\s+báo|Quyết\s+định|Quy\s+định|Quy\s+chế)\s)/gu;

// A Quyết định's acting line ("CHỦ TỊCH VIỆN HÀN LÂM …", "GIÁM ĐỐC SỞ Y TẾ …") that a spaced copy
// glued under its title: upper-case words after a title written in sentence case, or after an
// upper-case title that ends with its year ("… KHEN THƯỞNG NĂM 2022 CHÁNH ÁN TÒA ÁN …").
const ACTING_IN = new RegExp(String.raw`\s+(?=${AUTHORITY.source.slice(1)}\s+\p{Lu}{2,})`, 'u');

/** The title part of a text that may run on into the body. */
export function cutTitle(s: string, folded = false): string {
  const meta = META_IN.exec(s);
  if (meta && meta.index >= 10) s = s.slice(0, meta.index);
  const acting = ACTING_IN.exec(s);
  if (acting && acting.index >= 10 && /\p{Ll}|\d{4}$/u.test(s.slice(0, acting.index))) s = s.slice(0, acting.index);
  const re = forCopy(folded, GLUED);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (m.index >= 10) return s.slice(0, m.index);
  return s;
}

/** "V/v bổ sung hướng dẫn …" → "Bổ sung hướng dẫn …"; a posting date in brackets at the end ("(11/12/2023)") dropped. */
export function cleanTitle(s: string): string {
  const vv = /^V\/v\s*:?\s*/iu.test(s);
  const t = trimPunct(
    s
      .replace(/^V\/v\s*:?\s*/iu, '')
      .replace(/\s*\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\)\s*$/u, '')
      .replace(/\s+/g, ' '),
    '.;:,-',
  );
  return vv ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : t;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

// Words a trích yếu opens with: what the document does.
const ACTION =
  /^(?:tổ\s+chức|phát\s+động|triển\s+khai|hướng\s+dẫn|tổng\s+kết|sơ\s+kết|lấy\s+ý\s+kiến|xin\s+ý\s+kiến|tăng\s+cường|đẩy\s+mạnh|đề\s+nghị|khen\s+thưởng|xét|bình\s+xét|ban\s+hành|sửa\s+đổi|bổ\s+sung|quy\s+định|công\s+bố|phê\s+duyệt|tặng|đánh\s+giá|kế\s+hoạch|thông\s+báo|về\s+việc|v\/v|chấm\s+điểm|đăng\s+ký|biểu\s+dương|tôn\s+vinh)(?![\p{L}])/iu;
// A headline may name who acts before a colon ("Ban Dân tộc tỉnh Bắc Giang: Phát động phong trào …").
const ACTOR = /^[^:]{3,60}:\s+/u;
const acts = (t: string, folded: boolean) => forCopy(folded, ACTION).test(t) || forCopy(folded, ACTION).test(t.replace(ACTOR, ''));

// A page's timestamp or dateline ("Thứ Hai, 26/09/2022, 10:04 (GMT+7)", "30/01/2023 13:29", "[ Cập nhật …]").
const STAMP = /^(?:\[|\(|Thứ\s+\S+|Chủ\s+nhật|Cập\s+nhật|Ngày\s+đăng|Đăng\s+ngày)|^\d{1,2}\/\d{1,2}\/\d{4}|^(?:date\s+)?\d{4}-\d{2}-\d{2}|GMT|\d{1,2}:\d{2}/iu;
// A news item's byline ("Đ.P tổng hợp đưa tin", "Theo Báo Nhân dân", "Nguồn: …"): who wrote it, not what it is.
const BYLINE = /(?:tổng\s+hợp|đưa\s+tin|lược\s+dịch|thực\s+hiện)\s*\.?$|^(?:Theo|Nguồn)\s*:?\s/iu;
// A sentence of the body: it ends with a stop and runs long, or its clauses are parted by ";".
const isSentence = (s: string) => (/[.!…]$/u.test(s.trim()) && words(s) >= 12) || /;\s/u.test(s);


/** A site's label printed twice ("Thông tin tuyên truyền Thông tin tuyên truyền"). */
function doubled(s: string): boolean {
  const w = s.split(/\s+/);
  if (w.length % 2) return false;
  const h = w.length / 2;
  return w.slice(0, h).join(' ').toLocaleLowerCase('vi') === w.slice(h).join(' ').toLocaleLowerCase('vi');
}

// A title of the genre is Vietnamese: a line without one of its letters is a site's chrome ("Skip to
// main content", "Loading..."), unless the copy lost every diacritic (a folded copy).
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** A text that may be a page's heading: of title length, no sentence inside it. */
function headingText(text: string, folded: boolean, sentences = true): string | null {
  if (sentences && isSentence(cutTitle(text, folded))) return null;
  const t = trimPunct(cutTitle(text, folded), '.;,');
  if (!folded && !VIETNAMESE.test(t)) return null;
  if (t.length < 15 || t.length > 400 || words(t) < 3 || /:$/.test(text.trim()) || STAMP.test(t) || BYLINE.test(t) || doubled(t)) return null;
  if (/[.;!?]\s+\p{Lu}/u.test(t)) return null;
  return t;
}

/**
 * A copy's first line that ends with a stop can still be the page's headline ("Lễ ký kết giao ước thi
 * đua khối ngân hàng I - Năm 2019."): one line opening a longer text, short, without the commas a
 * sentence's clauses have.
 */
function stoppedHeadline(doc: DocModel, b: Block): boolean {
  return doc.blocks[0] === b && b.starts.length <= 1 && !/[,;]/u.test(b.text) && words(b.text) <= 16;
}

const STAMP_LEAD = /^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\s*/iu;

/**
 * A block's text from `at`, up to a photo caption or a timestamp the copy glued under a headline: a
 * later line that is a sentence of its own (capitalised, ended by a stop) after a line that ends
 * without one, or a page's stamp ("Cập nhật lúc 08:21, Thứ Tư, 25/12/2019 (GMT+7)").
 */
function headOf(b: Block, at: number): string {
  for (const s of b.starts) {
    if (s.at <= at) continue;
    const before = b.text.slice(at, s.at).trim();
    const line = b.text.slice(s.at, b.starts.find((x) => x.at > s.at)?.at ?? b.text.length).trim();
    if (STAMP.test(line) && words(before) >= 3) return before;
    if (!/[.!?:;,]$/u.test(before) && /^\p{Lu}/u.test(line) && /[.!?]$/u.test(line) && words(line) >= 8) return before;
  }
  return b.text.slice(at);
}

/**
 * The title of a copy without a kind line: among the blocks before the body, the first heading
 * that says what the document does (it may start on any line of its block: a site's label often
 * runs into it), else the first upper-case heading of a few words, else the first heading.
 */
export function headingTitle(doc: DocModel, from: number, to: number): Fact<string> | null {
  const folded = doc.layout.folded;
  // A text of one sentence has no body for a heading to precede: the sentence may be all it has.
  const head = (text: string, b?: Block) => headingText(text, folded, doc.blocks.length > 1 && !(b && stoppedHeadline(doc, b)));
  let upper: { b: Block; t: string } | null = null;
  let first: { b: Block; t: string } | null = null;
  const found = (b: Block, t: string) => {
    const at = b.text.indexOf(t);
    return fact(cleanTitle(t), sourceOf(b, at, at + t.length), LIKELY);
  };
  for (let i = from; i < Math.min(to, doc.blocks.length); i++) {
    const b = doc.blocks[i];
    if (b.type !== 'para' || b.marker === 'bullet') continue;
    // A page's heading comes before its body: past a block of sentences (a date stamp's lead
    // included), a line is a caption or a byline.
    if (doc.blocks.length > 1 && !b.starts.some((s) => head(headOf(b, s.at), b)) && isSentence(b.text.replace(STAMP_LEAD, ''))) break;
    for (const s of b.starts) {
      const t = head(headOf(b, s.at));
      if (t && acts(t, folded)) return found(b, t);
    }
    const t = head(headOf(b, 0), b);
    if (!t) continue;
    if (!upper && b.upper && words(t) >= 4) upper = { b, t };
    first ??= { b, t };
  }
  const pick = upper ?? first;
  return pick ? found(pick.b, pick.t) : null;
}

const CODE_KIND: Record<string, PlanKind> = { TB: 'thong-bao', KH: 'ke-hoach', HD: 'huong-dan', CV: 'cong-van', QĐ: 'quyet-dinh', QD: 'quyet-dinh', QC: 'quy-dinh' };
// A portal's list names a document by its code and number: "TB 49 - V/v Thực hiện khen thưởng …".
const CODED = /^(TB|KH|HD|CV|QĐ|QD|QC)\s*[-.]?\s*\d{1,5}\s*[-–:]\s*(?:V\/v\s*:?\s*)?(\S.{9,})$/u;

/** "TB 49 - V/v …": the kind from the code, the title from the rest. */
export function codedTitle(b: Block): { kind: Fact<PlanKind>; title: Fact<string> } | null {
  if (b.type !== 'para') return null;
  const m = CODED.exec(b.text);
  if (!m) return null;
  const at = b.text.length - m[2].length;
  const t = cleanTitle(m[2]);
  return {
    kind: fact(CODE_KIND[m[1]], sourceOf(b, 0, m[1].length), LIKELY),
    title: fact(t.charAt(0).toLocaleUpperCase('vi') + t.slice(1), sourceOf(b, at), LIKELY),
  };
}

// A form ("biểu mẫu") is titled under its label: "Bảng biểu 4 / SỞ - BAN - NGÀNH THÀNH PHỐ CHẤM ĐIỂM
// XẾP HẠNG CHO QUẬN - HUYỆN", "Mẫu số 01 / DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" — on the label's line (a
// flattened copy) or the next.
const FORM_LABEL = /(?:^|[\s:])(?:Mẫu\s+số|Biểu\s+mẫu(?:\s+số)?|Bảng\s+biểu(?:\s+số)?|Biểu\s+số|Phụ\s+lục(?:\s+số)?)\s*[\dIVX]{1,3}[a-z]?(?![\p{L}\d])/u;
// Upper-case words up to the flattened table's first header cell ("STT", "TT": a list opens with them).
const UPPER_RUN = /^(?:(?!(?:STT|TT)\s)[\p{Lu}\d]+(?:\s*[-–,]\s*|\s+)){2,}(?!(?:STT|TT)(?![\p{L}]))[\p{Lu}\d]+(?![\p{L}])/u;
const FORM_SEARCH = 10;

/** The title of a form, under its label. */
export function formTitle(doc: DocModel): Fact<string> | null {
  for (let i = 0; i < Math.min(FORM_SEARCH, doc.blocks.length); i++) {
    const b = doc.blocks[i];
    const m = b.type === 'para' ? FORM_LABEL.exec(b.text) : null;
    if (!m) continue;
    const end = m.index + m[0].length;
    const after = b.text.slice(end).trim();
    const run = UPPER_RUN.exec(after);
    if (run) {
      const at = b.text.indexOf(run[0], end);
      return fact(cleanTitle(run[0]), sourceOf(b, at, at + run[0].length), LIKELY);
    }
    const next = doc.blocks[i + 1];
    if (!after && next?.type === 'para' && next.upper) return fact(cleanTitle(next.text), sourceOf(next), LIKELY);
  }
  return null;
}
