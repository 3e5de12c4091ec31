// Exit codes shared by every command: 0 fine, 1 the input has problems, 2 usage or unreadable path.
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A failure to report as one clear line (never a stack trace) with its exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
  }
}
