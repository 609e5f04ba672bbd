// Vietnamese numbering of administrative documents (Nghị định 30/2020 and common use): Phần,
// Chương, Mục, Điều; "A." for big parts; "I.", "II." sections; "1.", "1.1.", "1.1.1." (or "1)",
// "1/"); "a)", "b)", "đ)"; and list bullets "-", "+", "•", "*". A paragraph's marker decides where
// it sits in the section tree.

export type MarkerType = 'part' | 'chapter' | 'section' | 'article' | 'upper' | 'roman' | 'num' | 'letter' | 'bullet' | 'none';

export interface Marker {
  type: MarkerType;
  /** "II", "2.1", "a", "3" (for Điều 3), the bullet symbol for bullets, '' for none. */
  id: string;
  /** Depth of a "1.1.1." number (1 for "1."); 1 for the others. */
  depth: number;
  /** The text after the marker. */
  body: string;
}

const ROMAN_OK = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const PART = /^(?:PHẦN|Phần)\s+(thứ\s+\S+|THỨ\s+\S+|[IVXLC]+|\d{1,2})(?=[\s.:]|$)[.:]?\s*(.*)$/u;
const CHAPTER = /^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d{1,2})(?=[\s.:]|$)[.:]?\s*(.*)$/u;
const SECTION = /^(?:MỤC|Mục)\s+(\d{1,2}|[IVX]+)(?=[\s.:]|$)[.:]?\s*(.*)$/u;
const ARTICLE = /^(?:ĐIỀU|Điều)\s+(\d{1,3})\s*[.:]\s*(.*)$/u;
const UPPER = /^([A-ZĐ])\s*[.)]\s+(\S.*)$/u;
// "I.", "II)", and "I- " as older documents write it.
const ROMAN = /^([IVXLC]{1,7})\s*(?:[.)]|[-–](?=\s))\s*(\S.*)$/u;
const NUM = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:[.)/]|[-–](?=\s))\s*(\S.*)$/u;
const NUM_NO_DOT = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\p{L}.*)$/u;
const LETTER = /^([a-zđ])\s*[)/]\s*(\S.*)$|^([a-zđ])\.\s+(\p{Lu}.*)$/u;
const BULLET = /^([-–—−•·●▪◦■□○►➢➤✓+])\s*(.*)$/u;

const STARTS_WORD = /^[\p{L}"'(\[]/u;

function num(text: string): Marker | null {
  const m = NUM.exec(text) ?? NUM_NO_DOT.exec(text);
  // "2021 - 2025", "30/4", "15.6.2023" are not numbering: the body must start with a word.
  if (!m || !STARTS_WORD.test(m[2])) return null;
  return { type: 'num', id: m[1], depth: m[1].split('.').length, body: m[2].trim() };
}

const NONE_FIRST = /^[\p{Ll}"'(\[]/u;

/** The marker a paragraph starts with ('none' when it is plain prose). */
export function markerOf(text: string): Marker {
  // Most lines start with a lower-case word or a quote: only "a) …", "đ. …" can be markers then.
  if (NONE_FIRST.test(text) && !/^[a-zđ]\s*[).\/]/u.test(text)) return { type: 'none', id: '', depth: 1, body: text };
  let m: RegExpExecArray | null;
  if ((m = PART.exec(text))) return { type: 'part', id: m[1], depth: 1, body: m[2].trim() };
  if ((m = CHAPTER.exec(text))) return { type: 'chapter', id: m[1], depth: 1, body: m[2].trim() };
  if ((m = SECTION.exec(text))) return { type: 'section', id: m[1], depth: 1, body: m[2].trim() };
  if ((m = ARTICLE.exec(text))) return { type: 'article', id: m[1], depth: 1, body: m[2].trim() };
  if ((m = ROMAN.exec(text)) && ROMAN_OK.test(m[1]) && STARTS_WORD.test(m[2])) return { type: 'roman', id: m[1], depth: 1, body: m[2].trim() };
  // "A. TẬP THỂ"; not an initial ("A. Nguyễn"): the body is upper case or a short title.
  if ((m = UPPER.exec(text)) && !ROMAN_OK.test(m[1]) && (m[2] === m[2].toUpperCase() || m[2].length <= 60)) return { type: 'upper', id: m[1], depth: 1, body: m[2].trim() };
  const n = num(text);
  if (n) return n;
  if ((m = LETTER.exec(text))) return { type: 'letter', id: m[1] ?? m[3], depth: 1, body: (m[2] ?? m[4]).trim() };
  if ((m = BULLET.exec(text))) {
    // "- 2 -" (a page number) is no bullet.
    if (!/^\d+\s*[-–]?$/.test(m[2])) return { type: 'bullet', id: m[1] === '–' || m[1] === '—' || m[1] === '−' ? '-' : m[1], depth: 1, body: m[2].trim() };
  }
  return { type: 'none', id: '', depth: 1, body: text };
}

/** Headings open sections; bullets open list items. */
export const isHeadingMarker = (t: MarkerType): boolean => t !== 'bullet' && t !== 'none';
