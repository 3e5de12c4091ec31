// Renders the app (or any Ink tree) into a fake terminal of a chosen size, columns AND rows
// (ink-testing-library's fake stdout has 100 columns and no rows). Frames update asynchronously
// after input: tests await a predicate on the screen, never assert right after a write.
import { EventEmitter } from 'node:events';
import chalk from 'chalk';
import { render, type Instance } from 'ink';
import { act, type ReactElement } from 'react';
import { App, type AppProps } from '../../src/ui/app';
import { CAMPAIGN } from './fixtures';

export { CAMPAIGN, fixture } from './fixtures';

class FakeStdout extends EventEmitter {
  isTTY = true;
  frames: string[] = [];
  constructor(public columns: number, public rows: number) { super(); }
  write = (frame: string) => { this.frames.push(frame); return true; };
  resize(columns: number, rows: number) { this.columns = columns; this.rows = rows; this.emit('resize'); }
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private queue: string[] = [];
  write(data: string) { this.queue.push(data); this.emit('readable'); }
  read = () => this.queue.shift() ?? null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export const KEYS = {
  enter: '\r', esc: '\u001B', up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', pageUp: '\u001B[5~', pageDown: '\u001B[6~',
  home: '\u001B[H', end: '\u001B[F', ctrlC: '\u0003', backspace: '\u007F',
} as const;

const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;
export const stripAnsi = (s: string) => s.replace(ANSI, '');

export interface Rendered {
  readonly stdout: FakeStdout;
  readonly stdin: FakeStdin;
  readonly instance: Instance;
  /** The newest frame, with escape codes. */
  raw(): string;
  /** The newest frame as plain text. */
  screen(): string;
  lines(): string[];
  press(...keys: string[]): Promise<void>;
  waitFor(predicate: (screen: string) => boolean, what?: string, timeoutMs?: number): Promise<string>;
  /** Resizes the fake terminal the way a terminal does: new size, then a 'resize' event. */
  resize(columns: number, rows: number): Promise<void>;
  /** Presses `key` (PgDn by default) until `text` is on screen. */
  seek(text: string, key?: string, presses?: number): Promise<string>;
  unmount(): void;
}

/** Colour on (as a colour terminal would), so NO_COLOR tests can tell the difference. */
chalk.level = 1;

// Keys are written inside act(): React then runs every effect of the frame a key causes before
// the next key arrives (ink-text-input re-subscribes its key handler in an effect).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const tick = () => new Promise((r) => setTimeout(r, 2));

export function renderTree(tree: ReactElement, size: { columns: number; rows: number }): Rendered {
  const stdout = new FakeStdout(size.columns, size.rows);
  const stdin = new FakeStdin();
  let instance!: Instance;
  act(() => {
    instance = render(tree, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new FakeStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
      debug: true, exitOnCtrlC: false, patchConsole: false,
    });
  });
  const raw = () => stdout.frames[stdout.frames.length - 1] ?? '';
  const screen = () => stripAnsi(raw());
  const waitFor = async (predicate: (s: string) => boolean, what = 'the expected screen', timeoutMs = 5000) => {
    const start = Date.now();
    for (;;) {
      const s = screen();
      if (predicate(s)) return s;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; the screen was:\n${s}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const seek = async (text: string, key: string = KEYS.pageDown, presses = 15) => {
    for (let i = 0; i < presses && !screen().includes(text); i++) {
      const before = screen();
      await act(async () => { stdin.write(key); await tick(); });
      await waitFor((s) => s !== before || s.includes(text), `a change after pressing ${JSON.stringify(key)}`, 2000).catch(() => undefined);
    }
    return waitFor((s) => s.includes(text), `"${text}"`);
  };
  const resize = async (columns: number, rows: number) => { await act(async () => { stdout.resize(columns, rows); await tick(); }); };
  return {
    stdout, stdin, instance, raw, screen, waitFor, seek, resize,
    lines: () => screen().split('\n'),
    async press(...keys) {
      // A lone Esc waits one tick for Ink to tell it from the start of a sequence.
      for (const k of keys) await act(async () => { stdin.write(k); await tick(); });
    },
    unmount: () => { act(() => { instance.unmount(); }); instance.cleanup(); },
  };
}

export interface AppRun extends Rendered {
  readonly exits: number[];
}

export function renderApp(props: Partial<AppProps> = {}, size = { columns: 80, rows: 24 }): AppRun {
  const exits: number[] = [];
  const r = renderTree(
    <App campaign={props.campaign ?? CAMPAIGN()} lang={props.lang ?? 'en'} color={props.color ?? true} onExit={(c) => exits.push(c)} {...props} />,
    size,
  );
  return { ...r, exits };
}

/** A predicate for waitFor: the screen shows `text`. */
export const has = (text: string) => (s: string) => s.includes(text);

/** From the menu to the first line of a call: `menuDown` rows down, then the mode chosen. */
export async function toCall(r: Rendered, menuDown: number, mode: 'practice' | 'exam' | 'free'): Promise<void> {
  await r.waitFor(has('Campaign'));
  for (let i = 0; i < menuDown; i++) await r.press(KEYS.down);
  await r.press(KEYS.enter);
  await r.waitFor(has('▸ Practice'));
  const steps = { practice: 0, exam: 1, free: 2 }[mode];
  for (let i = 0; i < steps; i++) await r.press(KEYS.down);
  await r.press(KEYS.enter);
}
