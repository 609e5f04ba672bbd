// `binhxet phieu KẾ_HOẠCH [-o PHIẾU.xlsx] [--year YYYY]`: writes the blank scoring workbook
// ("Phiếu chấm điểm") from the plan's rubric, for units to fill in and send back; the filled-in
// file is then scored with `binhxet score PHIẾU.xlsx --plan KẾ_HOẠCH`.
import * as path from 'path';
import type { Command } from './command';
import { UserError } from '../core/errors';
import { SC } from '../core/text/scoring';
import { buildScoringSheet, SCORING_FILL_ROWS } from '../workbook/scoringSheet';
import { flagString, flagYear, parseArgs, rejectUnknown } from './args';
import { loadPlan } from './loadPlan';
import { newWorkbook } from '../package';
import { writeBytesAtomically } from './workbookFile';

const VALUED = ['output', 'year'];

/** Default output: `<plan>-phieu-cham-diem.xlsx` beside the plan. */
export function defaultPhieuOutput(planFile: string): string {
  const base = path.basename(planFile).replace(/\.(txt|md|docx|json)$/i, '');
  return path.join(path.dirname(planFile), `${base}-phieu-cham-diem.xlsx`);
}

export const phieuCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, VALUED);
  rejectUnknown(args, VALUED);
  const [planArg, ...extra] = args.positional;
  if (!planArg) throw new UserError(SC.missingPlan);
  if (extra.length) throw new UserError(SC.tooManyArgs(extra));
  const planFile = path.resolve(io.cwd, planArg);
  const plan = await loadPlan(planFile, flagYear(args));
  const sheet = buildScoringSheet(plan);
  const outArg = flagString(args, 'output');
  if (outArg !== null && !/\.xlsx$/i.test(outArg)) throw new UserError(SC.notXlsxOutput(outArg));
  const out = outArg !== null ? path.resolve(io.cwd, outArg) : defaultPhieuOutput(planFile);
  writeBytesAtomically(newWorkbook({ band: null, sheets: [sheet] }), out);
  io.out(SC.written(out, plan.rubric?.items.length ?? 0, SCORING_FILL_ROWS) + '\n');
  return 0;
};
