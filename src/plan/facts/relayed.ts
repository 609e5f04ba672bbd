// A document carried inside a sentence of a page that relays it, as portals and papers do: "Ngày
// 17/10/2022 UBND tỉnh ban hành Công văn số 6908/UBND-NCPC về việc …", "Ngày 18/1, Ban … có Văn bản
// số 51/BTĐKT-P.1, về việc …", "UBND tỉnh đã ban hành Kế hoạch số 192/KH-UBND …". The relayed
// document is the one the sentence's subject issues, named right after its verb; the documents named
// after "tại", "theo", "của", "Căn cứ" (the plan a công văn amends, a bank's Tờ trình the day before)
// are others'. A day written without its year ("Ngày 18/1") takes the year of the text's latest full
// date, to confirm. A paper writes the kind in lower case and may put the number in brackets
// ("Tổng cục Thuế vừa ban hành công văn (số 5401/TCT-TCCB) gửi …"), or give none ("UBND tỉnh vừa ban
// hành kế hoạch triển khai phong trào …"): the kind is still the relayed document's. Its title is the
// clause after "về (việc)" or, with no number, after the kind word — the document's own trích yếu.
import type { Block, DocModel } from '../document';
import type { PlanKind } from '../../core/types';
import { isValidYmd } from '../../core/dates';
import { forCopy } from '../document/fold';
import { DOUBTFUL, LIKELY, fact, sourceOf, type Fact } from './fact';
import { BODY } from './issuer';
import { cleanTitle, cutTitle } from './title';

export interface Relayed {
  kind: Fact<PlanKind> | null;
  number: Fact<string> | null;
  date: Fact<string> | null;
  /** The subject that issues it, as written ("UBND tỉnh", "Bộ Giáo dục và Đào tạo"). */
  issuer: Fact<string>;
  /** Its trích yếu as the sentence quotes it ("… Kế hoạch số 74/KH-UBND về tổ chức hội nghị …"). */
  title: Fact<string> | null;
}

