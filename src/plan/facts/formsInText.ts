// Award forms a document names in its sentences, as the genre phrases it: what is given or asked
// for — "tặng", "truy tặng", "xét tặng", "tặng thưởng", "đề nghị (tặng) …",
// "hình thức: …" — followed by one form or a list ("Cờ thi đua của Chính phủ, Cờ thi đua của UBND
// tỉnh, danh hiệu "Tập thể lao động xuất sắc" và Bằng khen của UBND tỉnh"). A form held already
// ("có ít nhất 01 Bằng khen Thành Đoàn", "02 lần được tặng …") is a condition, not a form named.
//
// A form is its words as written: quoted ("danh hiệu "Anh hùng lao động"") or a form's head word
// (the catalogue's names and aliases, and the state's orders and titles it does not hold) with what
// names whose form it is ("của UBND tỉnh", "Lao động hạng Ba", "Trung ương Đoàn", "cấp tỉnh").
import type { Block, DocModel } from '../document';
import { FORMS } from '../../core/forms/catalogue';
import { forCopy } from '../document/fold';
import { LIKELY, fact, sourceOf, type Fact } from './fact';
import { nameKey } from './names';
import { scopeNodes } from './query';
import { NAME_SECOND_SYLLABLE } from './vocab';
import { issuingClauseAt } from './issuer';

// Heads of the forms the catalogue does not list (the state's orders, medals and honorary titles).
const STATE_HEADS = [
  'Bằng khen', 'Giấy khen', 'Cờ thi đua', 'Huân chương', 'Huy chương', 'Kỷ niệm chương', 'Chiến sĩ thi đua', 'Chiến sỹ thi đua',
  'Chiến sĩ tiên tiến', 'Lao động tiên tiến', 'Tập thể lao động tiên tiến', 'Tập thể lao động xuất sắc', 'Anh hùng', 'Nhà giáo',
  'Thầy thuốc', 'Nghệ sĩ', 'Nghệ nhân', 'Giải thưởng', 'Bằng Lao động sáng tạo', 'Đơn vị quyết thắng', 'Đơn vị tiên tiến', 'Cờ truyền thống',
];
// A head matched in either case at each word's start ("Bằng khen", "bằng khen", "Bằng Khen"); the
// qualifiers after it are matched as written, so a lower-case word that is none ends the name.
const caseless = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .split(/\s+/)
    .map((w) => {
      const [lo, up] = [w[0].toLocaleLowerCase('vi'), w[0].toLocaleUpperCase('vi')];
      return (lo === up ? w[0] : `[${up}${lo}]`) + w.slice(1);
    })
    .join('\\s+');
// The catalogue's names and aliases that are words (not "LĐTT"), longest first so a name wins over its head.
const HEADS = [...new Set([...STATE_HEADS, ...FORMS.flatMap((f) => [f.name, ...f.aliases]).filter((n) => /\s/.test(n) && !/^Danh hiệu\s/iu.test(n))])]
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|');

// "nhận Cờ thi đua của UBND tỉnh": what a unit receives at the review; "đã nhận", "tiếp nhận", "công nhận" are not.
// "được tặng", "đã tặng" tell what a nominee or unit holds already: a condition, not a form named.
const TRIGGER = /(?:truy\s+tặng|xét\s+tặng(?:\s+thưởng)?|(?<!(?:được|đã)\s)tặng\s+thưởng|đề\s+nghị(?:\s+xét)?(?:\s+(?:tặng\s+thưởng|tặng|khen\s+thưởng|công\s+nhận))?|(?<![\p{L}])(?<!(?:được|đã)\s)tặng|hình\s+thức(?:\s+khen\s+thưởng)?\s*:|trình\s+khen\s+thưởng\s*:|(?<![\p{L}])(?<!(?:đã|từng|chưa|tiếp|xác|ghi|thừa|công)\s)nhận(?:\s+được)?)(?![\p{L}])\s*:?\s*(?:[-+•]\s*)?/giu;
// Words that say whose form it is or which class, in either case ("Huân chương Lao động hạng Ba",
// "Cờ thi đua của UBND tỉnh", "Anh hùng lực lượng vũ trang nhân dân"), and any capitalised name (with
// the lower-case second syllable of "Chính phủ", "Trung ương", "Chủ tịch", "Thanh tra"…).
// The class after "hạng" in either case ("hạng ba", "hạng Nhất"), before "hạng" alone.
const QUALIFIER_WORDS = [
  'của', 'hạng nhất', 'hạng nhì', 'hạng ba', 'hạng', 'cấp', 'tỉnh', 'thành phố', 'bộ', 'ngành', 'cơ sở', 'toàn quốc', 'nhân dân', 'lực lượng', 'vũ trang', 'lao động',
  'sáng tạo', 'thi đua', 'xuất sắc', 'tiên tiến', 'ưu tú', 'quyết thắng', 'sao vàng', 'độc lập', 'chiến công', 'bảo vệ tổ quốc', 'kháng chiến',
];
const QUALIFIER = String.raw`(?:${QUALIFIER_WORDS.map(caseless).join('|')}|[\p{Lu}][\p{L}&]*(?:\s+${NAME_SECOND_SYLLABLE})?)(?![\p{L}])`;
// A flag named by its quoted title, in either case: "tặng cờ “Đơn vị dẫn đầu phong trào thi đua”".
const FORM_AT = new RegExp(String.raw`^(?:[Dd]anh\s+hiệu\s+)?(?:"([^"]{3,100})"|[Cc]ờ\s+"([^"]{3,100})"|((?:${HEADS})(?:\s+${QUALIFIER})*))`, 'u');
// Between two forms of a list: a comma, "và", "hoặc"; what a form is given to ("cho 01 tập thể") or a note in brackets is skipped.
const TAIL = /^(?:\s+cho\s+[^,;:.()]{1,40}?(?=\s*(?:,|;|và\s|hoặc\s|$)))?(?:\s*\([^()]{0,80}\))?/u;
const NEXT = /^\s*(?:,|;|và(?=\s)|hoặc(?=\s))\s*(?:[-+•]\s*)?/u;

