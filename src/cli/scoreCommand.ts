// `binhxet score WORKBOOK.xlsx --plan FILE …`: bình xét on a workbook. The input file is never
// written unless -o names it; the default output is `<input>-ketqua.xlsx` beside the input.
// With --json the result goes to stdout as JSON and the workbook is written only when -o is given
// (a script asking for JSON should not find files appearing beside its input).
import type { Settings, UnitAlias } from '../core/types';
import { UserError } from '../core/errors';
import { SCORE_TEXT } from '../core/text/workbook';
import { PKG_TEXT } from '../core/text/package';
import { HISTORY_CLI_TEXT } from '../core/text/history';
import { listRules } from '../core/forms/rules';
import type { Command } from './command';
import { flagString, flagYear, parseArgs, rejectUnknown } from './args';
import { runScore } from './runScore';
import { WORKBOOK_EXT } from './workbookFile';

const VALUED = ['plan', 'sheet', 'deadline', 'year', 'participants', 'output', 'history', 'rule', 'unit-alias'];
const KNOWN = [...VALUED, 'json', 'shift-days-off', 'ghi-lich-su'];

/** "--rule chien-si-thi-dua-cap-tinh.d22=on,lao-dong-tien-tien.mot-thanh-tich=off" → the settings' choices. */
export function parseRules(v: string | null): Record<string, boolean> | undefined {
  if (v === null) return undefined;
  const known = new Set(listRules().map((r) => r.id));
  const out: Record<string, boolean> = {};
  for (const part of v.split(',')) {
    const m = /^\s*([\w.-]+)\s*=\s*(on|off|bật|tắt|bat|tat)\s*$/iu.exec(part.normalize('NFC'));
    if (!m) throw new UserError(HISTORY_CLI_TEXT.badRule(part.trim()));
    if (!known.has(m[1])) throw new UserError(HISTORY_CLI_TEXT.unknownRule(m[1]));
    out[m[1]] = /^(on|bật|bat)$/iu.test(m[2]);
  }
  return out;
}

/** "--unit-alias 'Trung tâm Y tế huyện Long Điền=Trung tâm Y tế khu vực Long Điền;…'" → old → new names. */
export function parseUnitAliases(v: string | null): UnitAlias[] | undefined {
  if (v === null) return undefined;
  return v.split(';').filter((p) => p.trim()).map((part) => {
    const [from, to, ...more] = part.split('=');
    if (!from?.trim() || !to?.trim() || more.length) throw new UserError(HISTORY_CLI_TEXT.badAlias(part.trim()));
    return { from: from.trim(), to: to.trim() };
  });
}

export function parseParticipants(v: string | null): Settings['participants'] {
  const out: Settings['participants'] = { collective: null, individual: null };
  if (v === null) return out;
  for (const part of v.split(/[,;]/)) {
    const m = /^\s*(TT|CN|tập thể|cá nhân)\s*[=:]\s*(\d+)\s*$/iu.exec(part.normalize('NFC'));
    if (!m) throw new UserError(SCORE_TEXT.badParticipants(v));
    const k = m[1].toLowerCase();
    if (k === 'tt' || k === 'tập thể') out.collective = Number(m[2]);
    else out.individual = Number(m[2]);
  }
  return out;
}

export const scoreCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, VALUED);
  rejectUnknown(args, KNOWN);
  const [workbook, ...extra] = args.positional;
  if (!workbook) throw new UserError(SCORE_TEXT.missingWorkbook);
  if (extra.length) throw new UserError(SCORE_TEXT.tooManyArgs(extra));
  if (!WORKBOOK_EXT.test(workbook)) throw new UserError(PKG_TEXT.notWorkbookName(workbook));
  const plan = flagString(args, 'plan');
  if (!plan) throw new UserError(SCORE_TEXT.missingPlan);
  return runScore(
    {
      workbook,
      plan,
      sheet: flagString(args, 'sheet'),
      output: flagString(args, 'output'),
      json: args.flags.get('json') === true,
      year: flagYear(args),
      deadline: flagString(args, 'deadline'),
      shiftDaysOff: args.flags.get('shift-days-off') === true,
      participants: parseParticipants(flagString(args, 'participants')),
      history: flagString(args, 'history'),
      appendHistory: args.flags.get('ghi-lich-su') === true,
      formRules: parseRules(flagString(args, 'rule')),
      unitAliases: parseUnitAliases(flagString(args, 'unit-alias')),
    },
    io,
  );
};
