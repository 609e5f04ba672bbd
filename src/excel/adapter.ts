// The Office.js adapter: reads a sheet's used range into SheetData, lets the workbook layer decide
// everything (scoreSheet), and writes the WritePlan back. The number of context.sync() calls does
// not grow with the rows: one read (values, sheet names, the A1 of owned-name sheets and the merged
// areas near the band, together), then as many writes as Office's 5 MB request limit needs, packed
// from measured sizes (apply.ts). 10 rows take 2 syncs, 50,000 typical rows 3. Every refusal (user
// data or a merge where the band goes, a user's sheet with an owned name) comes before any write.
import type { Plan, Settings, SheetWarning } from '../core/types';
import { UserError } from '../core/errors';
import { XL } from '../core/text/excel';
import type { CellValue, SheetData, WritePlan } from '../workbook/model';
import { OWNED_SHEETS, WB } from '../core/text/workbook';
import { parseRef } from '../workbook/a1';
import { detectHeader, type HeaderDetection } from '../workbook/header';
import { readNominationTable } from '../workbook/rows';
import { checkOwnedSheets, scoreSheet, type ScoreOutcome } from '../workbook/scoreWorkbook';
import { PLAN_SHEET_NAME, planOwnedSheet, gridToPlan } from '../workbook/planSheet';
import { toSheetData, fromOffice, inDateSystem } from './read';
import { queueDate1904 } from './dateSystem';
import { excelApiSupported } from './requirements';
import { colLetter } from '../workbook/a1';
import { BLOCK_SPLIT, historyOps, packOps, writeOps, REQUEST_BUDGET } from './apply';
import { HISTORY_SHEET_NAME, HISTORY_STATS_SHEET } from '../core/text/history';
import { INFO_SHEET_NAME, readInfoSheet } from '../workbook/infoSheet';
import { isHistorySheetName } from '../workbook/historySheet';
import type { RunHistory } from '../workbook/historyRun';

export { applyWritePlan, asCellInput } from './apply';

/** Cells per read when a sheet is too large for one response (values only: about 15 bytes each). */
const READ_CHUNK_CELLS = 200_000;
/** Widest band (score … reasons, grade, form, history: 9 columns): merges are looked up this far right of the used range. */
const BAND_REACH = 9;
/** Owned sheet names: a user may have a sheet of that name, which checkOwnedSheets tells by its A1. */
const GUARDED_NAMES = [...new Set([...Object.values(OWNED_SHEETS), PLAN_SHEET_NAME, HISTORY_STATS_SHEET])];
/** The sheets a run reads beside the list: the award history; the append step also reads "Thông tin văn bản" (its decision number). */
const HISTORY_READ = [HISTORY_SHEET_NAME];
const APPEND_READ = [HISTORY_SHEET_NAME, INFO_SHEET_NAME];

