// The one place that maps keys to commands, per screen context. The key-help line and the help
// screen are generated from this table, so what is shown is always what works.
import type { Key } from 'ink';
import type { Messages } from './i18n';

export type KeyName =
  | 'up' | 'down' | 'left' | 'right' | 'return' | 'escape' | 'pageup' | 'pagedown' | 'home' | 'end' | 'tab'
  | 'backspace';

/** A key press, independent of Ink (tests build these directly). */
export interface KeyPress {
  readonly name?: KeyName;
  readonly char?: string;
  readonly ctrl?: boolean;
}

export type Command =
  | 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end'
  | 'confirm' | 'back' | 'quit' | 'exit' | 'interrupt'
  | 'toggle-lang' | 'cycle-mode' | 'help' | 'pause' | 'retry' | 'next' | 'menu' | 'debug'
  | 'players' | 'new-player' | 'history' | 'left' | 'right' | 'first' | 'last' | 'play-again'
  | PresentCommand;

export type KeyAction =
  | { readonly command: Command }
  | { readonly command: 'digit'; readonly digit: number }
  /** Trainer mode's options A, B, C…: 0 for A. */
  | { readonly command: 'letter'; readonly letter: number };

/** Trainer mode (callcraft present). */
export type PresentCommand =
  | 'timer' | 'timer-pause' | 'timer-add' | 'undo' | 'hide-numbers' | 'why' | 'tally' | 'save' | 'delete';
export type PresentContext =
  | 'present-pick' | 'present-mode' | 'present-line' | 'present-options' | 'present-tally' | 'present-tie'
  | 'present-feedback' | 'present-board' | 'present-end' | 'present-final' | 'present-help';

export type KeyContext =
  | 'menu' | 'help' | 'briefing' | 'call' | 'call-text' | 'call-ended' | 'pause' | 'debrief' | 'enlarge' | 'watch-errors'
  | 'players' | 'players-text' | 'history' | 'replay'
  | PresentContext;

type Match =
  | { readonly name: KeyName } | { readonly char: string } | { readonly ctrl: string } | { readonly digits: true }
  /** A letter A… naming one of the options on screen (how many: resolveKey's `letters`). */
  | { readonly letters: true };

export interface Binding {
  readonly match: readonly Match[];
  readonly command: Command | 'digit' | 'letter';
  /**
   * Shown in the key-help line (and the help screen): the keys as printed and the label's
   * message key. `screenOnly`: listed on the help screen only, where the line has no room.
   */
  readonly help?: { readonly keys: string; readonly label: keyof Messages['key']; readonly screenOnly?: boolean };
}

const b = (command: Binding['command'], match: readonly Match[], keys?: string, label?: keyof Messages['key']): Binding =>
  keys !== undefined && label !== undefined ? { command, match, help: { keys, label } } : { command, match };
/** A binding listed on the help screen but left out of the key-help line. */
const helpOnly = (binding: Binding): Binding => (binding.help ? { ...binding, help: { ...binding.help, screenOnly: true } } : binding);

const UP = b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'move');
const DOWN = b('down', [{ name: 'down' }, { char: 'j' }]);
const PAGES = [
  b('page-up', [{ name: 'pageup' }], 'PgUp PgDn', 'scroll'),
  b('page-down', [{ name: 'pagedown' }]),
];
const QUIT = b('quit', [{ char: 'q' }], 'q', 'quit');
// The debug panel (author tool): Tab, which typing never needs, so it works in free text too.
// Only authors' calls (--debug, --watch, --from, --set) open it: in exam mode it would show
// what the exam hides. So a learner's call leaves it off the key line (see callScreen).
const DEBUG = b('debug', [{ name: 'tab' }], 'Tab', 'debug');

