/** Exit codes of the amana command, documented in the README. */
export const EXIT = {
  ok: 0,
  /** --fail-on: a finding at or above the given severity exists. */
  findings: 1,
  /** Usage or input error: a one-line message on stderr. */
  input: 2,
  /** An unexpected internal error (a bug): a one-line message; AMANA_DEBUG=1 prints the stack. */
  internal: 70,
} as const;

/** An error the user can fix: printed as one line, exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
