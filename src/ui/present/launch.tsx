// Opens trainer mode on the alternate screen and gives the terminal back as it was found.
// Loaded only by `callcraft present` (a dynamic import), so other commands never load Ink.
import { render } from 'ink';
import { PresentApp, type PresentAppProps, type PresentResult } from './app';

export interface PresentIo {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

// The alternate screen keeps the trainer's scrollback intact; the cursor is hidden meanwhile.
const ENTER = '\u001B[?1049h\u001B[H\u001B[?25l';
const LEAVE = '\u001B[?25h\u001B[?1049l';

/** Runs the session; resolves to what it leaves behind once the trainer quits. */
export async function runPresent(props: Omit<PresentAppProps, 'onExit'>, io: PresentIo): Promise<PresentResult> {
  const { stdin, stdout, stderr } = io;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try { stdin.setRawMode(false); } catch { /* stdin already closed */ }
    stdout.write(LEAVE);
  };
  process.once('exit', restore);
  stdin.setRawMode(true);
  stdout.write(ENTER);
  let result: PresentResult = { scenario: null, teams: props.teams, mode: props.mode ?? 'rotation', rounds: [], saved: [] };
  try {
    const instance = render(
      <PresentApp {...props} onExit={(r) => { result = r; instance.unmount(); }} />,
      { stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: false, maxFps: 60 },
    );
    await instance.waitUntilExit();
  } finally {
    restore();
    process.removeListener('exit', restore);
  }
  return result;
}