export interface TextForm {
  name: Fact<string>;
}

/** One form at the start of `text`: its name and how much text it took. */
function formAt(text: string): { name: string; length: number } | null {
  const m = FORM_AT.exec(text);
  if (!m) return null;
  // The qualifiers are read with the case they are written in: a lower-case word that is no qualifier ends the name.
  const name = (m[1] ?? (m[2] ? `Cờ ${m[2]}` : m[3])).replace(/\s+của$/u, '').trim();
  return { name, length: m[0].length };
}

/** The forms named in a list that starts at `from` in the block's text. */
function listAt(b: Block, from: number, out: { name: string; at: number }[]): void {
  let at = from;
  for (let guard = 0; guard < 12; guard++) {
    const f = formAt(b.text.slice(at));
    if (!f) return;
    // A flag's name is written "Cờ …" whatever the case of its "cờ": it starts where the match does.
    const i = b.text.slice(at).indexOf(f.name.slice(0, 3));
    out.push({ name: f.name, at: at + Math.max(i, 0) });
    at += f.length;
    at += TAIL.exec(b.text.slice(at))?.[0].length ?? 0;
    const next = NEXT.exec(b.text.slice(at));
    if (!next) return;
    at += next[0].length;
  }
}

/** Initials of a form's name, folded ("Anh hùng lao động" → "ahld"): an acronym in quotes is the same form. */
const initials = (s: string) => nameKey(s).split(' ').map((w) => w[0]).join('');

/** The forms a document names in its sentences, each once, the less precise name of a form dropped. */
export function formsInText(doc: DocModel): TextForm[] {
  const found: { name: string; at: number; b: Block }[] = [];
  const trigger = forCopy(doc.layout.folded, TRIGGER);
  for (const n of scopeNodes(doc)) {
    const b = n.block as Block;
    if (b.type !== 'para') continue;
    // The grounds name what the cited documents rule on ("Căn cứ Nghị định … xét tặng danh hiệu "Gia
    // đình văn hóa" …"), not this document's forms: only the clause that acts after them counts.
    const from = /^Căn\s+cứ\s/iu.test(b.text) ? issuingClauseAt(b.text, doc.layout.folded) : 0;
    if (from < 0) continue;
    trigger.lastIndex = from;
    for (let m = trigger.exec(b.text); m; m = trigger.exec(b.text)) {
      const list: { name: string; at: number }[] = [];
      listAt(b, m.index + m[0].length, list);
      for (const f of list) found.push({ ...f, b });
    }
  }
  const keys = [...new Set(found.map((f) => nameKey(f.name)))];
  const keep = (k: string) =>
    // "Huân chương Lao động" beside "Huân chương Lao động hạng Nhất"; "AHLĐ" beside "Anh hùng lao động".
    !keys.some((o) => o !== k && (o.startsWith(k + ' ') || (!k.includes(' ') && k.length <= 6 && initials(o) === k)));
  const seen = new Set<string>();
  const out: TextForm[] = [];
  for (const f of found) {
    const k = nameKey(f.name);
    if (seen.has(k) || !keep(k)) continue;
    seen.add(k);
    out.push({ name: fact(f.name, sourceOf(f.b, f.at, f.at + f.name.length), LIKELY) });
  }
  return out;
}
