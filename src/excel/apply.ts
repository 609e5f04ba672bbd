// Applying a WritePlan through Office.js: every write is queued as a small op with an estimated
// request size, so a caller can send them all in one context.sync() or, when the payload would pass
// Office's 5 MB request limit, in as few syncs as the size needs. Values go in 2-D blocks (one range
// assignment per block), never cell by cell, so the number of requests does not grow with rows.
import type { CellBlock, HistoryAppend, OwnedSheet, WritePlan } from '../workbook/model';
import { colLetter } from '../workbook/a1';
import { isDateFormat, serialToBook } from '../core/dateSystem';

/** Office on the web refuses a request over 5 MB (UTF-8 bytes of its JSON). */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/**
 * What one sync may carry: the limit less a margin for the request envelope. Sizes are measured
 * (UTF-8 JSON of every array and address sent, plus ACTION_BYTES per queued call), so the margin
 * only covers Office's own framing, not guesswork about the payload.
 */
export const REQUEST_BUDGET = REQUEST_LIMIT - 256 * 1024;
/** Request bytes of one queued call besides its arguments (object path, action id, names). */
export const ACTION_BYTES = 120;
/** Blocks are cut into row chunks of about this size, so a batch can be filled close to the budget. */
export const BLOCK_SPLIT = 128 * 1024;
/** getRanges() accepts addresses of at most 8192 characters. */
const MAX_AREAS_ADDRESS = 8000;
/** Column width: Excel's width unit is about 7 points per character of the default font. */
export const POINTS_PER_CHAR = 7;

export interface WriteOp {
  /** Estimated request bytes. */
  size: number;
  run(ctx: Excel.RequestContext): void;
}

type Plain = string | number | boolean | null;

/**
 * A value as it must be sent so Excel stores exactly it. Excel parses strings in `values` as if
 * typed: "=…", "+…", "-…" become formulas, "2.4" a number, "1/2/2024" a date, "TRUE" a boolean,
 * "'x" loses its apostrophe. A leading apostrophe makes Excel keep the rest as text (the quote
 * prefix), so such strings get one; null becomes '' (clears the cell: the band is rewritten whole).
 */
