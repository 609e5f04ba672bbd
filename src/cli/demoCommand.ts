// `binhxet demo [-o FILE.xlsx] [--json]`: scores the bundled sample workbook against the bundled
// sample plan, so a new user sees the whole result without data of their own. Default output:
// binhxet-demo-ketqua.xlsx in the current directory. `binhxet demo --gop` merges the bundled
// units' own lists instead (binhxet-demo-tonghop.xlsx), the step before scoring; `binhxet demo
// --lich-su` scores the second sample, whose list names award forms and whose workbook keeps a
// "Lịch sử khen thưởng" sheet (binhxet-demo-lichsu-ketqua.xlsx), against the same plan.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../core/errors';
import { SCORE_TEXT } from '../core/text/workbook';
import { DEFAULT_SETTINGS } from '../core/types';
import type { Command } from './command';
import { flagString, parseArgs, rejectUnknown } from './args';
import { runScore } from './runScore';
import { runGop } from './gopCommand';

export const SAMPLE_PLAN = 'assets/samples/ke-hoach-mau.txt';
export const SAMPLE_WORKBOOK = 'assets/samples/danh-sach-de-nghi-mau.xlsx';
export const DEMO_OUTPUT = 'binhxet-demo-ketqua.xlsx';
export const SAMPLE_UNIT_FILES = 'assets/samples/don-vi';
export const SAMPLE_UNITS = 'assets/samples/danh-sach-don-vi.xlsx';
export const DEMO_GOP_OUTPUT = 'binhxet-demo-tonghop.xlsx';
export const SAMPLE_HISTORY_WORKBOOK = 'assets/samples/danh-sach-hinh-thuc-lich-su.xlsx';
export const DEMO_HISTORY_OUTPUT = 'binhxet-demo-lichsu-ketqua.xlsx';

/**
 * The package root: the nearest folder above this file with Bình Xét's package.json. Works from
 * src/cli (tests, ts-node) and from dist/node/cli (the installed command) alike.
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg && pkg.name === 'binhxet') return dir;
    } catch {
      /* keep walking up */
    }
    dir = path.dirname(dir);
  }
  return path.join(from, '../../..');
}

export const demoCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, ['output']);
  rejectUnknown(args, ['output', 'json', 'gop', 'lich-su']);
  if (args.positional.length) throw new UserError(SCORE_TEXT.tooManyArgs(args.positional));
  const gop = args.flags.get('gop') === true;
  const history = args.flags.get('lich-su') === true;
  if (gop && history) throw new UserError(SCORE_TEXT.demoOneSample);
  const root = packageRoot();
  const plan = path.join(root, SAMPLE_PLAN);
  const workbook = path.join(root, history ? SAMPLE_HISTORY_WORKBOOK : SAMPLE_WORKBOOK);
  const json = args.flags.get('json') === true;
  if (gop) {
    const files = path.join(root, SAMPLE_UNIT_FILES);
    const units = path.join(root, SAMPLE_UNITS);
    for (const f of [plan, files, units]) if (!fs.existsSync(f)) throw new UserError(SCORE_TEXT.demoMissing(f));
    return runGop({ inputs: [files], plan, units, output: flagString(args, 'output') ?? (json ? null : DEMO_GOP_OUTPUT), json, year: null }, io);
  }
  for (const f of [plan, workbook]) if (!fs.existsSync(f)) throw new UserError(SCORE_TEXT.demoMissing(f));
  return runScore(
    {
      workbook,
      plan,
      sheet: null,
      output: flagString(args, 'output') ?? (json ? null : history ? DEMO_HISTORY_OUTPUT : DEMO_OUTPUT),
      json,
      year: null,
      deadline: null,
      shiftDaysOff: false,
      participants: DEFAULT_SETTINGS.participants,
    },
    io,
  );
};
