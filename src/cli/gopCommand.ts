// `binhxet gop FILE|FOLDER… --plan PLAN [--units FILE] [-o OUT.xlsx] [--year YYYY] [--json]`: merges
// the units' own nomination files into one list ("Tổng hợp", which `binhxet score` then reads),
// with the units sheet and the review list. A progress line per file goes to stderr; a file that
// cannot be read is reported and the others are still merged. The output is written to -o, else
// tonghop.xlsx in the current folder; with --json, only when -o is given. An existing -o workbook
// keeps every sheet but the three the intake owns (and a user's own sheet of the same name stops
// the run). Without --units, a "Đơn vị" sheet in that workbook is the units list.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { GOP_TEXT, INTAKE, UNITS_SHEET } from '../core/text/intake';
import type { ExpectedUnit } from '../core/intake/units';
import type { Plan } from '../core/types';
import { checkOwnedSheets } from '../workbook/scoreWorkbook';
import type { WritePlan } from '../workbook/model';
import { intakeContext, mergeReads, readCsv, readUnitFiles, readUnitsList, readUnitsText, type FileRead, type IntakeOutcome } from '../workbook/intake/index';
import type { Command, Io } from './command';
import { flagString, flagYear, parseArgs, rejectUnknown } from './args';
import { loadPlan } from './loadPlan';
import { newWorkbook } from '../package/blank';
import { openWorkbookFile, writeBytesAtomically } from './workbookFile';
import { expandInputs, readUnitFileFromDisk, readXlsxSheets } from './unitFiles';

const VALUED = ['plan', 'units', 'output', 'year'];
const KNOWN = [...VALUED, 'json'];
export const GOP_OUTPUT = 'tonghop.xlsx';

/** The units list of --units (.xlsx, .csv or a text file, one unit a line). */
async function loadUnits(file: string, io: Io): Promise<ExpectedUnit[]> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UserError(GOP_TEXT.cannotReadUnits(file));
  }
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.csv') {
    const sheets = ext === '.csv' ? [readCsv(new Uint8Array(bytes), name).sheet] : await readXlsxSheets(bytes, name);
    const { units, problems } = readUnitsList(sheets, name);
    for (const p of problems) io.err(p + '\n');
    if (units.length === 0) throw new UserError(INTAKE.unitsListEmpty(file));
    return units;
  }
  const units = readUnitsText(new TextDecoder('utf-8').decode(bytes));
  if (units.length === 0) throw new UserError(INTAKE.unitsListEmpty(file));
  return units;
}

/** The "Đơn vị" sheet of the output workbook, when it exists and has one. */
async function unitsOfOutput(out: string): Promise<ExpectedUnit[]> {
  if (!fs.existsSync(out)) return [];
  const sheets = await readXlsxSheets(fs.readFileSync(out), path.basename(out)).catch(() => []);
  const own = sheets.filter((s) => s.name.normalize('NFC') === UNITS_SHEET);
  return own.length ? readUnitsList(own, path.basename(out)).units : [];
}

/** Writes the intake's sheets into the workbook at `out` (kept as it is but for them), or a new one. */
async function writeOutput(plan: WritePlan, out: string): Promise<void> {
  if (fs.existsSync(out)) {
    const wb = openWorkbookFile(out);
    checkOwnedSheets(plan, wb.sheets.map((s) => ({ name: s.name, a1: s.values[0]?.[0] })));
    wb.write(plan, out);
    return;
  }
  writeBytesAtomically(newWorkbook(plan), out);
}

function progressDetail(r: FileRead): string {
  if (r.sheets.length === 0) return GOP_TEXT.progressNone(r.problems.map((p) => p.message).join(' '));
  return r.sheets.map((s) => GOP_TEXT.progressSheet(r.file, s.sheet, s.rows.length, s.sender)).join('; ');
}

function summaryText(o: IntakeOutcome): string {
  const r = o.result;
  const rows = r.reads.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.rows.length, 0), 0);
  const copies = r.exact.reduce((n, d) => n + d.copies.length, 0);
  const lines = [GOP_TEXT.summary(r.reads.length, rows, r.merged.length, copies, r.probable.length, r.review.length)];
  const expected = r.units.filter((u) => u.expected);
  if (expected.length) lines.push(GOP_TEXT.unitsLine(expected.length, expected.filter((u) => !u.missing).length, expected.filter((u) => u.missing).map((u) => u.unit)));
  else lines.push(GOP_TEXT.unitsSentOnly(r.units.length));
  const over = r.units.filter((u) => (u.over ?? 0) > 0).map((u) => `${u.unit} (+${u.over})`);
  if (over.length) lines.push(GOP_TEXT.overLine(over));
  const problems = o.json.files.reduce((n, f) => n + f.problems.length, 0);
  if (problems) lines.push(GOP_TEXT.problemsLine(problems));
  return lines.join('\n') + '\n';
}

export interface GopRun {
  inputs: string[];
  plan: string;
  units: string | null;
  output: string | null;
  json: boolean;
  year: number | null;
}

/** Runs one merge: shared by `gop` and `demo --gop`. */
export async function runGop(run: GopRun, io: Io): Promise<number> {
  const plan: Plan = await loadPlan(path.resolve(io.cwd, run.plan), run.year);
  const writeFile = !run.json || run.output !== null;
  const out = path.resolve(io.cwd, run.output ?? GOP_OUTPUT);
  const unitsFile = run.units !== null ? path.resolve(io.cwd, run.units) : null;
  const files = expandInputs(run.inputs, io.cwd, writeFile ? out : null, unitsFile);
  const units = unitsFile !== null ? await loadUnits(unitsFile, io) : writeFile ? await unitsOfOutput(out) : [];
  const ctx = intakeContext(plan, { units, year: run.year });
  const reads = await readUnitFiles(files, readUnitFileFromDisk, ctx, (read, i) => {
    const shown = path.relative(io.cwd, files[i]);
    io.err(GOP_TEXT.progress(i + 1, files.length, shown.startsWith('..') ? files[i] : shown, progressDetail(read)) + '\n');
  });
  const outcome = mergeReads(reads, ctx);
  if (writeFile) await writeOutput(outcome.writePlan, out);
  if (run.json) io.out(JSON.stringify(outcome.json, null, 2) + '\n');
  else io.out(summaryText(outcome) + (writeFile ? GOP_TEXT.written(out) + '\n' : ''));
  // Nothing at all could be read: the user has files to fix before there is a list.
  return reads.some((r) => r.sheets.length > 0) ? 0 : 1;
}

export const gopCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, VALUED);
  rejectUnknown(args, KNOWN);
  if (args.positional.length === 0) throw new UserError(GOP_TEXT.missingFiles);
  const plan = flagString(args, 'plan');
  if (!plan) throw new UserError(GOP_TEXT.missingPlan);
  const output = flagString(args, 'output');
  if (output !== null && !/\.xlsx$/i.test(output)) throw new UserError(GOP_TEXT.notXlsxOutput(output));
  return runGop({ inputs: args.positional, plan, units: flagString(args, 'units'), output, json: args.flags.get('json') === true, year: flagYear(args) }, io);
};
