// A real terminal for end-to-end tests and the start-up benchmark: the program runs in a
// pseudo-terminal (@lydell/node-pty) and its output is parsed by a headless xterm, so tests read
// the screen a person would see (wide characters included) and the terminal's modes after exit.
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

export interface TerminalOptions {
  readonly cols?: number;
  readonly rows?: number;
  readonly cwd?: string;
  /** Added to a clean copy of the parent's environment (CI is forced off: see below). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface TerminalSession {
  /** The visible screen, one line per row, trailing spaces trimmed. */
  screen(): string;
  lines(): string[];
  write(data: string): void;
  /** Resizes the terminal (the program gets SIGWINCH, as in a real one). */
  resize(cols: number, rows: number): void;
  /** Resolves with the screen once `predicate` holds; rejects with the screen after the timeout. */
  waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** True while the program has hidden the cursor (DECTCEM). */
  cursorHidden(): boolean;
  /** How many cells on screen have a foreground or background colour. */
  coloredCells(): number;
  /** True while the alternate screen is in use. */
  alternateScreen(): boolean;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  /** Milliseconds since the program was started. */
  elapsed(): number;
  kill(): void;
}

export function spawnTerminal(command: string, args: readonly string[], options: TerminalOptions = {}): TerminalSession {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  let hidden = false;
  // Watch the cursor's visibility without changing how the terminal handles the sequence.
  term.parser.registerCsiHandler({ prefix: '?', final: 'l' }, (params) => { if (params.includes(25)) hidden = true; return false; });
  term.parser.registerCsiHandler({ prefix: '?', final: 'h' }, (params) => { if (params.includes(25)) hidden = false; return false; });

  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(NO_COLOR|FORCE_COLOR|CALLCRAFT_|LC_|LANG)/.test(k)) env[k] = v;
  // Ink with CI set renders only the last frame and ignores resizes: a terminal test must not.
  Object.assign(env, { TERM: 'xterm-256color', CI: 'false', LANG: 'en_US.UTF-8' });
  for (const [k, v] of Object.entries(options.env ?? {})) if (v === undefined) delete env[k]; else env[k] = v;

  const started = performance.now();
  const child = pty.spawn(command, [...args], { cols, rows, cwd: options.cwd ?? process.cwd(), env, name: 'xterm-256color' });
  let pending = 0;
  // Waiters are checked as soon as xterm has parsed new output (and on a timer, for timeouts).
  const waiters = new Set<() => void>();
  child.onData((data) => {
    pending++;
    term.write(data, () => { pending--; if (pending === 0) for (const w of [...waiters]) w(); });
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    child.onExit((e) => {
      // Let xterm finish parsing what the program wrote last.
      const settle = () => (pending === 0 ? resolve(e) : setTimeout(settle, 5));
      settle();
    });
  });

  const lines = () => {
    const buffer = term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < term.rows; i++) out.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return out;
  };
  const screen = () => lines().join('\n');
  return {
    screen,
    lines,
    write: (data) => child.write(data),
    resize: (c, r) => { term.resize(c, r); child.resize(c, r); },
    waitFor(predicate, what, timeoutMs = 30_000) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          const s = screen();
          if (pending === 0 && predicate(s)) { done(); resolve(s); }
        };
        const timer = setInterval(check, 50);
        const timeout = setTimeout(() => { done(); reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen was:\n${screen()}`)); }, timeoutMs);
        const done = () => { waiters.delete(check); clearInterval(timer); clearTimeout(timeout); };
        waiters.add(check);
        check();
      });
    },
    cursorHidden: () => hidden,
    coloredCells: () => {
      const buffer = term.buffer.active;
      let n = 0;
      for (let y = 0; y < term.rows; y++) {
        const line = buffer.getLine(buffer.viewportY + y);
        for (let x = 0; line && x < term.cols; x++) {
          const cell = line.getCell(x);
          if (cell && (!cell.isFgDefault() || !cell.isBgDefault())) n++;
        }
      }
      return n;
    },
    alternateScreen: () => term.buffer.active.type === 'alternate',
    exited,
    elapsed: () => performance.now() - started,
    kill: () => { try { child.kill(); } catch { /* already gone */ } },
  };
}