export function asCellInput(v: Plain): string | number | boolean {
  if (v === null) return '';
  if (typeof v !== 'string') return Number.isFinite(v as number) || typeof v === 'boolean' ? v : '';
  if (v === '') return '';
  const t = v.trimStart();
  if (/^[=+\-@'#]/.test(t) || /^[\d.,(%$€]/.test(t) || /^(true|false)$/i.test(v.trim())) return `'${v}`;
  return v;
}

/** UTF-8 bytes of x as JSON: what Office sends for an argument (Vietnamese letters take 2–3 bytes). */
export function jsonBytes(x: unknown): number {
  const json = JSON.stringify(x ?? null);
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function sheetOf(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

/**
 * How a block's number formats are sent, smallest first: one string for the whole block, one
 * string per column (a table's columns share a format), or the 2-D array when a column mixes.
 * On a freshly added sheet "General" is what every cell has already, so it is not sent at all.
 */
type Formats = { kind: 'none' } | { kind: 'one'; f: string } | { kind: 'columns'; cols: (string | null)[] } | { kind: 'cells'; rows: string[][] };

function planFormats(b: CellBlock, h: number, w: number, fresh: boolean): Formats {
  const nf = b.numberFormats;
  const skip = (f: string) => fresh && f === 'General';
  if (nf === undefined) return { kind: 'none' };
  if (typeof nf === 'string') return skip(nf) ? { kind: 'none' } : { kind: 'one', f: nf };
  const cell = (r: number, c: number) => nf[r]?.[c] || 'General';
  const cols: (string | null)[] = [];
  for (let c = 0; c < w; c++) {
    const f = cell(0, c);
    for (let r = 1; r < h; r++) {
      if (cell(r, c) !== f) {
        return { kind: 'cells', rows: Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => cell(i, j))) };
      }
    }
    cols.push(skip(f) ? null : f);
  }
  const set = cols.filter((f): f is string => f !== null);
  if (set.length === 0) return { kind: 'none' };
  if (set.length === w && set.every((f) => f === set[0])) return { kind: 'one', f: set[0] };
  return { kind: 'columns', cols };
}

/**
 * A block's values as a 1904 workbook stores them: a WritePlan's date serials are the 1900
 * system's, so a number in a date-formatted cell goes in 1462 less, or Excel would show it four
 * years late. Other values, and every value of a 1900 workbook, are the plan's own.
 */
function inBookDates(b: CellBlock, date1904: boolean): CellBlock['values'] {
  const nf = b.numberFormats;
  if (!date1904 || nf === undefined) return b.values;
  const isDate = new Map<string, boolean>();
  const dated = (f: string | undefined) => {
    if (!f) return false;
    let d = isDate.get(f);
    if (d === undefined) isDate.set(f, (d = isDateFormat(f)));
    return d;
  };
  return b.values.map((r, i) => r.map((v, j) => (typeof v === 'number' && dated(typeof nf === 'string' ? nf : nf[i]?.[j]) ? serialToBook(v, true) : v)));
}

/** Ops writing one block: values (with their formats) in row chunks, then bold/wrap and fills. */
function blockOps(sheet: string, b: CellBlock, split = BLOCK_SPLIT, fresh = false, date1904 = false): WriteOp[] {
  const ops: WriteOp[] = [];
  const h = b.values.length;
  if (h === 0) return ops;
  const w = Math.max(...b.values.map((r) => r.length));
  if (w === 0) return ops;
  const rows = inBookDates(b, date1904).map((r) => {
    const out = r.map(asCellInput);
    while (out.length < w) out.push('');
    return out;
  });
  const formats = planFormats(b, h, w, fresh);
  let start = 0;
  while (start < h) {
    let end = start;
    let bytes = 0;
    while (end < h && (end === start || bytes < split)) {
      bytes += jsonBytes(rows[end]) + 1 + (formats.kind === 'cells' ? jsonBytes(formats.rows[end]) + 1 : 0);
      end++;
    }
    const r0 = start;
    const n = end - start;
    const vals = rows.slice(r0, end);
    const fmtRows = formats.kind === 'cells' ? formats.rows.slice(r0, end) : null;
    // getRangeByIndexes + values, plus the format assignments.
    let size = 2 * ACTION_BYTES + jsonBytes(vals) + 40;
    if (formats.kind === 'one') size += ACTION_BYTES + jsonBytes(formats.f);
    if (formats.kind === 'columns') for (const f of formats.cols) if (f !== null) size += 2 * ACTION_BYTES + 40 + jsonBytes(f);
    if (fmtRows) size += ACTION_BYTES + jsonBytes(fmtRows);
    ops.push({
      size,
      run(ctx) {
        const ws = sheetOf(ctx, sheet);
        const range = ws.getRangeByIndexes(b.row - 1 + r0, b.col - 1, n, w);
        // Formats first: a text format ("@") set after the values would not re-read them.
        if (formats.kind === 'one') (range as unknown as { numberFormat: string }).numberFormat = formats.f;
        else if (formats.kind === 'columns') {
          formats.cols.forEach((f, j) => {
            if (f !== null) (ws.getRangeByIndexes(b.row - 1 + r0, b.col - 1 + j, n, 1) as unknown as { numberFormat: string }).numberFormat = f;
          });
        } else if (fmtRows) range.numberFormat = fmtRows;
        range.values = vals;
      },
    });
    start = end;
  }
  if (b.bold || b.wrap || b.align || b.border) {
    ops.push({
      size: 3 * ACTION_BYTES + 40 + (b.align ? ACTION_BYTES : 0) + (b.border ? 12 * ACTION_BYTES : 0),
      run(ctx) {
        const range = sheetOf(ctx, sheet).getRangeByIndexes(b.row - 1, b.col - 1, h, w);
        if (b.bold) range.format.font.bold = true;
        if (b.wrap) range.format.wrapText = true;
        if (b.align) range.format.horizontalAlignment = ALIGN[b.align];
        if (b.border) {
          // Inside edges only where the block has more than one row / column.
          const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
          if (w > 1) edges.push('InsideVertical' as Excel.BorderIndex);
          if (h > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
          for (const e of edges) range.format.borders.getItem(e).style = 'Continuous' as Excel.BorderLineStyle;
        }
      },
    });
  }
  if (b.fills) ops.push(...fillOps(sheet, b, h, w, fresh));
  return ops;
}

/**
 * Row fills grouped by colour: the most common colour is set on the whole block in one call, the
 * others as multi-area ranges (getRanges, ExcelApi 1.9) listing runs of consecutive rows, so
 * 50,000 coloured rows cost a few dozen calls and only the minority rows' addresses are sent.
 */
function fillOps(sheet: string, b: CellBlock, h: number, w: number, fresh: boolean): WriteOp[] {
  const fills = b.fills ?? [];
  const key = (i: number) => {
    const c = fills[i] ?? null;
    return c === null ? '' : c.replace('#', '').toUpperCase();
  };
  const count = new Map<string, number>();
  for (let i = 0; i < h; i++) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  let base = '';
  let most = -1;
  for (const [k, n] of count) if (n > most) [base, most] = [k, n];
  const paint = (target: { format: { fill: Excel.RangeFill } }, colour: string) => {
    // No colour: clear the fill a previous run may have left on this row.
    if (colour === '') target.format.fill.clear();
    else target.format.fill.color = `#${colour}`;
  };
  const ops: WriteOp[] = [];
  // On a fresh sheet there is nothing to clear.
  if (!(fresh && base === '')) {
    ops.push({
      size: 3 * ACTION_BYTES + 40 + jsonBytes(base),
      run(ctx) {
        paint(sheetOf(ctx, sheet).getRangeByIndexes(b.row - 1, b.col - 1, h, w), base);
      },
    });
  }
  const byColour = new Map<string, string[]>();
  const c1 = colLetter(b.col);
  const c2 = colLetter(b.col + w - 1);
  let i = 0;
  while (i < h) {
    const colour = key(i);
    let j = i;
    while (j + 1 < h && key(j + 1) === colour) j++;
    if (colour !== base) {
      const list = byColour.get(colour) ?? [];
      list.push(`${c1}${b.row + i}:${c2}${b.row + j}`);
      byColour.set(colour, list);
    }
    i = j + 1;
  }
  for (const [colour, addrs] of byColour) {
    let chunk: string[] = [];
    let len = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const address = chunk.join(',');
      ops.push({
        size: 3 * ACTION_BYTES + jsonBytes(address) + jsonBytes(colour),
        run(ctx) {
          paint(sheetOf(ctx, sheet).getRanges(address), colour);
        },
      });
      chunk = [];
      len = 0;
    };
    for (const a of addrs) {
      if (len + a.length + 1 > MAX_AREAS_ADDRESS) flush();
      chunk.push(a);
      len += a.length + 1;
    }
    flush();
  }
  return ops;
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as Record<string, Excel.HorizontalAlignment>;

/**
 * Row heights grouped by height: one multi-area range (getRanges) per height, listing runs of
 * consecutive rows, so a sheet's heights cost a handful of calls however many rows it has.
 */
function rowHeightOps(sheet: string, heights: readonly (number | null)[] | undefined): WriteOp[] {
  const byHeight = new Map<number, string[]>();
  const list = heights ?? [];
  let i = 0;
  while (i < list.length) {
    const h = list[i];
    let j = i;
    while (j + 1 < list.length && list[j + 1] === h) j++;
    if (h !== null && h !== undefined && h > 0) {
      const runs = byHeight.get(h) ?? [];
      runs.push(`A${i + 1}:A${j + 1}`);
      byHeight.set(h, runs);
    }
    i = j + 1;
  }
  const ops: WriteOp[] = [];
  for (const [h, runs] of byHeight) {
    for (let k = 0; k < runs.length; ) {
      const chunk: string[] = [];
      let len = 0;
      while (k < runs.length && (chunk.length === 0 || len + runs[k].length + 1 <= MAX_AREAS_ADDRESS)) {
        len += runs[k].length + 1;
        chunk.push(runs[k++]);
      }
      const address = chunk.join(',');
      ops.push({
        size: 3 * ACTION_BYTES + jsonBytes(address) + 10,
        run(ctx) {
          // rowHeight on a range sets the height of its whole rows.
          sheetOf(ctx, sheet).getRanges(address).format.rowHeight = Math.min(409, h);
        },
      });
    }
  }
  return ops;
}

function columnWidthOps(sheet: string, firstCol: number, widths: number[]): WriteOp[] {
  if (widths.length === 0) return [];
  return [
    {
      size: widths.length * (3 * ACTION_BYTES + 20),
      run(ctx) {
        const ws = sheetOf(ctx, sheet);
        widths.forEach((chars, i) => {
          const L = colLetter(firstCol + i);
          ws.getRange(`${L}:${L}`).format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
        });
      },
    },
  ];
}

/** The bounding box of an owned sheet's blocks (1-based, inclusive), or null when empty. */
function bounds(blocks: CellBlock[]): { r1: number; c1: number; r2: number; c2: number } | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = 0;
  let c2 = 0;
  for (const b of blocks) {
    const w = Math.max(0, ...b.values.map((r) => r.length));
    if (b.values.length === 0 || w === 0) continue;
    r1 = Math.min(r1, b.row);
    c1 = Math.min(c1, b.col);
    r2 = Math.max(r2, b.row + b.values.length - 1);
    c2 = Math.max(c2, b.col + w - 1);
  }
  return r2 === 0 ? null : { r1, c1, r2, c2 };
}

