import { UserError } from '../core/errors';

/** Parsed command line: positional arguments and --flags (a flag without a value is true). */
export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

const SHORT: Record<string, string> = { o: 'output' };

/**
 * A small parser rather than a library: the contract has few flags and needs Vietnamese
 * messages for every mistake, which generic parsers do not give.
 */
export function parseArgs(argv: string[], valued: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let name: string | null = null;
    let inline: string | null = null;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq >= 0 ? a.slice(eq + 1) : null;
    } else if (a.length === 2 && a[0] === '-' && SHORT[a[1]]) {
      name = SHORT[a[1]];
    }
    if (name === null) {
      positional.push(a);
      continue;
    }
    if (valued.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UserError(`Thiếu giá trị cho tùy chọn --${name}.`);
      flags.set(name, v);
    } else {
      if (inline !== null) throw new UserError(`Tùy chọn --${name} không nhận giá trị.`);
      flags.set(name, true);
    }
  }
  return { positional, flags };
}

export function flagString(args: Args, name: string): string | null {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : null;
}

export function flagYear(args: Args): number | null {
  const v = flagString(args, 'year');
  if (v === null) return null;
  if (!/^\d{4}$/.test(v.trim())) throw new UserError(`Năm không hợp lệ: "${v}". Hãy ghi năm bằng 4 chữ số, ví dụ --year 2024.`);
  return Number(v.trim());
}

/** Throws when a flag the command does not know was given. */
export function rejectUnknown(args: Args, known: string[]): void {
  for (const k of args.flags.keys()) {
    if (!known.includes(k)) throw new UserError(`Tùy chọn không hợp lệ: --${k}.`);
  }
}
