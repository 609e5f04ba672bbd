// The cells a WritePlan asks for, as SpreadsheetML, row by row on demand: a 200,000-row band held
// as ready XML strings would cost hundreds of MB; one row at a time costs nothing. Text is always
// written as an inline string, never as a formula, so a name like "=HYPERLINK(…)" stays text.
import type { CellBlock } from '../workbook/model';
import { colLetter } from './a1';
import type { StyleBook } from './styleBook';
import { DAYS_1904, isDateFormat } from '../core/dateSystem';
import { escapeCellText } from './xml';

export interface Written {
  col: number;
  xml: string;
}

function cellXml(p: string, ref: string, v: string | number | boolean | null | undefined, s: number): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return `<${p}c r="${ref}" s="${s}"/>`;
  if (typeof v === 'number') return `<${p}c r="${ref}" s="${s}"><${p}v>${v}</${p}v></${p}c>`;
  if (typeof v === 'boolean') return `<${p}c r="${ref}" s="${s}" t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}" s="${s}" t="inlineStr"><${p}is><${p}t${space}>${escapeCellText(v)}</${p}t></${p}is></${p}c>`;
}

export class BlockCells {
  readonly rows: number[];
  /** The blocks that cover each row, in plan order (a layout may use one block per row). */
  private byRow = new Map<number, CellBlock[]>();
  constructor(
    private blocks: CellBlock[],
    private font: { name: string; size: number } | null,
    private styles: StyleBook,
    /** The element prefix of the sheet the cells go into ("x:" or ""). */
    private p: string,
    /**
     * The workbook counts dates from 1904 (Excel for Mac, LibreOffice's option): a WritePlan's
     * date serials are the 1900 system's, so a date-formatted cell is written 1462 days less, or
     * Excel would show it four years late.
     */
    private date1904 = false,
  ) {
    for (const b of blocks) {
      for (let i = 0; i < b.values.length; i++) {
        const list = this.byRow.get(b.row + i);
        if (list) list.push(b);
        else this.byRow.set(b.row + i, [b]);
      }
    }
    this.rows = [...this.byRow.keys()].sort((a, b) => a - b);
  }

  /** Row r's cells (later blocks win over earlier ones in the same cell, as when writing in order). */
  cells(r: number): Written[] {
    const blocks = this.byRow.get(r) ?? [];
    // One block over the row (the band's usual case): its cells are already in column order.
    if (blocks.length === 1) return this.blockCells(blocks[0], r);
    const row = new Map<number, Written>();
    for (const b of blocks) for (const w of this.blockCells(b, r)) row.set(w.col, w);
    return [...row.values()].sort((a, b) => a.col - b.col);
  }

  private blockCells(b: CellBlock, r: number): Written[] {
    const i = r - b.row;
    const fill = b.fills ? (b.fills[i] ?? null) : null;
    return b.values[i].map((v, j) => {
      const c = b.col + j;
      const fmt = typeof b.numberFormats === 'string' ? b.numberFormats : (b.numberFormats?.[i]?.[j] ?? null);
      const wrap = !!b.wrap || (typeof v === 'string' && v.length > 40);
      const value = this.date1904 && typeof v === 'number' && fmt && isDateFormat(fmt) ? v - DAYS_1904 : v;
      return { col: c, xml: cellXml(this.p, `${colLetter(c)}${r}`, value, this.styleOf(b, fill, fmt || null, wrap)) };
    });
  }

  /** The style of a block's cell, looked up once per (block, fill, format, wrap): not once per cell. */
  private styleOf(b: CellBlock, fill: string | null, fmt: string | null, wrap: boolean): number {
    let byFill = this.looks.get(b);
    if (!byFill) this.looks.set(b, (byFill = new Map()));
    let byFmt = byFill.get(fill);
    if (!byFmt) byFill.set(fill, (byFmt = new Map()));
    let ids = byFmt.get(fmt);
    if (!ids) byFmt.set(fmt, (ids = [-1, -1]));
    const k = wrap ? 1 : 0;
    if (ids[k] < 0) {
      ids[k] = this.styles.id({ numFmt: fmt, bold: !!b.bold, font: this.font, fill, wrap, align: b.align ?? null, border: !!b.border });
    }
    return ids[k];
  }

  private looks = new Map<CellBlock, Map<string | null, Map<string | null, number[]>>>();

  maxCol(): number {
    let m = 1;
    for (const b of this.blocks) for (const row of b.values) m = Math.max(m, b.col + row.length - 1);
    return m;
  }
}

export function colsXml(p: string, widths: { col: number; width: number }[]): string {
  return widths.map((w) => `<${p}col min="${w.col}" max="${w.col}" width="${+w.width.toFixed(4)}" customWidth="1"/>`).join('');
}
