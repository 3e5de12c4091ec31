// Runs the built CLI in a real pseudo-terminal, for what only happens on a TTY (colour, widths).
import pty from '@lydell/node-pty';
import { BIN, cliEnv, ROOT } from './cli';

export function inTerminal(args: readonly string[], env: Record<string, string | undefined> = {}, cols = 100): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const term = pty.spawn(process.execPath, [BIN, ...args], { cols, rows: 30, cwd: ROOT, env: cliEnv(env) as Record<string, string> });
    let output = '';
    term.onData((d) => { output += d; });
    term.onExit(({ exitCode }) => resolve({ code: exitCode, output }));
  });
}
