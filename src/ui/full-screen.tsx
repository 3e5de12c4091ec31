// The alternate screen for the game and trainer mode alike: the player's scrollback stays
// intact, keys are read raw, and the terminal is given back as it was found however the screen
// ends (a quit, Ctrl+C, a crash, a signal).
import { render } from 'ink';
import type { ReactElement } from 'react';

export interface ScreenIo {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

const ENTER = '\u001B[?1049h\u001B[H\u001B[?25l';
const LEAVE = '\u001B[?25h\u001B[?1049l';

/** Shows `element(finish)` full screen until it calls `finish`. */
export async function showFullScreen(io: ScreenIo, element: (finish: () => void) => ReactElement): Promise<void> {
  const { stdin, stdout, stderr } = io;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try { stdin.setRawMode(false); } catch { /* stdin already closed */ }
    stdout.write(LEAVE);
  };
  process.once('exit', restore);
  // Raw mode at once: keys pressed before Ink starts listening wait in the buffer instead of
  // being echoed onto the screen by the terminal (and lost).
  stdin.setRawMode(true);
  stdout.write(ENTER);
  try {
    const instance = render(element(() => instance.unmount()),
      // 60 frames a second at most: a key's frame is not held back behind the previous one.
      { stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: false, maxFps: 60 });
    await instance.waitUntilExit();
  } finally {
    restore();
    process.removeListener('exit', restore);
  }
}
