// A1 references within Excel's grid (A1:XFD1048576), for the package layer's own checks.

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** 1-based column number → letters: 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B12" → {row: 12, col: 2}; null when it is no cell of the grid ("A0", "XFE1", "A1048577"). */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (let i = 0; i < m[1].length; i++) col = col * 26 + ((m[1].charCodeAt(i) | 0x20) - 96);
  const row = Number(m[2]);
  return col <= MAX_COL && row <= MAX_ROW ? { row, col } : null;
}
