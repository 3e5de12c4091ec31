// Ink's key parser reads an escape sequence it has no name for (a colour code such as
// ESC[31m in pasted text, a focus report, an unusual function key) as Ctrl with no key name
// and then crashes on it (ink 6.8, use-input.js: `input.startsWith` of undefined); one it reads
// without Ctrl is typed into a text field as "[200~". Such sequences are taken out of what is
// read from stdin, so the words of a paste around them reach the text field as one piece (split
// into several events, all but the last would be lost: the field reads a value one render old);
// one split across two reads is dropped when Ink puts it together, before any listener sees it.
// Ctrl with a letter the game has no use for (Ctrl+U, Ctrl+W…) is dropped too: the text field
// would type the bare letter.
import { useLayoutEffect, type ReactNode } from 'react';
import { useStdin } from 'ink';

// The legacy escape sequences Ink names (parse-keypress.js `keyName`), and its pattern for them.
const NAMED = new Set([
  'OP', 'OQ', 'OR', 'OS', 'OA', 'OB', 'OC', 'OD', 'OE', 'OF', 'OH', 'Oa', 'Ob', 'Oc', 'Od', 'Oe',
  '[A', '[B', '[C', '[D', '[E', '[F', '[H', '[Z', '[a', '[b', '[c', '[d', '[e',
  '[[A', '[[B', '[[C', '[[D', '[[E', '[[5~', '[[6~',
  ...['1', '2', '3', '4', '5', '6', '7', '8', '11', '12', '13', '14', '15', '17', '18', '19', '20', '21', '23', '24'].map((n) => `[${n}~`),
  ...['2', '3', '5', '6', '7', '8'].flatMap((n) => [`[${n}$`, `[${n}^`]),
]);
const FN_KEY = /^(?:\x1b+)(O|N|\[|\[\[)(?:(\d+)(?:;(\d+))?([~^$])|(?:1;)?(\d+)?([a-zA-Z]))/;
// Kitty keyboard protocol keys are parsed apart from the legacy table and are safe.
const KITTY = /^\x1b\[\d+(?:;\d+(?::\d+)?(?:;[\d:]+)?)?u$/;

/** True for an escape sequence Ink would misread: one it has no key name for. */
export function isUnknownKeySequence(data: string): boolean {
  if (!data.startsWith('\x1b') || KITTY.test(data)) return false;
  const parts = FN_KEY.exec(data);
  if (!parts) return false;
  const code = [parts[1], parts[2], parts[4], parts[6]].filter(Boolean).join('');
  return !NAMED.has(code);
}

// An escape sequence inside a chunk of input, as Ink's input parser delimits them.
const SEQUENCE = /\x1b+(?:\[\[?[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|O[\x40-\x7e])/g;

/** The chunk without the escape sequences Ink would misread. */
export function withoutUnknownKeys(chunk: string): string {
  return chunk.includes('\x1b') ? chunk.replace(SEQUENCE, (s) => (isUnknownKeySequence(s) ? '' : s)) : chunk;
}

// Ctrl+C, Tab, Enter, Backspace and Esc mean something; other Ctrl+letters nothing.
const CONTROL_KEPT = new Set(['\x03', '\t', '\r', '\n', '\b', '\x1b']);

/** True for an input event no screen reads: an unknown escape sequence, an unused Ctrl+letter. */
export function isStrayInput(data: string): boolean {
  if (data.length === 1 && data < ' ') return !CONTROL_KEPT.has(data);
  return isUnknownKeySequence(data);
}

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

// The full-screen runner guards every screen, and the game's root too (its tests render it
// alone): the guard is put on a stdin once.
const guarded = new WeakSet<object>();

/** Keeps stray input away from Ink's key listeners, for as long as the app is shown. */
export function useInputGuard(): void {
  const { stdin, internal_eventEmitter: emitter } = useStdin();
  // A layout effect: in place before any key listener's own effect could receive input.
  useLayoutEffect(() => {
    if (guarded.has(stdin)) return;
    guarded.add(stdin);
    const read = stdin.read;
    stdin.read = function (this: NodeJS.ReadStream, ...args: Parameters<typeof read>) {
      const chunk: unknown = read.apply(this, args);
      return typeof chunk === 'string' ? withoutUnknownKeys(chunk) : chunk;
    } as typeof read;
    const emit: Emit | null = emitter ? emitter.emit.bind(emitter) : null;
    if (emitter && emit) {
      emitter.emit = ((event, ...args) =>
        event === 'input' && typeof args[0] === 'string' && isStrayInput(args[0]) ? false : emit(event, ...args)) as Emit as typeof emitter.emit;
    }
    return () => {
      guarded.delete(stdin);
      stdin.read = read;
      if (emitter && emit) emitter.emit = emit as typeof emitter.emit;
    };
  }, [stdin, emitter]);
}

/** Guards the input of everything inside it. */
export function InputGuard({ children }: { readonly children: ReactNode }): ReactNode {
  useInputGuard();
  return children;
}