/** Runs a batch with its own sync counter, so callers can report (and tests assert) the budget. */
export async function withContext<T>(batch: (ctx: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>): Promise<{ value: T; syncs: number }> {
  let syncs = 0;
  const value = await Excel.run(async (ctx) => {
    const sync = async () => {
      syncs++;
      await ctx.sync();
    };
    return batch(ctx, sync);
  });
  return { value, syncs };
}

function officeCode(e: unknown): string | null {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : null;
}

function tooLarge(e: unknown): boolean {
  const c = officeCode(e);
  return c === 'ResponsePayloadSizeLimitExceeded' || c === 'RequestPayloadSizeLimitExceeded' || c === 'PayloadTooLarge';
}

interface ReadSheet {
  data: SheetData;
  /** The other sheets asked for by name, read in the same sync (absent ones are not in the list). */
  also: SheetData[];
  names: string[];
  active: string;
  /** A1 of each existing sheet whose name Bình Xét owns (for checkOwnedSheets). */
  ownedA1: Map<string, CellValue>;
  /** Merged areas near the used range (A1, no sheet name); null when they could not be read with it. */
  merges: string[] | null;
  /** The workbook counts dates from 1904: `data` and `also` carry it, and the writes must too. */
  date1904: boolean;
}

/** Queues the loads every read shares: sheet names, the active sheet, A1 of guarded owned names, the date system. */
function queueMeta(ctx: Excel.RequestContext) {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  const guarded = GUARDED_NAMES.map((n) => {
    const ws = sheets.getItemOrNullObject(n);
    const a1 = ws.getRange('A1');
    a1.load('values');
    return { ws, a1 };
  });
  const date1904 = queueDate1904(ctx);
  return {
    sheets,
    active,
    done() {
      const names = sheets.items.map((s) => s.name);
      const ownedA1 = new Map<string, CellValue>();
      guarded.forEach((g, i) => {
        if (!g.ws.isNullObject) ownedA1.set(GUARDED_NAMES[i], fromOffice(g.a1.values?.[0]?.[0]));
      });
      return { names, active: active.name, ownedA1, date1904: date1904() };
    },
  };
}

/**
 * Range.getMergedAreasOrNullObject needs ExcelApi 1.13. On an older Excel it would fail the read,
 * so merges are not asked for there (the band check then sees only values, as before 1.13).
 */
function mergesSupported(): boolean {
  return excelApiSupported('1.13');
}

/** "'Danh sách'!J5:K6" → "J5:K6". */
function localAddress(a: string): string {
  return a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/** Queues the used range of each sheet named in `names` (a null object when the workbook has none). */
function queueAlso(ctx: Excel.RequestContext, names: readonly string[]) {
  const ranges = names.map((n) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(n);
    const used = ws.getUsedRange(true);
    used.load('values, rowIndex, columnIndex');
    return { n, ws, used };
  });
  /** The sheets found, under the names the workbook gives them. */
  return (all: string[]): SheetData[] =>
    ranges
      .filter((r) => !r.ws.isNullObject)
      .map((r) => toSheetData(all.find((x) => x.toLowerCase() === r.n.toLowerCase()) ?? r.n, r.used.values, null, r.used.rowIndex, r.used.columnIndex));
}

/**
 * Reads one sheet (the active one when `name` is null) with the workbook's sheet names, the A1 of
 * owned-name sheets, the merged areas reaching right of the used range and the sheets named in
 * `also` (the award history), in one sync. When that fails (a response over 5 MB, or more than 512
 * merged areas), the values are read again alone, in row chunks if needed, and merges are left to
 * checkBandMerges.
 */
export async function readSheet(ctx: Excel.RequestContext, sync: () => Promise<void>, name: string | null, withMerges = mergesSupported(), also: readonly string[] = []): Promise<ReadSheet> {
  const meta = queueMeta(ctx);
  const ws = name === null ? meta.active : meta.sheets.getItem(name);
  if (name !== null) ws.load('name');
  const used = ws.getUsedRange(true);
  // Values only: the workbook layer reads dates from serials and never needs number formats,
  // which would double the response.
  used.load('values, rowIndex, columnIndex');
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    merged = used.getResizedRange(0, BAND_REACH).getMergedAreasOrNullObject();
    merged.load('areas/items/address');
  }
  const others = queueAlso(ctx, also);
  try {
    await sync();
    const m = meta.done();
    const merges = merged === null ? null : merged.isNullObject ? [] : merged.areas.items.map((a) => localAddress(a.address));
    const data = inDateSystem(toSheetData(ws.name, used.values, null, used.rowIndex, used.columnIndex), m.date1904);
    const alsoData = others(m.names)
      .filter((o) => o.name !== data.name)
      .map((o) => inDateSystem(o, m.date1904));
    return { data, also: alsoData, ...m, merges };
  } catch (e) {
    if (officeCode(e) === 'ItemNotFound' && name !== null) throw new UserError(XL.sheetGone(name));
    if (tooLarge(e)) return readSheetChunked(ctx, sync, name, mergesSupported(), also);
    // Another failure with merges asked for (Office refuses over 512 merged areas): once without.
    if (!withMerges) throw e;
  }
  return readSheet(ctx, sync, name, false, also);
}