export const BINDINGS: Readonly<Record<KeyContext, readonly Binding[]>> = {
  menu: [
    UP, DOWN,
    helpOnly(b('digit', [{ digits: true }], '1–9', 'pick')),
    b('home', [{ name: 'home' }]), b('end', [{ name: 'end' }]),
    b('confirm', [{ name: 'return' }], 'Enter', 'open'),
    b('players', [{ char: 'p' }], 'p', 'player'),
    b('history', [{ char: 'h' }], 'h', 'history'),
    b('toggle-lang', [{ char: 'l' }], 'l', 'language'),
    b('cycle-mode', [{ char: 'm' }], 'm', 'mode'),
    b('help', [{ char: '?' }], '?', 'help'),
    QUIT,
  ],
  players: [
    UP, DOWN,
    b('digit', [{ digits: true }], '1–9', 'pick'),
    b('home', [{ name: 'home' }]), b('end', [{ name: 'end' }]),
    b('confirm', [{ name: 'return' }], 'Enter', 'select'),
    b('new-player', [{ char: 'n' }], 'n', 'newPlayer'),
    b('back', [{ name: 'escape' }], 'Esc', 'back'),
    QUIT,
  ],
  // Typing a name: every other key is text.
  'players-text': [
    b('confirm', [{ name: 'return' }], 'Enter', 'confirm'),
    b('back', [{ name: 'escape' }], 'Esc', 'back'),
  ],
  history: [
    UP, DOWN,
    b('page-up', [{ name: 'pageup' }]), b('page-down', [{ name: 'pagedown' }]),
    b('home', [{ name: 'home' }]), b('end', [{ name: 'end' }]),
    b('confirm', [{ name: 'return' }], 'Enter', 'replay'),
    b('back', [{ name: 'escape' }], 'Esc', 'back'),
    QUIT,
  ],
  replay: [
    b('left', [{ name: 'left' }], '← →', 'step'), b('right', [{ name: 'right' }]),
    b('first', [{ name: 'home' }], 'Home End', 'ends'), b('last', [{ name: 'end' }]),
    b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'scroll'), DOWN, ...PAGES.map((p) => ({ ...p, help: undefined })),
    b('play-again', [{ char: 'r' }], 'r', 'playAgain'),
    b('back', [{ name: 'escape' }], 'Esc', 'back'),
    QUIT,
  ],
  help: [
    b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'scroll'), DOWN, ...PAGES.map((p) => ({ ...p, help: undefined })),
    b('back', [{ name: 'escape' }, { name: 'return' }, { char: '?' }], 'Esc', 'back'),
    QUIT,
  ],
  briefing: [
    b('confirm', [{ name: 'return' }], 'Enter', 'start'),
    b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'mode'), DOWN,
    b('cycle-mode', [{ char: 'm' }]),
    ...PAGES,
    b('back', [{ name: 'escape' }], 'Esc', 'back'),
    QUIT,
  ],
  call: [
    b('digit', [{ digits: true }], '1–9', 'reply'),
    UP, DOWN,
    b('confirm', [{ name: 'return' }], 'Enter', 'say'),
    b('pause', [{ name: 'escape' }], 'Esc', 'pause'),
    ...PAGES,
    DEBUG,
    b('quit', [{ char: 'q' }]),
  ],
  'call-text': [
    b('confirm', [{ name: 'return' }], 'Enter', 'send'),
    b('pause', [{ name: 'escape' }], 'Esc', 'pause'),
    b('page-up', [{ name: 'pageup' }, { name: 'up' }], 'PgUp PgDn', 'scroll'),
    b('page-down', [{ name: 'pagedown' }, { name: 'down' }]),
    DEBUG,
  ],
  'call-ended': [
    b('confirm', [{ name: 'return' }], 'Enter', 'debrief'),
    b('pause', [{ name: 'escape' }], 'Esc', 'pause'),
    QUIT,
    ...PAGES,
    DEBUG,
  ],
  pause: [
    UP, DOWN,
    b('digit', [{ digits: true }]),
    b('confirm', [{ name: 'return' }], 'Enter', 'confirm'),
    b('back', [{ name: 'escape' }], 'Esc', 'resume'),
    QUIT,
  ],
  debrief: [
    b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'scroll'), DOWN, ...PAGES.map((p) => ({ ...p, help: undefined })),
    b('home', [{ name: 'home' }]), b('end', [{ name: 'end' }]),
    b('retry', [{ char: 'r' }], 'r', 'retry'),
    b('next', [{ char: 'n' }], 'n', 'next'),
    b('menu', [{ char: 'm' }, { name: 'return' }, { name: 'escape' }], 'm', 'menu'),
    QUIT,
  ],
  // Watch mode while the file has errors: read them, or quit.
  'watch-errors': [
    b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'scroll'), DOWN, ...PAGES.map((p) => ({ ...p, help: undefined })),
    b('home', [{ name: 'home' }]), b('end', [{ name: 'end' }]),
    QUIT,
  ],
  // Too small to show anything else (a pause menu included): q leaves at once.
  enlarge: [b('exit', [{ char: 'q' }], 'q', 'quit')],
  ...presentBindings(),
};

