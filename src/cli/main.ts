import { isUserError } from '../core/errors';
import { CLI } from '../core/text/cli';
import type { Command, Io } from './command';

// Callers (bin/binhxet.js, tests) take the types from here with main itself.
export type { Command, Io } from './command';

// Each command lives in its own module and is loaded only when asked for, so `binhxet deadline`
// does not pay for exceljs. A new command is one line here (and its usage line in core/text/cli.ts).
const COMMANDS: Record<string, () => Promise<Command>> = {
  deadline: async () => (await import('./deadlineCommand')).deadlineCommand,
  plan: async () => (await import('./planCommand')).planCommand,
  score: async () => (await import('./scoreCommand')).scoreCommand,
  demo: async () => (await import('./demoCommand')).demoCommand,
  phieu: async () => (await import('./phieuCommand')).phieuCommand,
  gop: async () => (await import('./gopCommand')).gopCommand,
  vanban: async () => (await import('./vanbanCommand')).vanbanCommand,
};

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
};

/** Exit codes: 0 success, 1 user error (Vietnamese message, no stack), 2 internal error. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(CLI.usage);
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(CLI.unknownCommand(name) + '\n' + CLI.usage);
    return 1;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.err(`Lỗi: ${e.message}\n`);
      return 1;
    }
    io.err(CLI.internalError(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}