function ownedSheetOps(s: OwnedSheet, exists: boolean, split: number, date1904: boolean): WriteOp[] {
  const ops: WriteOp[] = [
    {
      size: 3 * ACTION_BYTES + 2 * jsonBytes(s.name),
      run(ctx) {
        // Regenerated whole: delete then add in the same batch (Office runs a batch in order).
        if (exists) sheetOf(ctx, s.name).delete();
        ctx.workbook.worksheets.add(s.name);
      },
    },
  ];
  const box = bounds(s.blocks);
  if (box) {
    ops.push({
      size: 5 * ACTION_BYTES + 40 + jsonBytes(s.font.name),
      run(ctx) {
        const range = sheetOf(ctx, s.name).getRangeByIndexes(box.r1 - 1, box.c1 - 1, box.r2 - box.r1 + 1, box.c2 - box.c1 + 1);
        range.format.font.name = s.font.name;
        range.format.font.size = s.font.size;
        // Wrapped text reads from the top of a tall row, as the CLI's file has it.
        range.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
      },
    });
  }
  for (const b of s.blocks) ops.push(...blockOps(s.name, b, split, true, date1904));
  ops.push(...columnWidthOps(s.name, 1, s.columnWidths));
  ops.push(...rowHeightOps(s.name, s.rowHeights));
  if (s.merges.length > 0) {
    ops.push({
      size: s.merges.reduce((n, m) => n + jsonBytes(m) + 2 * ACTION_BYTES, 0),
      run(ctx) {
        const ws = sheetOf(ctx, s.name);
        for (const m of s.merges) ws.getRange(m).merge(false);
      },
    });
  }
  ops.push({
    size: 8 * ACTION_BYTES + 40 + jsonBytes(s.print.titleRows),
    run(ctx) {
      const ws = sheetOf(ctx, s.name);
      // pageLayout needs ExcelApi 1.9; freezePanes 1.7.
      ws.pageLayout.paperSize = Excel.PaperType.a4;
      ws.pageLayout.orientation = s.print.landscape ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
      if (s.print.titleRows) ws.pageLayout.setPrintTitleRows(s.print.titleRows);
      // Fit all columns on one page width; 0 pages tall = as many as needed.
      if (s.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (s.freezeRows > 0) ws.freezePanes.freezeRows(s.freezeRows);
    },
  });
  return ops;
}

/**
 * The rows appended to the user's history sheet: their values only, into cells empty before (the
 * sheet's own formats stay); a history sheet the workbook lacks is added laid out, as an owned one is.
 */
export function historyOps(append: HistoryAppend | null, split = BLOCK_SPLIT, date1904 = false): WriteOp[] {
  if (!append) return [];
  if (append.create) return append.newSheet ? ownedSheetOps(append.newSheet, false, split, date1904) : [];
  return append.blocks.flatMap((b) => blockOps(append.sheet, { row: b.row, col: b.col, values: b.values }, split));
}

/**
 * Every write of a WritePlan as ops, in order. `existingSheetNames`: sheets present before the run;
 * `date1904`: the workbook counts dates from 1904 (queueDate1904), so date cells go in its serials.
 */
export function writeOps(plan: WritePlan, existingSheetNames: readonly string[] = [], split = BLOCK_SPLIT, date1904 = false): WriteOp[] {
  const ops: WriteOp[] = [];
  if (plan.band) {
    const band = plan.band;
    for (const b of band.blocks) ops.push(...blockOps(band.sheet, b, split, false, date1904));
    ops.push(...columnWidthOps(band.sheet, band.firstCol, band.columnWidths));
  }
  ops.push(...historyOps(plan.history ?? null, split, date1904));
  const existing = new Set(existingSheetNames);
  for (const s of plan.sheets) ops.push(...ownedSheetOps(s, existing.has(s.name), split, date1904));
  return ops;
}

/** Packs ops, in order, into batches each under `budget` request bytes (a single op may exceed it alone). */
export function packOps(ops: WriteOp[], budget = REQUEST_BUDGET): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let cur: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (cur.length > 0 && bytes + op.size > budget) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(op);
    bytes += op.size;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

/**
 * Queues every write of `plan` on `ctx` without syncing (the caller syncs once). Owned sheets
 * named in `existingSheetNames` are deleted and recreated.
 */
export function applyWritePlan(ctx: Excel.RequestContext, plan: WritePlan, existingSheetNames: readonly string[] = [], date1904 = false): void {
  for (const op of writeOps(plan, existingSheetNames, BLOCK_SPLIT, date1904)) op.run(ctx);
}
