// Who issues a copy that has no header block. Three places say it, in this order of weight:
// - the signature at the foot ("Sở Y tế tỉnh Bà Rịa-Vũng Tàu.", "Vụ Thi đua - Khen thưởng") or
//   the page's "Nguồn: Sở KH&CN";
// - the issuing sentence of the opening: the body that "xây dựng / ban hành / triển khai / phát
//   động / lấy ý kiến / hướng dẫn" ("Sở Y tế ban hành Kế hoạch …", "Trung tâm Kiểm nghiệm thuốc,
//   mỹ phẩm, thực phẩm trực thuộc Sở Y tế tỉnh X (Trung tâm) xây dựng …", "TTĐT - Sở Nội vụ (cơ
//   quan Thường trực Hội đồng …) lấy ý kiến …"). When it names the kind of document it issues
//   ("… ban hành Kế hoạch phát động Phong trào … như sau:"), it also gives the kind and the title.
// A name is placed by the title or the place-and-date line when it names no place.
import type { Block, DocModel } from '../document';
import type { PlanKind } from '../../core/types';
import { forCopy } from '../document/fold';
import { trimPunct } from '../document/chars';
import { DOUBTFUL, LIKELY, fact, sourceOf, type Fact } from './fact';
import { hasPlace, issuerFromText, namesLevel } from './orgName';

