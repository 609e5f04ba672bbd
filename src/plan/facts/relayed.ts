// A document carried inside a sentence of a page that relays it, as portals and papers do: "Ngày
// 17/10/2022 UBND tỉnh ban hành Công văn số 6908/UBND-NCPC về việc …", "Ngày 18/1, Ban … có Văn bản
// số 51/BTĐKT-P.1, về việc …", "UBND tỉnh đã ban hành Kế hoạch số 192/KH-UBND …". The relayed
// document is the one the sentence's subject issues, named right after its verb; the documents named
// after "tại", "theo", "của", "Căn cứ" (the plan a công văn amends, a bank's Tờ trình the day before)
// are others'. A day written without its year ("Ngày 18/1") takes the year of the text's latest full
// date, to confirm.
import type { Block, DocModel } from '../document';
import type { PlanKind } from '../../core/types';
import { isValidYmd } from '../../core/dates';
import { forCopy } from '../document/fold';
import { DOUBTFUL, LIKELY, fact, sourceOf, type Fact } from './fact';
import { BODY } from './issuer';

export interface Relayed {
  kind: Fact<PlanKind> | null;
  number: Fact<string>;
  date: Fact<string> | null;
  /** The subject that issues it, as written ("UBND tỉnh", "Bộ Giáo dục và Đào tạo"). */
  issuer: Fact<string>;
}

const DAY = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`;
const KINDS = String.raw`Công\s+văn|Văn\s+bản|Kế\s+hoạch|Quyết\s+định|Hướng\s+dẫn|Thông\s+báo|Quy\s+định|Quy\s+chế|Chỉ\s+thị|Chương\s+trình`;
// A số/ký hiệu: "6908/UBND-NCPC", "51/BTĐKT-P.1", "57/2020/TT-BQP".
const NUMBER = String.raw`\d{1,5}(?:\/\d{4})?\/[\p{Lu}Đ][\p{L}\d.&-]*[\p{L}\d]`;
const RELAYED = new RegExp(
  String.raw`(?:(?:^|[.;]\s+)Ngày\s+(?:${DAY})\s*[,.]?\s+)?(?:^|(?<=[,.;]\s|\s))(${BODY}[^,;.()]{0,80}?)\s+(?:đã\s+|vừa\s+|mới\s+)?(?:ban\s+hành|có|ký|gửi)\s+(${KINDS})\s+(?:số\s+)?(${NUMBER})(?:\s+ngày\s+(?:${DAY}))?`,
  'u',
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

/** The document the opening relays, when a sentence names its issuer, kind and số/ký hiệu. */
export function relayedDocument(doc: DocModel): Relayed | null {
  const re = forCopy(doc.layout.folded, RELAYED);
  for (const b of doc.blocks.slice(0, OPENING) as Block[]) {
    if (b.type !== 'para') continue;
    const m = re.exec(b.text);
    if (!m || REFERENCE.test(m[7])) continue;
    const subjectAt = m.index + m[0].indexOf(m[7]);
    const name = m[7].trim();
    const src = sourceOf(b, m.index, m.index + m[0].length);
    const number = m[9].replace(/[.-]+$/u, '');
    // The day before the subject ("Ngày 17/10/2022 UBND tỉnh …") or after the number ("… số X ngày …").
    const day = dayOf(m, 1, doc) ?? dayOf(m, 10, doc);
    const kind = KIND_OF[m[8].toLocaleLowerCase('vi').replace(/\s+/g, ' ')] ?? null;
    return {
      kind: kind ? fact(kind, src, m[8].toLocaleLowerCase('vi').startsWith('văn') ? DOUBTFUL : LIKELY) : null,
      number: fact(number, src, LIKELY),
      date: day ? fact(day.iso, src, day.guessed ? DOUBTFUL : LIKELY) : null,
      issuer: fact(name, sourceOf(b, subjectAt, subjectAt + name.length), LIKELY),
    };
  }
  return null;
}
