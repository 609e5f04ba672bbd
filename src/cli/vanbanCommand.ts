// `binhxet vanban WORKBOOK.xlsx [--plan PLAN] [--template MẪU.docx] [--sheet NAME] -o FOLDER [--json]`:
// the paperwork from a scored workbook — Tờ trình, Biên bản, Quyết định with its lists, and the
// certificates — written into FOLDER as .docx. The workbook is only read, never written. Missing
// fields are listed (and printed as [placeholders] in the documents); --json prints the contract
// {documents: [{kind, file, rows}], missing: [field]} with the notes as `warnings`.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { VANBAN_TEXT } from '../core/text/documents';
import type { SheetData } from '../workbook/model';
import { buildDocuments } from '../documents/index';
import type { Command } from './command';
import { flagString, flagYear, parseArgs, rejectUnknown } from './args';
import { loadPlan } from './loadPlan';
import { openWorkbookFile } from './workbookFile';

const VALUED = ['plan', 'template', 'sheet', 'year', 'output'];
const KNOWN = [...VALUED, 'json'];

/** Every sheet of the workbook file: the one place the .xlsx reader is called from here. */
export async function readSheets(file: string): Promise<SheetData[]> {
  return openWorkbookFile(file).sheets;
}

function readTemplate(file: string): { bytes: Uint8Array; name: string } {
  try {
    return { bytes: new Uint8Array(fs.readFileSync(file)), name: path.basename(file) };
  } catch {
    throw new UserError(VANBAN_TEXT.cannotReadTemplate(file));
  }
}

function writeAll(dir: string, files: { file: string; bytes: Uint8Array }[]): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(dir, f.file), f.bytes);
  } catch {
    throw new UserError(VANBAN_TEXT.cannotWrite(dir));
  }
}

export const vanbanCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, VALUED);
  rejectUnknown(args, KNOWN);
  const [workbook, ...extra] = args.positional;
  if (!workbook) throw new UserError(VANBAN_TEXT.missingWorkbook);
  if (extra.length) throw new UserError(VANBAN_TEXT.tooManyArgs(extra));
  if (!/\.xlsx$/i.test(workbook)) throw new UserError(VANBAN_TEXT.notXlsx(workbook));
  const out = flagString(args, 'output');
  if (!out) throw new UserError(VANBAN_TEXT.missingOutput);
  const planArg = flagString(args, 'plan');
  const plan = planArg ? await loadPlan(path.resolve(io.cwd, planArg), flagYear(args)) : null;
  const templateArg = flagString(args, 'template');
  const template = templateArg ? readTemplate(path.resolve(io.cwd, templateArg)) : null;
  const sheets = await readSheets(path.resolve(io.cwd, workbook));
  const result = await buildDocuments(sheets, { plan, template, sheet: flagString(args, 'sheet') });
  const dir = path.resolve(io.cwd, out);
  writeAll(dir, result.documents);

  if (args.flags.get('json') === true) {
    const json = {
      documents: result.documents.map((d) => ({ kind: d.kind, file: path.join(dir, d.file), rows: d.rows, ...(d.form !== undefined ? { form: d.form } : {}) })),
      missing: result.missing,
      sheet: result.sheet,
      grouping: result.grouping,
      warnings: result.warnings,
    };
    io.out(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const lines = [VANBAN_TEXT.heading(result.sheet, result.awardees, result.grouping)];
  for (const d of result.documents) lines.push(VANBAN_TEXT.wrote(path.join(dir, d.file), VANBAN_TEXT.what(d.kind, d.form), d.rows));
  lines.push(VANBAN_TEXT.missing(result.missing));
  if (result.warnings.length) lines.push(VANBAN_TEXT.warnings(result.warnings.length), ...result.warnings.map((w) => `- ${w}`));
  io.out(lines.join('\n') + '\n');
  return 0;
};
