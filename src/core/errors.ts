/**
 * An error the user can fix (bad file, unreadable phrase, missing sheet). Its message is
 * Vietnamese and says what and where; adapters show it as is (CLI: stderr, exit 1) and
 * never print a stack trace for it.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === 'UserError';
}
