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