const DAY = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`;
// Each word of a kind in either case: a paper writes "công văn", "kế hoạch".
const KINDS = ['Công văn', 'Văn bản', 'Kế hoạch', 'Quyết định', 'Hướng dẫn', 'Thông báo', 'Quy định', 'Quy chế', 'Chỉ thị', 'Chương trình']
  .map((k) => k.split(' ').map((w) => `[${w[0]}${w[0].toLocaleLowerCase('vi')}]${w.slice(1)}`).join(String.raw`\s+`))
  .join('|');
// A số/ký hiệu: "6908/UBND-NCPC", "51/BTĐKT-P.1", "57/2020/TT-BQP".
const NUMBER = String.raw`\d{1,5}(?:\/\d{4})?\/[\p{Lu}Đ][\p{L}\d.&-]*[\p{L}\d]`;
const RELAYED = new RegExp(
  String.raw`(?:(?:^|[.;]\s+)Ngày\s+(?:${DAY})\s*[,.]?\s+)?(?:^|(?<=[,.;]\s|\s))(${BODY}[^,;.()]{0,80}?)\s+(?:đã\s+|vừa\s+|mới\s+)?(ban\s+hành|có|ký|gửi)\s+(${KINDS})(?![\p{L}])(?:(?:\s+(?:số\s+)?|\s*\(\s*số\s+)(${NUMBER})(?:\s*\))?)?(?:\s+ngày\s+(?:${DAY}))?`,
  'gu',
);
const REFERENCE = /^(?:Căn\s+cứ|Thực\s+hiện|Theo\s)/iu;
const KIND_OF: Record<string, PlanKind> = {
  'công văn': 'cong-van',
  'văn bản': 'cong-van',
  'kế hoạch': 'ke-hoach',
  'chương trình': 'ke-hoach',
  'quyết định': 'quyet-dinh',
  'hướng dẫn': 'huong-dan',
  'thông báo': 'thong-bao',
  'quy định': 'quy-dinh',
  'quy chế': 'quy-dinh',
};
const OPENING = 12;

const pad = (n: number) => String(n).padStart(2, '0');
const FULL_YEAR = /(?<!\d)\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|tháng\s*\d{1,2}\s*năm)\s*(\d{4})(?!\d)/gu;

/** The latest year of a full date in the text: the year of a day written without one. */
function textYear(doc: DocModel): number | null {
  let best: number | null = null;
  for (const b of doc.blocks) for (const m of b.text.matchAll(FULL_YEAR)) best = Math.max(best ?? 0, +m[1]);
  return best;
}

/** A day from one of DAY's two spellings (groups from `g`), its year from the text when not written. */
function dayOf(m: RegExpExecArray, g: number, doc: DocModel): { iso: string; guessed: boolean } | null {
  const [d, mo, y] = m[g] !== undefined ? [m[g], m[g + 1], m[g + 2]] : [m[g + 3], m[g + 4], m[g + 5]];
  if (d === undefined) return null;
  const year = y !== undefined ? +y : textYear(doc);
  if (year === null || !isValidYmd(year, +mo, +d)) return null;
  return { iso: `${year}-${pad(+mo)}-${pad(+d)}`, guessed: y === undefined };
}

// What a relayed document's title runs to: the plan's "như sau", its contents, whom it is sent to,
// a colon, the end of the sentence.
const TITLE_END = /,?\s+(?:như\s+sau|với\s+(?:các\s+|những\s+)?(?:nội\s+dung|mục\s+tiêu)|gửi\s+(?:các|tới|đến))(?![\p{L}])|\s*:|\.(?=\s+\p{Lu}|\s*$)/u;
// Where a numbered document's trích yếu starts: "về (việc)", after the issuer it repeats ("Công văn
// 1368/BGDĐT-TCCB của Bộ … về việc …"); a number-less one's starts at the kind word.
const ABOUT = /^\s*,?\s*(?:của\s+[^,;.()]{1,80}?\s*,?\s+)?về\s+(?:việc\s+)?(?=\p{L})/u;
const NOT_TITLE = /^(?:số|này|của|ngày|tại|theo|gửi|trên|đã|và)(?![\p{L}])/iu;
// A subject that is someone else's document's ("… Quyết định số 733/QĐ-TTg của Thủ tướng về việc ban hành kế hoạch …").
const NOT_SUBJECT = /(?<![\p{L}])(?:về\s+việc|của|tại|theo)\s/iu;

/** The trích yếu the sentence quotes after the relayed document's name, if any. */
function quotedTitle(b: Block, after: number, numbered: boolean): Fact<string> | null {
  const rest = b.text.slice(after);
  const about = ABOUT.exec(rest);
  const lead = about ? about[0].length : numbered ? -1 : (/^\s+/u.exec(rest)?.[0].length ?? -1);
  if (lead < 0 || NOT_TITLE.test(rest.slice(lead))) return null;
  const body = rest.slice(lead);
  const end = TITLE_END.exec(body);
  const t = cleanTitle(cutTitle(end ? body.slice(0, end.index) : body));
  if (t.length < 10) return null;
  const at = after + lead;
  return fact(t.charAt(0).toLocaleUpperCase('vi') + t.slice(1), sourceOf(b, at, at + t.length), LIKELY);
}

// The head who signs for a body, named before it ("Trưởng Ban Dân tộc tỉnh Bắc Giang Vi Thanh Quyền vừa ký …").
const HEAD_BEFORE = /(?:Trưởng|Phó|Giám\s+đốc|Chủ\s+tịch|Bí\s+thư|Chánh\s+án|Hiệu\s+trưởng|Cục\s+trưởng|Viện\s+trưởng|Thủ\s+trưởng)\s+$/u;
const LEVEL_RUN = /(?<![\p{L}])(tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)+)$/u;

/**
 * A body named by its head runs on into the head's own name after its place: the place is cut to
 * where the text names it elsewhere ("… tỉnh Bắc Giang giai đoạn …"), the capitalised words after
 * it are the person's.
 */
function withoutHeadName(doc: DocModel, before: string, name: string): string {
  const run = HEAD_BEFORE.test(before) ? LEVEL_RUN.exec(name) : null;
  if (!run) return name;
  const level = run[1].replace(/\s+/g, '\\s+');
  const words = run[2].split(/\s+/u);
  for (let k = words.length - 2; k >= 1; k--) {
    const place = words.slice(0, k).join(String.raw`\s+`);
    const re = new RegExp(String.raw`(?<![\p{L}])${level}\s+${place}(?!\s*\p{Lu})(?![\p{L}])`, 'u');
    if (doc.blocks.some((x) => re.test(x.text))) return `${name.slice(0, run.index)}${run[1]} ${words.slice(0, k).join(' ')}`;
  }
  return name;
}

/**
 * The document the opening relays: a sentence whose subject issues it, named by its kind and
 * số/ký hiệu, or by its kind alone where the subject "ban hành" it.
 */
export function relayedDocument(doc: DocModel): Relayed | null {
  const re = forCopy(doc.layout.folded, RELAYED);
  for (const b of doc.blocks.slice(0, OPENING) as Block[]) {
    if (b.type !== 'para') continue;
    for (const m of b.text.matchAll(re)) {
      const verb = m[8].toLocaleLowerCase('vi');
      const word = m[9].toLocaleLowerCase('vi').replace(/\s+/g, ' ');
      if (REFERENCE.test(m[7]) || NOT_SUBJECT.test(m[7])) continue;
      // Without a number only an act of issuing names a document: "có kế hoạch", "gửi văn bản" are plans and letters of any kind.
      if (m[10] === undefined && (!verb.startsWith('ban') || word === 'văn bản')) continue;
      const at = m.index as number;
      const subjectAt = at + m[0].indexOf(m[7]);
      const name = withoutHeadName(doc, b.text.slice(0, subjectAt), m[7].trim());
      const src = sourceOf(b, at, at + m[0].length);
      // The day before the subject ("Ngày 17/10/2022 UBND tỉnh …") or after the number ("… số X ngày …").
      const day = dayOf(m, 1, doc) ?? dayOf(m, 11, doc);
      const kind = KIND_OF[word] ?? null;
      return {
        kind: kind ? fact(kind, src, word.startsWith('văn') ? DOUBTFUL : LIKELY) : null,
        number: m[10] === undefined ? null : fact(m[10].replace(/[.-]+$/u, ''), src, LIKELY),
        date: day ? fact(day.iso, src, day.guessed ? DOUBTFUL : LIKELY) : null,
        issuer: fact(name, sourceOf(b, subjectAt, subjectAt + name.length), LIKELY),
        title: quotedTitle(b, at + m[0].length, m[10] !== undefined),
      };
    }
  }
  return null;
}
