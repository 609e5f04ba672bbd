// What every `binhxet` command is: a function of its arguments and an output sink. Its own module
// so the commands and the table in main.ts that lists them do not import each other.

/** An output sink, so commands can be tested without a process. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
}

/** Runs one command; resolves the exit code (throws a UserError for a data mistake). */
export type Command = (argv: string[], io: Io) => Promise<number>;
