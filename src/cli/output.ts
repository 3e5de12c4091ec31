// Where every line the CLI prints goes. Colour only when stdout is a terminal and neither
// --no-color nor NO_COLOR says otherwise; a closed pipe (`callcraft list | head`) ends output
// quietly instead of crashing with EPIPE.
import process from 'node:process';

export interface Style {
  readonly color: boolean;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => (s === '' ? s : `\u001B[${open}m${s}\u001B[${close}m`);
const plain = (s: string) => s;

export function makeStyle(color: boolean): Style {
  if (!color) return { color, bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };
  return { color, bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), cyan: sgr(36, 39) };
}

/** NO_COLOR (any non-empty value) and --no-color turn colour off; so does a stdout that is not a TTY. */
export function colorWanted(flag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

const gone = { stdout: false, stderr: false };

/**
 * Installed once at start-up. A reader that went away (EPIPE) silently ends that stream's output;
 * any other write failure also stops the stream and makes the exit code non-zero.
 */
export function guardStreams(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      gone[name] = true;
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') process.exitCode = 1;
    });
  }
}

export function out(text: string): void {
  if (!gone.stdout) process.stdout.write(text);
}

export function err(text: string): void {
  if (!gone.stderr) process.stderr.write(text);
}

/** Prints lines to stdout, each ending in a newline. */
export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) out(lines.join('\n') + '\n');
}
