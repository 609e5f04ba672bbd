// A1 helpers shared by the workbook layer (and usable by adapters): column letters, cell refs.

/** 1-based column number → letters: 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 1-based column number: "A" → 1, "AA" → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column → "B12". */
export function cellRef(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** "A1:F1" from corners. */
export function rangeRef(row1: number, col1: number, row2: number, col2: number): string {
  return `${cellRef(row1, col1)}:${cellRef(row2, col2)}`;
}

/** "B12" → {row: 12, col: 2}; null when not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : null;
}
