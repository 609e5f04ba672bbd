// Copies that lost their diacritics: a Word 97 file read as text drops every letter outside ASCII
// ("Hng dn bnh xt thi ua" for "Hướng dẫn bình xét thi đua"), an OCR without Vietnamese gives the
// base letters ("KE HOACH", "ngay 13 thang 10"). Such a copy is told by its letters, and read with
// the reader's own patterns made tolerant: each accented letter may stand as its base letter or be
// missing. The same patterns, not a second set, so what the reader knows it knows for both.

// Vietnamese letters with a mark, lower and upper case (đ/Đ, ă, â, ê, ô, ơ, ư and the five tones).
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]/gu;
const ASCII_LETTER = /[A-Za-z]/g;

const BASE = new Map<string, string>();
for (const c of MARKED.source.slice(1, -1)) BASE.set(c, c === 'đ' ? 'd' : c === 'Đ' ? 'D' : c.normalize('NFD')[0]);

/** The base letter of a marked one ("ế" → "e", "Đ" → "D"), or null for any other character. */
export const baseLetter = (c: string): string | null => BASE.get(c) ?? null;

/**
 * Whether a text lost its diacritics: enough letters to tell (a Vietnamese page has a marked
 * letter in about one word out of two) and almost none of them marked.
 */
export function lostDiacritics(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const ascii = sample.match(ASCII_LETTER)?.length ?? 0;
  if (ascii < 200) return false;
  const marked = sample.match(MARKED)?.length ?? 0;
  return marked < ascii * 0.005;
}

const QUANTIFIER = /[?*+{]/;

/** A character class made only of one letter's forms ("[OÒ]", "[Đđ]"): its base letter, else null. */
function oneLetterClass(body: string): string | null {
  if (body.startsWith('^') || body.includes('\\') || body.includes('-')) return null;
  let base: string | null = null;
  for (const c of body) {
    const b = (baseLetter(c) ?? c).toLowerCase();
    if (!/^[a-z]$/.test(b) || (base !== null && base !== b)) return null;
    base = b;
  }
  return base;
}

/** The source of `re` with each marked letter (outside a class: optional) and its base letter accepted. */
export function looseSource(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      // An escape is copied whole, with its braces ("\p{Lu}", "\u{1F600}").
      let j = i + 2;
      if ((src[i + 1] === 'p' || src[i + 1] === 'P' || src[i + 1] === 'u') && src[j] === '{') j = src.indexOf('}', j) + 1;
      out += src.slice(i, j);
      i = j - 1;
      continue;
    }
    if (c === '[') {
      const end = classEnd(src, i);
      const body = src.slice(i + 1, end);
      let cls = '';
      for (const ch of body) cls += ch + (baseLetter(ch) ?? '');
      const letter = oneLetterClass(body);
      const optional = letter !== null && [...body].some((ch) => baseLetter(ch)) && !QUANTIFIER.test(src[end + 1] ?? '');
      out += `[${cls}]${optional ? '?' : ''}`;
      i = end;
      continue;
    }
    const b = baseLetter(c);
    if (b === null) {
      out += c;
      continue;
    }
    out += QUANTIFIER.test(src[i + 1] ?? '') ? `[${c}${b}]` : `[${c}${b}]?`;
  }
  return out;
}

/** Index of the "]" closing the class opened at `open`. */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length - 1;
}

const cache = new WeakMap<RegExp, RegExp>();

/** `re` made tolerant of lost diacritics (same flags); built once per pattern. */
export function loose(re: RegExp): RegExp {
  let hit = cache.get(re);
  if (!hit) cache.set(re, (hit = new RegExp(looseSource(re.source), re.flags)));
  return hit;
}

/** `re` as a document needs it: tolerant when the copy lost its diacritics. */
export const forCopy = (folded: boolean, re: RegExp): RegExp => (folded ? loose(re) : re);