export const BODY = String.raw`(?:Sở|Ủy ban nhân dân|UBND|Ban|Bộ|Tổng cục|Cục|Chi cục|Vụ|Tổng Liên đoàn|Liên đoàn|Công đoàn|Trung tâm|Bệnh viện|Trường|Hội đồng|Học viện|Viện|Đại học|Phòng|Văn phòng|Thành đoàn|Tỉnh đoàn|Đoàn|Hội|Công an|Đảng ủy|Kho bạc|Ngân hàng|Bảo hiểm xã hội|Công ty|Tập đoàn)(?![\p{L}])`;
// Also the acts of a notice: posting a list for opinions ("đăng tải", "cho đăng công khai", "niêm yết",
// "công bố"); not "đăng ký" (units registering for a movement: "… phấn đấu đưa tỷ lệ nông dân đăng ký …").
const ACT = String.raw`(?:xây\s+dựng|ban\s+hành|triển\s+khai|phát\s+động|tổ\s+chức|lấy\s+ý\s+kiến|hướng\s+dẫn|thông\s+báo|(?:cho\s+)?đăng(?:\s+tải|\s+công\s+khai)?(?!\s+ký)|niêm\s+yết|công\s+bố)(?![\p{L}])`;
// Where a subject starts: the start of the block, after a sentence or a clause, after a byline
// ("TTĐT - "), after the word that opens a notice's acting sentence ("Nay UBND thị trấn … tổ chức niêm yết").
const START = String.raw`(?:^|[;,.]\s|\s[-–]\s|(?:^|[.;]\s)(?:Nay|Vậy|Do\s+vậy|Vì\s+vậy)\s)`;
// A name may carry its short form in brackets ("Viện Kiểm sát nhân dân (VKSND) tỉnh An Giang").
const NAMED = new RegExp(String.raw`${START}(${BODY}(?:[^,;.()]|\([\p{Lu}Đ&]{2,10}\)){0,60}?)\s+${ACT}`, 'u');
// A council that meets to review: "Hội đồng Thi đua khen thưởng … họp xét đề nghị khen thưởng".
const MEETS = new RegExp(String.raw`${START}(Hội\s+đồng(?:[^,;.()]|\([\p{Lu}Đ&]{2,10}\)){0,80}?)\s+họp\s+xét(?![\p{L}])`, 'u');
// The body whose head launches it: "ông …, Giám đốc PC Đắk Lắk, đã … phát động thi đua năm 2026".
const HEAD = String.raw`(?:Tổng\s+Giám\s+đốc|Giám\s+đốc|Chủ\s+tịch|Cục\s+trưởng|Viện\s+trưởng|Hiệu\s+trưởng|Thủ\s+trưởng|Trưởng\s+ban|Tư\s+lệnh|Chỉ\s+huy\s+trưởng)`;
const LED = new RegExp(
  String.raw`${HEAD}\s+(${BODY}[^,;.()]{0,60}?|[\p{Lu}][\p{Lu}\p{Ll}]*(?:\s+[\p{Lu}][\p{L}]*){0,5})\s*,[^.;]{0,80}?\s(?:đã\s+)?phát\s+động(?![\p{L}])`,
  'u',
);
// A subject's verb that the lazy name ran into ("Cục Hải quan Lạng Sơn tham gia khởi công …", a
// photo caption's): an issuer is a body's name, never a clause.
const VERB = /\s+(?:tham\s+gia|khởi\s+công|trao|tiếp\s+nhận|đón|dự|chủ\s+trì|phối\s+hợp|ký|cùng|đã|vừa|được)(?![\p{L}])/u;
const SHORT_FORM = /\s*\([\p{Lu}Đ&]{2,10}\)/gu;
// A name with commas, told by the short name or role in brackets that follows it.
const ALIASED = new RegExp(String.raw`${START}(${BODY}[^;.()]{0,120}?)\s*\([^()]{1,80}\)\s*${ACT}`, 'u');
const KIND_ISSUED = /^\s*(Kế\s+hoạch|Hướng\s+dẫn|Quy\s+định|Quy\s+chế|Thông\s+báo|Chương\s+trình|Thể\s+lệ)\s+(?!số\b|này\b)(\S.{9,}?)(?=\s*\((?:sau\s+đây|viết\s+tắt|gọi\s+tắt)|,?\s+(?:với|gồm)\s+(?:các\s+|những\s+)?nội\s+dung|,?\s+(?:cụ\s+thể\s+)?như\s+sau|\s*[:.;]\s*$|$)/iu;
const KIND_OF: Record<string, PlanKind> = { 'kế hoạch': 'ke-hoach', 'chương trình': 'ke-hoach', 'hướng dẫn': 'huong-dan', 'quy định': 'quy-dinh', 'quy chế': 'quy-dinh', 'thể lệ': 'quy-dinh', 'thông báo': 'thong-bao' };
const PLACE_IN_TITLE = /(?<![\p{L}])(tỉnh|thành phố)\s+((?:\p{Lu}[\p{L}]*)(?:\s*[-–]\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*)*)/u;
const REFERENCE = /^(?:Căn cứ|Thực hiện)/u;
// Words between the subject and its act that are no part of the name ("… tỉnh Hưng Yên trân trọng thông báo").
const MANNER = /(?:\s+(?:trân\s+trọng|vừa|đã|đang|sẽ|tiếp\s+tục|tiến\s+hành|xin))+$/u;

/** Where the issuing clause starts in a sentence that opens with its grounds ("Căn cứ …, Hội đồng … lấy ý kiến …"), -1 when none. */
export function issuingClauseAt(text: string, folded = false): number {
  for (const re of [NAMED, ALIASED]) {
    const m = forCopy(folded, re).exec(text);
    if (m && !forCopy(folded, REFERENCE).test(m[1])) return m.index + m[0].indexOf(m[1]);
  }
  return -1;
}

export interface Issuing {
  issuer: Fact<string>;
  kind: Fact<PlanKind> | null;
  title: Fact<string> | null;
}

function placeOf(title: string, place: string | null): { word: string; name: string } | null {
  const t = PLACE_IN_TITLE.exec(title);
  return t ? { word: t[1], name: t[2].trim() } : place ? { word: 'tỉnh', name: place } : null;
}

// A province or city the text names ("Bộ tiêu chí … tỉnh Bắc Kạn"); a text that names two places none.
const PLACE_NAMED = /(?<![\p{L}])(tỉnh|thành\s+phố)\s+(\p{Lu}[\p{L}]*(?:\s*[-–]\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*)*)/gu;

function onePlaceNamed(doc: DocModel): { word: string; name: string } | null {
  const seen = new Map<string, { word: string; name: string }>();
  for (const b of doc.blocks) for (const m of b.text.matchAll(PLACE_NAMED)) seen.set(`${m[1]} ${m[2]}`, { word: m[1], name: m[2] });
  return seen.size === 1 ? [...seen.values()][0] : null;
}

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Where the sentence that holds `at` starts. */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[.!?](?=\s)/gu)) start = (m.index as number) + 1;
  return start;
}

/** The one province or city a sentence names (up to its end), none when it names two. */
function placeInSentence(text: string): { word: string; name: string } | null {
  const end = /[.;:!?](?=\s|$)/u.exec(text);
  const seen = new Map<string, { word: string; name: string }>();
  for (const m of text.slice(0, end ? end.index : text.length).matchAll(PLACE_NAMED)) seen.set(`${m[1]} ${m[2]}`, { word: m[1], name: m[2] });
  return seen.size === 1 ? [...seen.values()][0] : null;
}

/**
 * A name that stops at its level ("Ban Thi đua - Khen thưởng thành phố") completed by the text's own
 * fuller naming of the same body ("Ban Thi đua - Khen thưởng thành phố Hà Nội nhận được …").
 */