/** A used range's values in row chunks that each fit a response (long texts halve the chunk). */
async function readChunked(ctx: Excel.RequestContext, sync: () => Promise<void>, ws: Excel.Worksheet, used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Promise<unknown[][]> {
  const rowsPer = Math.max(1, Math.floor(READ_CHUNK_CELLS / Math.max(1, used.columnCount)));
  const values: unknown[][] = [];
  let chunk = rowsPer;
  for (let r = 0; r < used.rowCount; ) {
    const n = Math.min(chunk, used.rowCount - r);
    const part = ws.getRangeByIndexes(used.rowIndex + r, used.columnIndex, n, used.columnCount);
    part.load('values');
    try {
      await sync();
    } catch (e) {
      // Still too large (long texts): halve the chunk and retry, down to one row.
      if (tooLarge(e) && n > 1) {
        chunk = Math.max(1, Math.floor(n / 2));
        continue;
      }
      if (tooLarge(e)) throw new UserError(XL.tooLarge);
      throw e;
    }
    values.push(...part.values);
    r += n;
  }
  return values;
}

async function readSheetChunked(ctx: Excel.RequestContext, sync: () => Promise<void>, name: string | null, withMerges = mergesSupported(), also: readonly string[] = []): Promise<ReadSheet> {
  const meta = queueMeta(ctx);
  const ws = name === null ? meta.active : meta.sheets.getItem(name);
  ws.load('name');
  const used = ws.getUsedRange(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    merged = used.getResizedRange(0, BAND_REACH).getMergedAreasOrNullObject();
    merged.load('areas/items/address');
  }
  const others = also.map((n) => {
    const ows = ctx.workbook.worksheets.getItemOrNullObject(n);
    const oused = ows.getUsedRange(true);
    oused.load('rowIndex, columnIndex, rowCount, columnCount');
    return { n, ws: ows, used: oused };
  });
  try {
    await sync();
  } catch (e) {
    if (!withMerges || tooLarge(e)) throw e;
    return readSheetChunked(ctx, sync, name, false, also);
  }
  const m = meta.done();
  const merges = merged === null ? null : merged.isNullObject ? [] : merged.areas.items.map((a) => localAddress(a.address));
  const data = inDateSystem(toSheetData(ws.name, await readChunked(ctx, sync, ws, used), null, used.rowIndex, used.columnIndex), m.date1904);
  const alsoData: SheetData[] = [];
  for (const o of others) {
    if (o.ws.isNullObject) continue;
    const found = m.names.find((x) => x.toLowerCase() === o.n.toLowerCase()) ?? o.n;
    if (found === data.name) continue;
    alsoData.push(inDateSystem(toSheetData(found, await readChunked(ctx, sync, o.ws, o.used), null, o.used.rowIndex, o.used.columnIndex), m.date1904));
  }
  return { data, also: alsoData, ...m, merges };
}

/** The rectangle the band writes (1-based, inclusive), or null without a band. */
function bandRect(plan: WritePlan): { top: number; bottom: number; left: number; right: number } | null {
  const band = plan.band;
  if (!band || band.blocks.length === 0) return null;
  return {
    top: Math.min(...band.blocks.map((b) => b.row)),
    bottom: Math.max(...band.blocks.map((b) => b.row + b.values.length - 1)),
    left: band.firstCol,
    right: band.lastCol,
  };
}

/**
 * Merged cells read as empty (only the first cell holds the value), so scoreSheet cannot see a merge
 * reaching into the band: refuse, naming it, as the CLI does. Uses the merges of the read sync;
 * when those could not be read there, one more sync asks for the band area's merges alone.
 */
async function checkBandMerges(ctx: Excel.RequestContext, sync: () => Promise<void>, read: ReadSheet, plan: WritePlan): Promise<void> {
  const rect = bandRect(plan);
  if (!rect) return;
  let merges = read.merges;
  if (merges === null && !mergesSupported()) return;
  if (merges === null) {
    const area = ctx.workbook.worksheets.getItem(read.data.name).getRangeByIndexes(rect.top - 1, rect.left - 1, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
    const merged = area.getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    try {
      await sync();
      merges = merged.isNullObject ? [] : merged.areas.items.map((a) => localAddress(a.address));
    } catch (e) {
      if (tooLarge(e)) throw new UserError(XL.tooLarge);
      if (/^Api/.test(officeCode(e) ?? '')) throw e;
      // Over 512 merged areas in the band area itself: certainly a merge where the band goes.
      throw new UserError(WB.bandConflict(read.data.name, [`${colLetter(rect.left)}${rect.top}:${colLetter(rect.right)}${rect.bottom}`]));
    }
  }
  const hits = merges.filter((m) => {
    const [p, q = p] = m.split(':');
    const a = parseRef(p);
    const b = parseRef(q);
    if (!a || !b) return false;
    return a.row <= rect.bottom && b.row >= rect.top && a.col <= rect.right && b.col >= rect.left;
  });
  if (hits.length) throw new UserError(WB.bandConflict(read.data.name, hits));
}

/**
 * Excel compares sheet names without case: a user's "kế hoạch" blocks adding "Kế hoạch" just as
 * "Kế hoạch" itself would. Such a sheet is the user's unless checkOwnedSheets accepts it.
 */
function guardOwnedSheets(plan: WritePlan, read: ReadSheet): void {
  const fold = (n: string) => n.normalize('NFC').toLowerCase();
  for (const s of plan.sheets) {
    const clash = read.names.find((n) => n !== s.name && fold(n) === fold(s.name));
    if (clash) throw new UserError(WB.foreignOwnedSheet(clash));
  }
  checkOwnedSheets(
    plan,
    read.names.map((n) => ({ name: n, a1: read.ownedA1.get(n) })),
  );
}

/**
 * The sheets the user can pick and the active sheet (1 sync). Hidden and very hidden sheets are left
 * out (Worksheet.visibility, ExcelApi 1.1), as the command line never scores one unless named: last
 * year's list or a lookup table kept hidden is not a list to score.
 */
export async function listSheets(): Promise<{ names: string[]; active: string }> {
  const { value } = await withContext(async (ctx, sync) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name, items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await sync();
    return { names: sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name), active: active.name };
  });
  return value;
}

