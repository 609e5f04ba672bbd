// binhxet deadline "PHRASE" [--year YYYY] [--json] [--shift-days-off]
import type { Command } from './command';
import { flagYear, parseArgs, rejectUnknown } from './args';
import { UserError } from '../core/errors';
import { parseDeadline, resolveDeadline } from '../core/deadline';
import { fromIso, formatVN, weekday } from '../core/dates';
import { DEADLINE_CLI, DEADLINE_TEXT, WEEKDAYS_VN } from '../core/text/dates';

const vnDay = (iso: string): string => {
  const s = fromIso(iso);
  return s === null ? iso : `${WEEKDAYS_VN[weekday(s)]} ${formatVN(s)}`;
};

export const deadlineCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, ['year']);
  rejectUnknown(args, ['year', 'json', 'shift-days-off']);
  if (args.positional.length === 0) throw new UserError(DEADLINE_CLI.missingPhrase);
  if (args.positional.length > 1) throw new UserError(DEADLINE_CLI.tooMany);
  const year = flagYear(args);
  const parsed = parseDeadline(args.positional[0], { year });
  if (!parsed.ok) throw new UserError(parsed.message);
  const shift = args.flags.get('shift-days-off') === true;
  const d = resolveDeadline(parsed.spec, year, { shiftDaysOff: shift });

  if (args.flags.get('json') === true) {
    io.out(JSON.stringify(d, null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [];
  lines.push(`${DEADLINE_CLI.phrase}: ${d.text}`);
  lines.push(`${DEADLINE_CLI.rule}: ${DEADLINE_TEXT.ruleNames[d.rule]} (${DEADLINE_TEXT.inclusiveWord(d.inclusive)})`);
  if (d.from) lines.push(`${DEADLINE_CLI.from}: ${vnDay(d.from)}`);
  if (d.dates.length === 0) lines.push(DEADLINE_CLI.noDates);
  for (const x of d.dates) {
    lines.push(`${DEADLINE_CLI.due}: ${vnDay(x.due)} — ${DEADLINE_CLI.lastOnTime}: ${vnDay(x.lastOnTime)}`);
  }
  if (shift) lines.push(DEADLINE_CLI.shiftOn);
  if (d.notes && d.notes.length) {
    lines.push(`${DEADLINE_CLI.notes}:`);
    for (const n of d.notes) lines.push(`- ${n}`);
  }
  io.out(lines.join('\n') + '\n');
  return 0;
};