function fullerInText(doc: DocModel, name: string): string | null {
  if (hasPlace(name, doc.layout.folded) || !namesLevel(name, doc.layout.folded)) return null;
  const body = name
    .split(/\s*[-–]\s*/u)
    .map((part) => escaped(part).replace(/\s+/g, '\\s+'))
    .join('\\s*[-–]\\s*');
  const re = new RegExp(String.raw`(?<![\p{L}])${body}\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)`, 'u');
  for (const b of doc.blocks) {
    const m = re.exec(b.text);
    if (m) return `${name} ${m[1]}`;
  }
  return null;
}

/**
 * A short name that leaves out its level ("Bảo hiểm xã hội Hà Nội", a headline's) as the text
 * names it in full elsewhere ("Bảo hiểm xã hội thành phố Hà Nội vừa triển khai …"): the full one.
 */
function withLevelInText(doc: DocModel, name: string): string | null {
  if (namesLevel(name, doc.layout.folded)) return null;
  const words = name.split(/\s+/u);
  for (let k = words.length - 1; k >= 1; k--) {
    const [head, tail] = [words.slice(0, k), words.slice(k)].map((ws) => ws.map(escaped).join(String.raw`\s+`));
    const re = forCopy(doc.layout.folded, new RegExp(String.raw`(?<![\p{L}])${head}\s+(tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+${tail}(?![\p{L}])`, 'u'));
    for (const b of doc.blocks) {
      const m = re.exec(b.text);
      if (m) return `${words.slice(0, k).join(' ')} ${m[1].replace(/\s+/g, ' ')} ${words.slice(k).join(' ')}`;
    }
  }
  return null;
}

/**
 * A subject named bare in a relaying sentence ("UBND tỉnh ban hành Công văn …"), placed by the
 * title or the place-and-date line, else by the one province the text names — pieced together, so
 * to confirm.
 */
export function relayedIssuer(name: Fact<string> | null | undefined, title: string, place: string | null, doc: DocModel): Fact<string> | null {
  if (!name) return null;
  const folded = doc.layout.folded;
  const known = placeOf(title, place);
  const fuller = known ? null : fullerInText(doc, name.value);
  if (fuller) return fact(fuller, name.source, name.confidence);
  const at = known ?? onePlaceNamed(doc);
  const value = issuerFromText(name.value, at, folded);
  return fact(value, name.source, !known && value !== name.value ? DOUBTFUL : name.confidence);
}

/** A subject as a body's name: its verb, manner words and bracketed short form dropped; none when one word is left ("Ban"). */
function bodyName(subject: string, folded: boolean): string | null {
  // A copy without diacritics keeps no verb to tell ("du", "da" are in names): its subject is taken whole.
  const verb = folded ? null : VERB.exec(subject);
  const name = (verb ? subject.slice(0, verb.index) : subject).trim().replace(forCopy(folded, MANNER), '').replace(SHORT_FORM, '');
  return /\s/u.test(name) ? name : null;
}

/** The issuing sentence of the opening: its subject, and the kind and title of what it issues. */
export function issuingSentence(doc: DocModel, title: string, place: string | null): Issuing | null {
  const folded = doc.layout.folded;
  const limit = Math.min(doc.blocks.length, 40);
  for (const re of [NAMED, ALIASED, MEETS, LED].map((r) => new RegExp(forCopy(folded, r).source, 'gu'))) {
    for (let i = 0; i < limit; i++) {
      const b: Block = doc.blocks[i];
      if (b.type !== 'para') continue;
      const m = [...b.text.matchAll(re)].find((x) => !forCopy(folded, REFERENCE).test(x[1]) && bodyName(x[1], folded));
      if (!m) continue;
      const at = (m.index as number) + m[0].indexOf(m[1]);
      const name = bodyName(m[1], folded) as string;
      const known = placeOf(title, place);
      // "UBND tỉnh vừa ban hành Kế hoạch … trên địa bàn tỉnh Đồng Nai …", "… do Ủy ban nhân dân tỉnh Bắc
      // Kạn phát động, Liên đoàn Lao động tỉnh đã ban hành …": the province its own sentence names, before
      // or after the subject, pieced together, to confirm.
      const own = known ? null : placeInSentence(b.text.slice(sentenceStart(b.text, at)));
      const full = withLevelInText(doc, name);
      const placed = full ?? issuerFromText(name, known ?? own, folded);
      const issuer = fact(fullerInText(doc, placed) ?? placed, sourceOf(b, at, at + name.length), !full && own && placed !== name ? DOUBTFUL : LIKELY);
      const after = m.index + m[0].length;
      const k = forCopy(folded, KIND_ISSUED).exec(b.text.slice(after));
      if (!k) return { issuer, kind: null, title: null };
      const word = k[1].toLocaleLowerCase('vi').replace(/\s+/g, ' ');
      const kindAt = after + k.index + k[0].indexOf(k[1]);
      const titleAt = after + k.index + k[0].lastIndexOf(k[2]);
      const t = trimPunct(k[2], '.,;:');
      return {
        issuer,
        kind: KIND_OF[word] ? fact(KIND_OF[word], sourceOf(b, kindAt, kindAt + k[1].length), LIKELY) : null,
        title: fact(t.charAt(0).toLocaleUpperCase('vi') + t.slice(1), sourceOf(b, titleAt, titleAt + t.length), LIKELY),
      };
    }
  }
  return null;
}

