// The intake ("gộp danh sách đơn vị"): the units' own nomination files → one merged list with
// provenance, the duplicates across units, the units not yet sent, and the rows to review. One
// path for every door: an adapter reads each file into a UnitFile, then calls readUnitFile per
// file (so it can report progress) and mergeReads once, or mergeUnitFiles for all at once.
import type { Plan } from '../../core/types';
import { expectedFromPlan, type ExpectedUnit } from '../../core/intake/units';
import type { WritePlan } from '../model';
import { consolidate, type IntakeResult } from './consolidate';
import { listColumns, mergedSheet, reviewSheet, unitsSheet } from './sheets';
import { toGopJson, type GopJson } from './json';
import { readUnitFile } from './readUnit';
import { CellNames, type FileRead, type IntakeContext, type UnitFile } from './types';

export interface IntakeOutcome {
  result: IntakeResult;
  json: GopJson;
  /** The owned sheets "Tổng hợp", "Đơn vị gửi" and "Cần kiểm tra" (no band). */
  writePlan: WritePlan;
}

export interface IntakeOptions {
  /** The units list the secretary keeps (readUnitsList); without it, the plan's allocation groups. */
  units?: ExpectedUnit[] | null;
  year?: number | null;
}

/** The context every file is read in. */
export function intakeContext(plan: Plan, opts: IntakeOptions = {}): IntakeContext {
  return { plan, year: opts.year ?? plan.year ?? null, units: opts.units && opts.units.length ? opts.units : expectedFromPlan(plan), cellNames: new CellNames() };
}

// Files are loaded a few at a time and then their lists read: on 100 files × 50 rows, loading one
// file and reading its list, then the next, took a fifth longer than a batch of loads followed by
// a batch of reads (npm run bench). A batch holds its files' sheets at once, so it also stops at a
// number of cells: one large file is a batch of its own.
const BATCH_FILES = 16;
const BATCH_CELLS = 200_000;

function cellsOf(f: UnitFile): number {
  let n = 0;
  for (const s of f.sheets) for (const r of s.values) n += r ? r.length : 0;
  return n;
}

/**
 * Loads each source (`load`: the adapter's own file access, giving a UnitFile) and reads it, in
 * the order given; `onRead` hears of each file as it is read (the command line's progress line).
 */
export async function readUnitFiles<T>(sources: readonly T[], load: (source: T) => Promise<UnitFile>, ctx: IntakeContext, onRead?: (read: FileRead, index: number) => void): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  let batch: UnitFile[] = [];
  let cells = 0;
  const flush = () => {
    for (const f of batch) {
      const read = readUnitFile(f, ctx);
      reads.push(read);
      onRead?.(read, reads.length - 1);
    }
    batch = [];
    cells = 0;
  };
  for (const s of sources) {
    const f = await load(s);
    batch.push(f);
    cells += cellsOf(f);
    if (batch.length >= BATCH_FILES || cells >= BATCH_CELLS) flush();
  }
  flush();
  return reads;
}

/** Merges the files read (in the order given: the first of two exact duplicates is the one kept). */
export function mergeReads(reads: FileRead[], ctx: IntakeContext): IntakeOutcome {
  const result = consolidate(reads, ctx);
  const columns = listColumns(result, ctx.plan);
  return {
    result,
    json: toGopJson(result),
    writePlan: { band: null, sheets: [mergedSheet(result, ctx.plan, columns), unitsSheet(result), reviewSheet(result, columns)] },
  };
}

/** Reads and merges every file. */
export function mergeUnitFiles(files: UnitFile[], plan: Plan, opts: IntakeOptions = {}): IntakeOutcome {
  const ctx = intakeContext(plan, opts);
  return mergeReads(files.map((f) => readUnitFile(f, ctx)), ctx);
}

export { readUnitFile } from './readUnit';
export { fileDay, unitFileFromBytes, UNIT_FILE_EXT, type XlsxSheets } from './fromBytes';
export { readCsv } from './csv';
export { readUnitsList, readUnitsText } from './unitsList';
export type { FileRead, IntakeContext, IntakeProblem, SheetRead, SourceRow, UnitFile, UnitSheet, WordDocument } from './types';
export type { GopJson } from './json';
export type { IntakeResult, UnitLine } from './consolidate';