/**
 * Trainer mode. While options are shown their letters come first (B picks option B), so undo
 * there is Backspace; elsewhere `b` undoes too.
 */
function presentBindings(): Readonly<Record<PresentContext, readonly Binding[]>> {
  const help = b('help', [{ char: '?' }], '?', 'keys');
  const end = b('quit', [{ char: 'q' }], 'q', 'end');
  const undo = (keys = 'b') => b('undo', keys === 'b' ? [{ char: 'b' }, { name: 'backspace' }] : [{ name: 'backspace' }], keys, 'undo');
  const hide = b('hide-numbers', [{ char: 'h' }], 'h', 'hideNumbers');
  const timer = [
    b('timer', [{ char: 't' }], 't', 'timer'),
    b('timer-pause', [{ char: ' ' }], 'Space', 'timerPause'),
    b('timer-add', [{ char: '+' }, { char: '=' }], '+', 'timerAdd'),
  ];
  const scroll = [
    b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'scroll'), b('down', [{ name: 'down' }, { char: 'j' }]),
    b('page-up', [{ name: 'pageup' }]), b('page-down', [{ name: 'pagedown' }]),
  ];
  return {
    'present-pick': [
      b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'move'), b('down', [{ name: 'down' }, { char: 'j' }]),
      b('digit', [{ digits: true }], '1–9', 'pick'),
      b('confirm', [{ name: 'return' }], 'Enter', 'open'),
      help, b('quit', [{ char: 'q' }], 'q', 'quit'),
    ],
    'present-mode': [
      b('up', [{ name: 'up' }, { char: 'k' }], '↑↓', 'move'), b('down', [{ name: 'down' }, { char: 'j' }]),
      b('digit', [{ digits: true }], '1 2', 'pick'),
      b('confirm', [{ name: 'return' }], 'Enter', 'start'),
      b('back', [{ name: 'escape' }], 'Esc', 'back'),
      help, b('quit', [{ char: 'q' }], 'q', 'quit'),
    ],
    'present-line': [b('confirm', [{ name: 'return' }], 'Enter', 'reveal'), ...timer, undo(), hide, help, end],
    'present-options': [
      b('letter', [{ letters: true }], 'A–D', 'choose'),
      b('tally', [{ char: 'v' }], 'v', 'tally'),
      ...timer, undo('⌫'), hide, help, end,
    ],
    'present-tally': [
      b('letter', [{ letters: true }], 'A–D', 'row'),
      b('up', [{ name: 'up' }], '↑↓', 'row'), b('down', [{ name: 'down' }, { name: 'tab' }]),
      b('digit', [{ digits: true }], '0–9', 'count'),
      b('delete', [{ name: 'backspace' }]),
      b('confirm', [{ name: 'return' }], 'Enter', 'majority'),
      b('back', [{ name: 'escape' }], 'Esc', 'cancel'),
    ],
    'present-tie': [
      b('letter', [{ letters: true }], 'A–D', 'choose'),
      b('back', [{ name: 'escape' }], 'Esc', 'back'),
    ],
    'present-feedback': [b('confirm', [{ name: 'return' }], 'Enter', 'nextTurn'), b('why', [{ char: 'w' }], 'w', 'why'), undo(), hide, help, end],
    'present-board': [b('confirm', [{ name: 'return' }], 'Enter', 'continue'), undo(), hide, help, end],
    'present-end': [
      b('confirm', [{ name: 'return' }], 'Enter', 'continue'), b('save', [{ char: 's' }], 's', 'save'),
      ...scroll, undo(), help, b('quit', [{ char: 'q' }], 'q', 'quit'),
    ],
    'present-final': [
      b('save', [{ char: 's' }], 's', 'save'), b('back', [{ name: 'escape' }, { name: 'return' }], 'Enter', 'back'),
      ...scroll, help, b('quit', [{ char: 'q' }], 'q', 'quit'),
    ],
    'present-help': [b('back', [{ name: 'escape' }, { name: 'return' }, { char: '?' }], 'Esc', 'back'), b('quit', [{ char: 'q' }], 'q', 'end')],
  };
}

