// Character-level normalisation shared by every input path (text, Markdown, HTML, .docx): NFC,
// every kind of space made a plain space, invisible characters removed, curly quotes made straight,
// HTML character references decoded. Tabs are kept: they separate table cells.

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…',
  ldquo: '"', rdquo: '"', bdquo: '"', lsquo: "'", rsquo: "'", sbquo: "'", laquo: '"', raquo: '"',
  bull: '•', middot: '·', times: '×', deg: '°', shy: '', zwj: '', zwnj: '', ensp: ' ', emsp: ' ',
  thinsp: ' ', minus: '−', copy: '©', reg: '®', sect: '§', para: '¶', frac12: '½', frac14: '¼',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,8});/gi;

/** Decodes HTML character references ("&nbsp;", "&#8211;", "&#x2013;"); unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[name.toLowerCase()] ?? all;
  });
}

// Spaces of every width (not tabs, not line breaks).
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters, the byte-order mark, soft hyphens and word joiners carry no text.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const DOUBLE_QUOTES = /[“”„‟″«»〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛′]/g;

const NEEDS_WORK = /[\u00A0\u1680\u2000-\u200D\u202F\u205F\u3000\u2060\uFEFF\u00AD“”„‟″«»〝〞＂‘’‚‛′]/;

/** Plain spaces, no invisible characters, straight quotes; NFC unless the caller has done it for the whole text. */
export function normaliseChars(s: string, nfcDone = false): string {
  const t = nfcDone ? s : s.normalize('NFC');
  if (!NEEDS_WORK.test(t)) return t;
  return t.replace(INVISIBLE, '').replace(SPACES, ' ').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/** `s` without the trailing characters in `chars` (a loop: an end-anchored regex rescans long text). */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without leading and trailing spaces and the given punctuation at its end. */
export const trimPunct = (s: string, chars = ' .:;,'): string => trimEndOf(s.trim(), chars + ' \t');

/** All letters upper case (at least `min` letters): "ỦY BAN NHÂN DÂN", "KẾ HOẠCH". */
export function isUpperText(s: string, min = 3): boolean {
  if (LOWER.test(s)) return false;
  UPPER.lastIndex = 0;
  let letters = 0;
  while (UPPER.exec(s)) if (++letters >= min) return true;
  return false;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;
