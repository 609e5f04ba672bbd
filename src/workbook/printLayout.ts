// Row heights for the owned sheets, estimated without a host. A file written by a library (exceljs)
// carries no row heights, and Office.js does not autofit rows it did not measure, so a wrapped
// cell would spill over the row below on paper. The estimate wraps each wrapped cell's words into
// its column (or merged columns) the way a spreadsheet does, with per-character widths of a serif
// font, and ers on the generous side: a row a little too tall prints fine, one too short does not.
import type { CellBlock, OwnedSheet } from './model';
import { parseRef } from './a1';

/**
 * Width of one character in column-width units (the width of "0" in the default 11 pt font) at
 * 12 pt Times New Roman. Vietnamese letters with diacritics are as wide as their base letter.
 */
function charUnits(ch: string): number {
  let u = unitsOf.get(ch);
  if (u === undefined) unitsOf.set(ch, (u = measureChar(ch)));
  return u;
}

// charUnits once per character: merged lists of thousands of rows measure the same few letters
// over and over (the normalize and tests below were most of a 5,000-row sheet's layout time).
const unitsOf = new Map<string, number>();

function measureChar(ch: string): number {
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base === ' ') return 0.45;
  if (/[.,:;'"!|()[\]/\-–]/.test(base)) return 0.5;
  if (/[iljtfrI]/.test(base)) return 0.55;
  if (/[mwMW]/.test(base)) return 1.35;
  if (/[A-ZĐ]/.test(base)) return 1.25;
  return 0.82;
}

// charUnits by UTF-16 code for the letters lists are written in (Latin and Vietnamese, all below
// U+2000), 0 until measured (no character measures 0): text[i] makes a new one-letter string for
// every Vietnamese letter, and looking that up was most of a merged list's row heights.
const unitsByCode = new Float64Array(0x2000);
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0x2000) return charUnits(text[i]);
  let u = unitsByCode[c];
  if (u === 0) unitsByCode[c] = u = charUnits(text[i]);
  return u;
}

/** The widest character's units (measureChar's "m", "w"). */
const WIDEST = 1.35;

/** Usable width of a column of `chars` width units: cell padding and a safety margin taken off. */
function usable(chars: number): number {
  return Math.max(1, chars * 0.97 - 0.5);
}

/** Letter widths at a font size, bold or not, relative to 12 pt regular. */
const scaleOf = (fontSize: number, bold: boolean) => (fontSize / 12) * (bold ? 1.08 : 1);

/** A short text on one line fits whatever its letters: every one as wide as the widest. */
function fitsAnyhow(text: string, cap: number, scale: number): boolean {
  return text.length * WIDEST * scale <= cap && !text.includes('\n');
}

/** How many lines `text` takes when wrapped in a cell `widthChars` wide (column-width units). */
export function wrappedLines(text: string, widthChars: number, fontSize = 12, bold = false): number {
  const scale = scaleOf(fontSize, bold);
  const cap = usable(widthChars);
  // A longer one without a line break fits when its letters and spaces together do (measured as
  // written: decomposed marks count as letters, so that errs on the wide side).
  if (fitsAnyhow(text, cap, scale)) return 1;
  if (text.length * WIDEST * scale > cap && !text.includes('\n')) {
    let w = 0;
    for (let i = 0; i < text.length && w <= cap; i++) w += unitsAt(text, i) * scale;
    if (w <= cap) return 1;
  }
  let lines = 0;
  for (const para of text.normalize('NFC').split('\n')) {
    let cur = 0;
    let n = 1;
    for (const word of para.split(' ')) {
      let w = 0;
      for (const ch of word) w += charUnits(ch) * scale;
      const space = cur > 0 ? charUnits(' ') * scale : 0;
      if (cur > 0 && cur + space + w <= cap) {
        cur += space + w;
        continue;
      }
      if (cur > 0) n++;
      // A word longer than the line breaks by characters.
      const extra = Math.max(0, Math.ceil(w / cap) - 1);
      n += extra;
      cur = w - extra * cap;
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Points per line of text at `fontSize` (12 pt → 15.75, as Excel's own autofit gives). */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.3125 * 4) / 4;
}

/**
 * Height in points of every row from row 1 to the last row written: enough lines for the tallest
 * wrapped cell of the row, null for an empty row (the host's default). A cell covered by a merge
 * counts with the merge's total width; rows of a merge spanning several rows are left alone.
 */
export function estimateRowHeights(sheet: Pick<OwnedSheet, 'blocks' | 'columnWidths' | 'merges' | 'font'>): (number | null)[] {
  const width = (c: number) => sheet.columnWidths[c - 1] ?? 8.43;
  // Cells by number (row × 2^14 + column: Excel has 16,384 columns), not by a "r,c" text made
  // for every cell of a long sheet.
  const at = (r: number, c: number) => r * 16384 + c;
  const mergeAt = new Map<number, { width: number; tall: boolean }>();
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(':').map((x) => parseRef(x));
    if (!a || !b) continue;
    let w = 0;
    for (let c = a.col; c <= b.col; c++) w += width(c);
    mergeAt.set(at(a.row, a.col), { width: w, tall: b.row > a.row });
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(at(r, c));
  }
  // The rows a merge touches: only their cells are looked up (a long table has none).
  const mergedRows = new Set<number>();
  for (const k of [...mergeAt.keys(), ...covered]) mergedRows.add(Math.floor(k / 16384));
  const heights: (number | null)[] = [];
  const line = lineHeight(sheet.font.size);
  // A long list repeats its texts down a column ("Cá nhân", a movement's name): each one measured
  // once per width. Short texts take wrappedLines' own first test, cheaper than a lookup.
  const measured = new Map<number, Map<string, number>>();
  const linesOf = (text: string, w: number, bold: boolean): number => {
    if (fitsAnyhow(text, usable(w), scaleOf(sheet.font.size, bold))) return 1;
    const k = w * 2 + (bold ? 1 : 0);
    let byText = measured.get(k);
    if (!byText) measured.set(k, (byText = new Map()));
    let n = byText.get(text);
    if (n === undefined) byText.set(text, (n = wrappedLines(text, w, sheet.font.size, bold)));
    return n;
  };
  const visit = (b: CellBlock) => {
    for (let i = 0; i < b.values.length; i++) {
      const row = b.values[i];
      const r = b.row + i;
      const merges = mergedRows.has(r);
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        const c = b.col + j;
        if (v === null || v === '' || (merges && covered.has(at(r, c)))) continue;
        const merge = merges ? mergeAt.get(at(r, c)) : undefined;
        if (merge?.tall) continue;
        const lines = b.wrap && typeof v === 'string' ? linesOf(v, merge?.width ?? width(c), !!b.bold) : 1;
        const h = lines * line;
        while (heights.length < r) heights.push(null);
        heights[r - 1] = Math.max(heights[r - 1] ?? 0, h);
      }
    }
  };
  sheet.blocks.forEach(visit);
  return heights;
}

/** The sheet with its row heights filled in. */
export function withRowHeights(sheet: OwnedSheet): OwnedSheet {
  return { ...sheet, rowHeights: estimateRowHeights(sheet) };
}
