// Text normalisation shared by every matcher. Users paste text from PDF and Word in mixed
// Unicode forms (a decomposed "phòng" next to a precomposed one), so everything is NFC first.

/** The reference definition of nfc(); nfc() is its fast path. */
export function nfcReference(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** The reference definition of foldKey(); foldKey() is its fast path. */
export function foldKeyReference(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

// Fast paths (the engine folds every name and unit of 100,000-row lists).
let table: Map<number, string> | null = null;

function buildTable(): Map<number, string> {
  const t = new Map<number, string>();
  const ranges: [number, number][] = [[0x80, 0x2ff], [0x1e00, 0x1eff], [0x2000, 0x206f]];
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      if (c >= 0x200b && c <= 0x200d) continue; // zero-width: removed by foldKey's callers' nfc, not a separator
      t.set(c, foldKeyReference(String.fromCharCode(c)));
    }
  }
  return t;
}

/**
 * A key for case-, diacritics- and punctuation-insensitive matching of headers and names:
 * "Họ và tên\n(đầy đủ)" → "ho va ten day du". Idempotent. Computed char by char for
 * Latin/Vietnamese text (normalize() dominated the engine's profile on 100,000 rows); any other
 * text takes the reference path, so the result is always foldKeyReference(s).
 */
export function foldKey(s: string): string {
  const tb = (table ??= buildTable());
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c < 128) {
      if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37) piece = s[i];
      else piece = '';
    } else {
      const p = tb.get(c);
      // Combining marks, other scripts, zero-width characters: let foldKey decide.
      if (p === undefined || p.length !== 1 && /[^a-z0-9% ]/.test(p)) return foldKeyReference(s);
      piece = p;
    }
    if (piece === '' || piece === ' ') {
      gap = out.length > 0;
      continue;
    }
    if (gap) {
      out += ' ';
      gap = false;
    }
    out += piece;
  }
  return out;
}

/** FNV-1a over UTF-16 code units, continuing from h. */
function hashText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

const FNV_SEED = 2166136261 | 0;

/** hashText of a whole string from the seed: what foldKeyHash(s) equals, by definition. */
export function hashString(s: string): number {
  return hashText(FNV_SEED, s);
}

/**
 * hashString(foldKey(s)) without building the key: duplicate detection hashes every name of a
 * 100,000-row list, and only the few names whose hashes meet are folded and compared as text.
 */
export function foldKeyHash(s: string): number {
  const tb = (table ??= buildTable());
  let h = FNV_SEED;
  let started = false;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let code = -1;
    let piece: string | undefined;
    if (c < 128) {
      if (c >= 65 && c <= 90) code = c + 32;
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37) code = c;
    } else {
      piece = tb.get(c);
      if (piece === undefined || piece.length !== 1 && /[^a-z0-9% ]/.test(piece)) return hashString(foldKeyReference(s));
      if (piece === '' || piece === ' ') piece = undefined;
    }
    if (code < 0 && piece === undefined) {
      gap = started;
      continue;
    }
    if (gap) {
      h = Math.imul(h ^ 32, 16777619);
      gap = false;
    }
    h = piece === undefined ? Math.imul(h ^ code, 16777619) : hashText(h, piece);
    started = true;
  }
  return h;
}

/**
 * fold1[c] for c < 0x1f00: the one char c folds to, SEPARATOR (punctuation), SPACE, or 0 (take the
 * general path: whitespace nfc() rewrites, combining marks, other scripts).
 */
let fold1: Uint16Array | null = null;
const SEPARATOR = 0xffff;
const SPACE = 0xfffe;

function buildFold1(): Uint16Array {
  const tb = (table ??= buildTable());
  const t = new Uint16Array(0x1f00);
  for (let c = 33; c < 127; c++) {
    if (c >= 65 && c <= 90) t[c] = c + 32;
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37) t[c] = c;
    else t[c] = SEPARATOR;
  }
  t[32] = SPACE;
  // Control characters other than the whitespace ones (9–13, which nfc() rewrites) are kept by nfc()
  // and separate words in foldKey.
  for (let c = 0; c < 32; c++) if (c < 9 || c > 13) t[c] = SEPARATOR;
  t[127] = SEPARATOR;
  for (let c = 0x80; c < 0x1f00; c++) {
    // Only Latin letters and signs that NFC leaves alone on their own and that compose with nothing
    // (no combining marks, no other scripts, no spaces nfc() would rewrite).
    if (!((c <= 0x2ff || c >= 0x1e00) && !(c >= 0x300 && c <= 0x36f))) continue;
    const ch = String.fromCharCode(c);
    if (/\s/.test(ch) || ch.normalize('NFC') !== ch) continue;
    const p = tb.get(c);
    if (p === undefined) continue;
    if (p === '' || p === ' ') t[c] = SEPARATOR;
    else if (p.length === 1) t[c] = p.charCodeAt(0);
  }
  return t;
}

/**
 * foldKeyHash(s) when nfc(s) === s and s is plain Latin/Vietnamese text (nearly every name), else
 * NaN: one pass over the name both checks it and hashes it, where the reader used to scan it twice.
 * An empty or all-space s is never clean (its text is "no name").
 */
export function cleanFoldHash(s: string): number {
  const n = s.length;
  if (n === 0) return NaN;
  const f = (fold1 ??= buildFold1());
  let h = FNV_SEED;
  let started = false;
  let gap = false;
  let prevSpace = true; // a leading space is not clean
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const code = c < 0x1f00 ? f[c] : 0;
    if (code === 0) return NaN;
    if (code >= SPACE) {
      if (code === SPACE) {
        if (prevSpace) return NaN;
        prevSpace = true;
      } else prevSpace = false;
      gap = started;
      continue;
    }
    prevSpace = false;
    if (gap) {
      h = Math.imul(h ^ 32, 16777619);
      gap = false;
    }
    h = Math.imul(h ^ code, 16777619);
    started = true;
  }
  return prevSpace ? NaN : h;
}

// Anything nfc() would change: combining marks, zero-width or unusual spaces, doubled or edge spaces.
const NEEDS_NFC = /[\u0300-\u036f\u200B-\u200D\uFEFF\u00A0\t\n\r\f\v\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

/**
 * NFC, non-breaking and zero-width spaces unified, runs of whitespace collapsed, trimmed;
 * already-clean text (the common case) is returned as is.
 */
export function nfc(s: string): string {
  return NEEDS_NFC.test(s) ? nfcReference(s) : s;
}