/** Header and nominee count of a sheet (the active one when `name` is null), for the task pane (1 sync). */
export async function inspectSheet(
  name: string | null,
  plan: Plan,
): Promise<{ sheet: string; header: HeaderDetection | null; nominees: number; warnings: SheetWarning[] }> {
  const { value } = await withContext(async (ctx, sync) => {
    const { data } = await readSheet(ctx, sync, name);
    const header = detectHeader(data.values, plan);
    if (!header) return { sheet: data.name, header: null, nominees: 0, warnings: [] };
    const read = readNominationTable(data, header, plan, { year: plan.year });
    return { sheet: data.name, header, nominees: read.table.length, warnings: read.warnings };
  });
  return value;
}

/** The options of a run in Excel: the sheet (the active one when null) and the header the pane corrected. */
export interface ExcelRunOptions {
  sheet: string | null;
  header?: HeaderDetection | null;
  date?: string;
}

/**
 * What scoreSheet is given of the sheets read beside the list: the workbook's history, the decision
 * number. The history's code is loaded (import()) only for a workbook with a history sheet or for
 * the append step: the pane's first screen does not carry it.
 */
async function historyOptions(read: ReadSheet, append = false): Promise<{ history: RunHistory | null; decision: string | null }> {
  const info = read.also.find((s) => s.name.toLowerCase() === INFO_SHEET_NAME.toLowerCase());
  const sheets = read.also.filter((s) => isHistorySheetName(s.name));
  let history: RunHistory | null = null;
  if (sheets.length > 0 || append) {
    const [{ runHistory }, { ownHistory }] = await Promise.all([import('../workbook/historyRun'), import('../workbook/historySource')]);
    history = runHistory(ownHistory(sheets));
  }
  return { history, decision: info ? readInfoSheet(info.values, info.date1904).values.qdNumber ?? null : null };
}

/** Sends queued ops in as few syncs as their bytes need. */
async function sendOps(ctx: Excel.RequestContext, sync: () => Promise<void>, ops: ReturnType<typeof writeOps>): Promise<void> {
  for (const batch of packOps(ops, REQUEST_BUDGET)) {
    for (const op of batch) op.run(ctx);
    try {
      await sync();
    } catch (e) {
      if (tooLarge(e)) throw new UserError(XL.tooLarge);
      throw e;
    }
  }
}

/**
 * Bình xét on a sheet (the active one when `opts.sheet` is null): one sync to read the list and the
 * "Lịch sử khen thưởng" sheet, the workbook layer decides, then the band and every owned sheet in
 * as few syncs as their bytes need (one up to ~4.75 MB; old owned sheets are deleted and recreated
 * in the same batch). A UserError (user data or a merge where the band goes, a user's own sheet
 * named like an owned one) is thrown before anything is queued, so nothing is written.
 */
export async function runScore(plan: Plan, settings: Settings, opts: ExcelRunOptions): Promise<ScoreOutcome & { syncs: number }> {
  const { value, syncs } = await withContext(async (ctx, sync) => {
    const read = await readSheet(ctx, sync, opts.sheet, mergesSupported(), HISTORY_READ);
    const outcome = scoreSheet(read.data, read.names, plan, settings, { sheet: read.data.name, header: opts.header ?? null, date: opts.date, ...(await historyOptions(read)) });
    // Every refusal comes before the first write: nothing is queued until these pass.
    guardOwnedSheets(outcome.writePlan, read);
    await checkBandMerges(ctx, sync, read, outcome.writePlan);
    await sendOps(ctx, sync, writeOps(outcome.writePlan, read.names, BLOCK_SPLIT, read.date1904));
    return outcome;
  });
  return { ...value, syncs };
}

