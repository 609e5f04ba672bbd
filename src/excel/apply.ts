// Applying a WritePlan through Office.js: every write is queued as a small op with an estimated
// request size, so a caller can send them all in one context.sync() or, when the payload would pass
// Office's 5 MB request limit, in as few syncs as the size needs. Values go in 2-D blocks (one range
// assignment per block), never cell by cell, so the number of requests does not grow with rows.
import type { CellBlock, OwnedSheet, WritePlan } from '../workbook/model';
import { colLetter } from '../workbook/a1';

/** Office on the web refuses requests over 5 MB; stay well under it (JSON overhead, UTF-8). */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** A block whose payload passes this is split by rows, so batches can be packed under the budget. */
const BLOCK_SPLIT = 1024 * 1024;
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

function estimate(values: unknown): number {
  return JSON.stringify(values).length + 120;
}

function sheetOf(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

/** Ops writing one block: values (+ formats) split by rows when large, then bold/wrap/fills. */
function blockOps(sheet: string, b: CellBlock, split = BLOCK_SPLIT): WriteOp[] {
  const ops: WriteOp[] = [];
  const h = b.values.length;
  if (h === 0) return ops;
  const w = Math.max(...b.values.map((r) => r.length));
  if (w === 0) return ops;
  const rows = b.values.map((r) => {
    const out = r.map(asCellInput);
    while (out.length < w) out.push('');
    return out;
  });
  const fmtRows = Array.isArray(b.numberFormats) ? b.numberFormats : null;
  // Split into row chunks of roughly BLOCK_SPLIT bytes.
  let start = 0;
  while (start < h) {
    let end = start;
    let bytes = 0;
    while (end < h && (end === start || bytes < split)) {
      bytes += JSON.stringify(rows[end]).length + (fmtRows ? JSON.stringify(fmtRows[end] ?? []).length : 0);
      end++;
    }
    const r0 = start;
    const n = end - start;
    const vals = rows.slice(r0, end);
    const fmts = fmtRows
      ? fmtRows.slice(r0, end).map((fr) => {
          const out = (fr ?? []).slice(0, w).map((f) => f ?? 'General');
          while (out.length < w) out.push('General');
          return out;
        })
      : null;
    ops.push({
      size: estimate(vals) + (fmts ? estimate(fmts) : 0),
      run(ctx) {
        const range = sheetOf(ctx, sheet).getRangeByIndexes(b.row - 1 + r0, b.col - 1, n, w);
        // Formats first: a text format ("@") set after the values would not re-read them.
        if (fmts) range.numberFormat = fmts;
        else if (typeof b.numberFormats === 'string') (range as unknown as { numberFormat: string }).numberFormat = b.numberFormats;
        range.values = vals;
      },
    });
    start = end;
  }
  if (b.bold || b.wrap) {
    ops.push({
      size: 200,
      run(ctx) {
        const range = sheetOf(ctx, sheet).getRangeByIndexes(b.row - 1, b.col - 1, h, w);
        if (b.bold) range.format.font.bold = true;
        if (b.wrap) range.format.wrapText = true;
      },
    });
  }
  if (b.fills) ops.push(...fillOps(sheet, b, h, w));
  return ops;
}

/**
 * Row fills grouped by colour into runs of consecutive rows and sent as multi-area ranges
 * (getRanges, ExcelApi 1.9), so 50,000 coloured rows cost a few hundred requests, not 50,000.
 */
function fillOps(sheet: string, b: CellBlock, h: number, w: number): WriteOp[] {
  const byColour = new Map<string, string[]>();
  const fills = b.fills ?? [];
  const c1 = colLetter(b.col);
  const c2 = colLetter(b.col + w - 1);
  let i = 0;
  while (i < h) {
    const colour = fills[i] ?? null;
    let j = i;
    while (j + 1 < h && (fills[j + 1] ?? null) === colour) j++;
    const key = colour === null ? '' : colour.replace('#', '').toUpperCase();
    const addr = `${c1}${b.row + i}:${c2}${b.row + j}`;
    const list = byColour.get(key) ?? [];
    list.push(addr);
    byColour.set(key, list);
    i = j + 1;
  }
  const ops: WriteOp[] = [];
  for (const [colour, addrs] of byColour) {
    let chunk: string[] = [];
    let len = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const address = chunk.join(',');
      ops.push({
        size: address.length + 150,
        run(ctx) {
          const areas = sheetOf(ctx, sheet).getRanges(address);
          // No colour: clear the fill a previous run may have left on this row.
          if (colour === '') areas.format.fill.clear();
          else areas.format.fill.color = `#${colour}`;
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

function columnWidthOps(sheet: string, firstCol: number, widths: number[]): WriteOp[] {
  if (widths.length === 0) return [];
  return [
    {
      size: widths.length * 60,
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

function ownedSheetOps(s: OwnedSheet, exists: boolean, split: number): WriteOp[] {
  const ops: WriteOp[] = [
    {
      size: 200,
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
      size: 200,
      run(ctx) {
        const range = sheetOf(ctx, s.name).getRangeByIndexes(box.r1 - 1, box.c1 - 1, box.r2 - box.r1 + 1, box.c2 - box.c1 + 1);
        range.format.font.name = s.font.name;
        range.format.font.size = s.font.size;
      },
    });
  }
  for (const b of s.blocks) ops.push(...blockOps(s.name, b, split));
  ops.push(...columnWidthOps(s.name, 1, s.columnWidths));
  if (s.merges.length > 0) {
    ops.push({
      size: s.merges.join(',').length + 100 * s.merges.length,
      run(ctx) {
        const ws = sheetOf(ctx, s.name);
        for (const m of s.merges) ws.getRange(m).merge(false);
      },
    });
  }
  ops.push({
    size: 400,
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

/** Every write of a WritePlan as ops, in order. `existingSheetNames`: sheets present before the run. */
export function writeOps(plan: WritePlan, existingSheetNames: readonly string[] = [], split = BLOCK_SPLIT): WriteOp[] {
  const ops: WriteOp[] = [];
  if (plan.band) {
    const band = plan.band;
    for (const b of band.blocks) ops.push(...blockOps(band.sheet, b, split));
    ops.push(...columnWidthOps(band.sheet, band.firstCol, band.columnWidths));
  }
  const existing = new Set(existingSheetNames);
  for (const s of plan.sheets) ops.push(...ownedSheetOps(s, existing.has(s.name), split));
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
export function applyWritePlan(ctx: Excel.RequestContext, plan: WritePlan, existingSheetNames: readonly string[] = []): void {
  for (const op of writeOps(plan, existingSheetNames)) op.run(ctx);
}