// The attachment line under an attached document's title: "(Ban hành kèm theo Quyết định số …
// ngày … của trường Tiểu học số 2 Quảng Phú)" — the body that issued the Quyết định issues its attachment.
const ATTACHED_BY = new RegExp(
  String.raw`^\(?\s*(?:Ban\s+hành\s+)?kèm\s+theo\s+(?:Quyết\s+định|Kế\s+hoạch|Công\s+văn|Thông\s+báo|Hướng\s+dẫn)[^()]*?\s+của\s+(${BODY}[^()]{0,80}?)\s*\)?\s*[.;]?$`,
  'iu',
);

/** The issuer an attachment line names. */
export function attachmentIssuer(doc: DocModel): Fact<string> | null {
  const re = forCopy(doc.layout.folded, ATTACHED_BY);
  for (const b of doc.blocks.slice(0, 15)) {
    const m = b.type === 'para' ? re.exec(b.text) : null;
    if (!m) continue;
    const at = b.text.lastIndexOf(m[1]);
    const name = m[1].charAt(0).toLocaleUpperCase('vi') + m[1].slice(1);
    return fact(name, sourceOf(b, at, at + name.length), LIKELY);
  }
  return null;
}

// A page's foot: chrome to step over ("Số lượt đọc: 2821", "In trang", "Trân trọng!") and the
// signing body, or "Nguồn: …".
const SOURCE_LINE = /^Nguồn\s*:\s*(.+)$/iu;
const SIGNATURE = new RegExp(String.raw`^${BODY}[^,;:!?()]{0,80}$`, 'u');
const CHROME =
  /^(?:Trân\s+trọng|Số\s+lượt\s+(?:đọc|xem)|Lượt\s+xem|In\s+trang|File\s+đính\s+kèm|Tệp\s+đính\s+kèm|Các\s+tin\s+khác|Tin\s+liên\s+quan|Về\s+trang|Chia\s+sẻ|Xem\s+thêm|Bản\s+in|Tải\s+về|Ban\s+biên\s+tập|Tìm\s+kiếm|Liên\s+kết(?:\s+website)?|Tin\s+tức|Bình\s+luận|Trang\s+chủ|Đăng\s+nhập|Hỏi\s+đáp)/iu;
const FOOT = 8;

/** The signing body at the foot of a copy without a header, or its "Nguồn:" line. */
export function signatureIssuer(doc: DocModel): Fact<string> | null {
  const folded = doc.layout.folded;
  const blocks = doc.blocks.slice(-FOOT);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    const src = b.type === 'para' ? SOURCE_LINE.exec(b.text) : null;
    if (src && new RegExp(`^${BODY}`, 'u').test(src[1])) {
      const name = trimPunct(src[1], '.;,');
      const at = b.text.indexOf(name);
      return fact(name, sourceOf(b, at, at + name.length), LIKELY);
    }
  }
  const signature = (t: string) => forCopy(folded, SIGNATURE).test(t) && t.split(/\s+/).length <= 14;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.type !== 'para') return null;
    // A site's sidebar runs on under the last line as short labels ("Ban Biên tập / Tìm kiếm / Liên
    // kết website"): a block is read line by line, last first, its chrome lines stepped over.
    const lines = b.starts.map((s, k) => ({ from: s.at, to: k + 1 < b.starts.length ? b.starts[k + 1].at : b.text.length }));
    const chromeLine = lines.some((l) => CHROME.test(b.text.slice(l.from, l.to).trim()));
    for (const l of chromeLine ? lines.reverse() : [{ from: 0, to: b.text.length }]) {
      const t = trimPunct(b.text.slice(l.from, l.to), '.;,');
      if (CHROME.test(t) || /^[.\s]*$/u.test(t)) continue;
      if (b.marker === 'none' && signature(t)) return fact(t, sourceOf(b, l.from, l.from + t.length), LIKELY);
      // Anything else ends the foot: the signature is the last thing a document says.
      return null;
    }
  }
  return null;
}