const INTERRUPT = b('interrupt', [{ ctrl: 'c' }]);

const LETTERS = 'abcdefghi';

function matches(m: Match, press: KeyPress, letters: number): boolean {
  if ('ctrl' in m) return press.ctrl === true && press.char?.toLowerCase() === m.ctrl;
  if (press.ctrl) return false;
  if ('name' in m) return press.name === m.name;
  if ('letters' in m) return press.name === undefined && press.char !== undefined && letterOf(press.char) < letters;
  if ('digits' in m) return press.name === undefined && press.char !== undefined && /^[0-9]$/.test(press.char);
  return press.name === undefined && press.char !== undefined && press.char.toLowerCase() === m.char;
}

/** 0 for a or A, … 8 for i; -1 (never below a count) or Infinity otherwise. */
function letterOf(char: string): number {
  const i = char.length === 1 ? LETTERS.indexOf(char.toLowerCase()) : -1;
  return i < 0 ? Infinity : i;
}

/** An option's letter as shown: A for 0. */
export const optionLetter = (index: number): string => LETTERS[index]?.toUpperCase() ?? '?';

/**
 * The command a key press means in this context, or null (the key does nothing here).
 * `letters`: how many options are lettered on screen (trainer mode; letters beyond do nothing).
 */
export function resolveKey(context: KeyContext, press: KeyPress, letters = 0): KeyAction | null {
  for (const binding of [INTERRUPT, ...BINDINGS[context]]) {
    if (!binding.match.some((m) => matches(m, press, letters))) continue;
    if (binding.command === 'digit') return { command: 'digit', digit: Number(press.char) };
    if (binding.command === 'letter') return { command: 'letter', letter: letterOf(press.char!) };
    return { command: binding.command };
  }
  return null;
}

/** The entries of the key-help line for a context, in table order (`all`: the help screen's). */
export function keyHelp(context: KeyContext, all = false): { keys: string; label: keyof Messages['key'] }[] {
  return BINDINGS[context].flatMap((x) => (x.help && (all || !x.help.screenOnly) ? [{ keys: x.help.keys, label: x.help.label }] : []));
}

const NAMES: readonly [keyof Key, KeyName][] = [
  ['upArrow', 'up'], ['downArrow', 'down'], ['leftArrow', 'left'], ['rightArrow', 'right'],
  ['return', 'return'], ['escape', 'escape'], ['pageUp', 'pageup'], ['pageDown', 'pagedown'],
  ['home', 'home'], ['end', 'end'], ['tab', 'tab'],
  // Ink reports the Backspace key (DEL) as `delete`; the forward-delete key is rare in a terminal.
  ['backspace', 'backspace'], ['delete', 'backspace'],
];

const CONTROL_NAMES: Readonly<Record<string, KeyName>> = { '\r': 'return', '\n': 'return', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace' };

/**
 * Ink's (input, key) as the key presses it stands for. Keys that arrive together (a fast
 * typist, tmux, a paste: "12" or "6\r") reach Ink as one input string; outside a text field
 * each character is its own press, so "12" is 1 then 2 and "6\r" is 6 then Enter.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
  const chars = [...input];
  if (chars.length < 2 || key.ctrl || key.meta || input.includes('\u001B') || NAMES.some(([flag]) => key[flag] === true)) return [fromInk(input, key)];
  return chars.map((c) => (CONTROL_NAMES[c] ? { name: CONTROL_NAMES[c] } : { char: c }));
}

/**
 * In a text field a chunk is one press (the field types it whole), but an Enter at its end (a
 * line typed ahead faster than the screen, a pasted line with its newline) is still Enter.
 */
export function textPresses(input: string, key: Key): KeyPress[] {
  const text = input.replace(/[\r\n]+$/, '');
  return text.length > 0 && text.length < input.length ? [fromInk(text, key), { name: 'return' }] : [fromInk(input, key)];
}

/** Ink's (input, key) as a KeyPress. */
export function fromInk(input: string, key: Key): KeyPress {
  const named = NAMES.find(([flag]) => key[flag] === true);
  if (named) return { name: named[1] };
  return key.ctrl ? { char: input, ctrl: true } : { char: input };
}
