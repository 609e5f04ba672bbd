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
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base === ' ') return 0.45;
  if (/[.,:;'"!|()[\]/\-–]/.test(base)) return 0.5;
  if (/[iljtfrI]/.test(base)) return 0.55;
  if (/[mwMW]/.test(base)) return 1.35;
  if (/[A-ZĐ]/.test(base)) return 1.25;
  return 0.82;
}

/** Usable width of a column of `chars` width units: cell padding and a safety margin taken off. */
function usable(chars: number): number {
  return Math.max(1, chars * 0.97 - 0.5);
}

/** How many lines `text` takes when wrapped in a cell `widthChars` wide (column-width units). */
export function wrappedLines(text: string, widthChars: number, fontSize = 12, bold = false): number {
  const scale = (fontSize / 12) * (bold ? 1.08 : 1);
  const cap = usable(widthChars);
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
  const mergeAt = new Map<string, { width: number; tall: boolean }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(':').map((x) => parseRef(x));
    if (!a || !b) continue;
    let w = 0;
    for (let c = a.col; c <= b.col; c++) w += width(c);
    mergeAt.set(`${a.row},${a.col}`, { width: w, tall: b.row > a.row });
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(`${r},${c}`);
  }
  const heights: (number | null)[] = [];
  const line = lineHeight(sheet.font.size);
  const visit = (b: CellBlock) => {
    b.values.forEach((row, i) => {
      const r = b.row + i;
      row.forEach((v, j) => {
        const c = b.col + j;
        if (v === null || v === '' || covered.has(`${r},${c}`)) return;
        const merge = mergeAt.get(`${r},${c}`);
        if (merge?.tall) return;
        const lines = b.wrap && typeof v === 'string' ? wrappedLines(v, merge?.width ?? width(c), sheet.font.size, !!b.bold) : 1;
        const h = lines * line;
        while (heights.length < r) heights.push(null);
        heights[r - 1] = Math.max(heights[r - 1] ?? 0, h);
      });
    });
  };
  sheet.blocks.forEach(visit);
  return heights;
}

/** The sheet with its row heights filled in. */
export function withRowHeights(sheet: OwnedSheet): OwnedSheet {
  return { ...sheet, rowHeights: estimateRowHeights(sheet) };
}