/**
 * The report step's "Ghi kết quả vào lịch sử khen thưởng": this year's final results (the band as
 * the council left it, else the engine's) appended below the "Lịch sử khen thưởng" sheet — only
 * cells empty before, values only — or a new sheet of that name, and the statistics sheet written
 * again. One sync to read (the list, the history and "Thông tin văn bản" for the decision number),
 * then the writes (one sync up to ~4.75 MB): constant, whatever the rows. The band and the other
 * sheets are left as they are. A second press adds nothing.
 */
export async function appendHistory(plan: Plan, settings: Settings, opts: ExcelRunOptions): Promise<ScoreOutcome & { syncs: number }> {
  const { value, syncs } = await withContext(async (ctx, sync) => {
    const read = await readSheet(ctx, sync, opts.sheet, false, APPEND_READ);
    const outcome = scoreSheet(read.data, read.names, plan, settings, { sheet: read.data.name, header: opts.header ?? null, appendHistory: true, ...(await historyOptions(read, true)) });
    const stats = outcome.writePlan.sheets.filter((s) => s.name === HISTORY_STATS_SHEET);
    const writePlan: WritePlan = { band: null, sheets: stats, history: outcome.writePlan.history ?? null };
    guardOwnedSheets(writePlan, read);
    await sendOps(ctx, sync, [...historyOps(writePlan.history ?? null, BLOCK_SPLIT, read.date1904), ...writeOps({ band: null, sheets: stats }, read.names, BLOCK_SPLIT, read.date1904)]);
    return outcome;
  });
  return { ...value, syncs };
}

/** The plan from the "Kế hoạch" sheet, or null when the workbook has none (1 sync). */
export async function readPlanSheet(): Promise<{ plan: Plan; warnings: SheetWarning[] } | null> {
  const { value } = await withContext(async (ctx, sync) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(PLAN_SHEET_NAME);
    const used = ws.getUsedRange(true);
    used.load('values, rowIndex, columnIndex');
    await sync();
    if (ws.isNullObject) return null;
    const data = toSheetData(PLAN_SHEET_NAME, used.values, null, used.rowIndex, used.columnIndex);
    return gridToPlan(data.values);
  });
  return value;
}

/** The plan as an owned "Kế hoạch" sheet (layout in workbook/planSheet.ts, shared with the CLI). */
export { planOwnedSheet };

/** Writes (or rewrites) the "Kế hoạch" sheet (2 syncs). */
export async function writePlanSheet(plan: Plan): Promise<void> {
  await withContext(async (ctx, sync) => {
    const meta = queueMeta(ctx);
    await sync();
    const m = meta.done();
    const writePlan: WritePlan = { band: null, sheets: [planOwnedSheet(plan)] };
    // A user's own "Kế hoạch" sheet is never replaced.
    guardOwnedSheets(writePlan, { ...m, data: { name: '', values: [] }, also: [], merges: [] });
    for (const op of writeOps(writePlan, m.names, BLOCK_SPLIT, m.date1904)) op.run(ctx);
    await sync();
  });
}

/** Activates `sheet` and selects `a1` there (to show the user a cell named in a warning). */
export async function selectCell(sheet: string, a1: string): Promise<void> {
  if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.test(a1.trim())) throw new UserError(XL.badCell(a1));
  await withContext(async (ctx, sync) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(a1.trim()).select();
    try {
      await sync();
    } catch (e) {
      if (officeCode(e) === 'ItemNotFound') throw new UserError(XL.sheetGone(sheet));
      throw e;
    }
  });
}

export async function activateSheet(name: string): Promise<void> {
  await withContext(async (ctx, sync) => {
    ctx.workbook.worksheets.getItem(name).activate();
    try {
      await sync();
    } catch (e) {
      if (officeCode(e) === 'ItemNotFound') throw new UserError(XL.sheetGone(name));
      throw e;
    }
  });
}

/** Every sheet's used values (from A1), for the playground grid (2 syncs). */
export async function readWorkbookSnapshot(): Promise<SheetData[]> {
  const { value } = await withContext(async (ctx, sync) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await sync();
    const reads = sheets.items.map((s) => {
      const used = s.getUsedRange(true);
      used.load('values, numberFormat, rowIndex, columnIndex');
      return { name: s.name, used };
    });
    await sync();
    return reads.map(({ name, used }) => toSheetData(name, used.values, used.numberFormat, used.rowIndex, used.columnIndex));
  });
  return value;
}
