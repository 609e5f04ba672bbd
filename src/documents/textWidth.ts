// Printed width of a line of Times New Roman, for the rules Nghị định 30/2020 asks for ("a line under
// the Tiêu ngữ as long as the text", "under the issuer, 1/3 to 1/2 of it"): a drawn rule has to be
// given a length, and no layout engine runs here. Widths are the Adobe Times AFM metrics (Times New
// Roman shares them), in thousandths of an em; a Vietnamese letter is as wide as its base letter.

const REGULAR: Record<string, number> = {
  ' ': 250, A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778, n: 500,
  o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  '-': 333, '–': 500, '.': 250, ',': 250, ':': 278, ';': 278, '/': 278, '(': 333, ')': 333,
};

const BOLD: Record<string, number> = {
  ' ': 250, A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833, n: 556,
  o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  '-': 333, '–': 500, '.': 250, ',': 250, ':': 333, ';': 333, '/': 278, '(': 333, ')': 333,
};

const CM_PER_POINT = 2.54 / 72;

/** Width of `text` in cm at `size` points. */
export function textWidthCm(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.normalize('NFD')) {
    if (/[\u0300-\u036f]/.test(ch)) continue;
    const base = ch === 'Đ' ? 'D' : ch === 'đ' ? 'd' : ch;
    // Digits and letters outside the tables are about half an em.
    units += table[base] ?? 500;
  }
  return (units / 1000) * size * CM_PER_POINT;
}
