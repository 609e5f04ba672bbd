// Tables in text: consecutive pipe or tab rows (the line layer marks them), and columns aligned
// with runs of spaces, as a PDF copy or a fixed-width text keeps them. Each table keeps the line
// of every row, so a fact read from a cell has its source.
import type { Line } from './lines';

export interface Row {
  /** 1-based input line of the row. */
  line: number;
  cells: string[];
  /** The lines of each cell, when a cell holds several ("SỞ Y TẾ<br>Số: 12/KH-SYT"). */
  cellLines?: string[][];
}

export interface Table {
  rows: Row[];
  /** How many leading rows are the header (a Markdown rule marks it; else a first row of words). */
  headerRows: number;
}

/** Column starts agree within `slack` characters, column by column. */
function aligned(a: number[], b: number[], slack = 3): boolean {
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (Math.abs(a[i] - b[i]) > slack) return false;
  return true;
}

/**
 * Marks runs of text lines laid out in aligned columns (≥ 2 lines with ≥ 3 columns, or ≥ 3 lines
 * with 2) as table rows. A two-column signature line ("Nơi nhận:      GIÁM ĐỐC") stays text: it has
 * no aligned neighbour.
 */
export function markAlignedRows(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (l.kind !== 'text' || l.cols.length < 2) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j].kind === 'text' && aligned(l.colStarts, lines[j].colStarts)) j++;
    const n = j - i;
    if ((n >= 2 && l.cols.length >= 3) || (n >= 3 && l.cols.length >= 2)) {
      for (let k = i; k < j; k++) {
        const x = lines[k];
        x.kind = 'row';
        x.cells = x.cols.slice();
        x.text = x.cells.join(' | ');
      }
    }
    i = Math.max(j, i + 1);
  }
}

const HEADER_WORDS = /^(?:stt|tt|số\s+tt|nội\s+dung|đối\s+tượng|số\s+lượng|hình\s+thức|thời\s+gian|thời\s+hạn|ngày|đơn\s+vị|tên|tiêu\s+chí|tiêu\s+chuẩn|điểm|ghi\s+chú|tập\s+thể|cá\s+nhân|khối|cụm|cơ\s+quan|công\s+việc|nhiệm\s+vụ|chỉ\s+tiêu|thang\s+điểm|điểm\s+chuẩn|tổng|mức)/iu;

/** A first row of short word cells, none a bare number, reads as a header. */
function looksLikeHeader(r: Row): boolean {
  const filled = r.cells.filter(Boolean);
  return filled.length >= 2 && filled.every((c) => c.length <= 60 && !/^\d+([.,]\d+)?$/.test(c)) && filled.some((c) => HEADER_WORDS.test(c));
}

/** Groups consecutive row lines into tables; `rule` lines (Markdown "|---|") end the header. */
export function collectTable(lines: Line[], from: number): { table: Table; next: number } {
  const rows: Row[] = [];
  let headerRows = -1;
  let i = from;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'row') rows.push(l.cellLines ? { line: l.no, cells: l.cells as string[], cellLines: l.cellLines } : { line: l.no, cells: l.cells as string[] });
    else if (l.kind === 'sep' && l.headerRule) {
      if (headerRows < 0) headerRows = rows.length;
    } else break;
  }
  if (headerRows < 0) headerRows = rows.length > 1 && looksLikeHeader(rows[0]) ? 1 : 0;
  return { table: { rows, headerRows }, next: i };
}
