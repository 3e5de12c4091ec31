// Colours, emphasis and sizes by role. Screens name a role ("good", "muted"), never a colour,
// so NO_COLOR, a high-contrast projector theme and larger sizes are one switch here.
// chalk ignores NO_COLOR, so colour is decided here (the CLI passes --no-color / NO_COLOR in):
// with color off no colour is ever passed to Ink; bold, underline and inverse (not colours)
// still mark what matters.

export type Role =
  | 'text' | 'muted' | 'title' | 'accent' | 'key' | 'selected'
  | 'good' | 'bad' | 'warn' | 'violation' | 'debtor' | 'you' | 'coach' | 'border' | 'locked';

export interface TextStyle {
  readonly color?: string;
  readonly bold?: boolean;
  readonly dimColor?: boolean;
  readonly inverse?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

export interface ThemeSizes {
  /** Bar width in the stat panel (columns), before it grows with the terminal. */
  readonly bar: number;
  /** Horizontal padding inside boxes. */
  readonly padX: number;
}

export interface Theme {
  readonly color: boolean;
  /** High contrast: no dim or grey text (projectors). */
  readonly contrast: 'normal' | 'high';
  readonly sizes: ThemeSizes;
  style(role: Role): TextStyle;
}

const COLORS: Readonly<Record<Role, TextStyle>> = {
  text: {},
  muted: { color: 'gray' },
  title: { bold: true },
  accent: { color: 'cyan', bold: true },
  key: { color: 'cyan' },
  selected: { color: 'cyan', bold: true },
  good: { color: 'green' },
  bad: { color: 'red' },
  warn: { color: 'yellow' },
  violation: { color: 'red', bold: true, inverse: true },
  debtor: { color: 'yellow', bold: true },
  you: { color: 'cyan', bold: true },
  coach: { color: 'magenta', bold: true },
  border: { color: 'gray' },
  locked: { color: 'gray' },
};

// Without colour: the same hierarchy from emphasis alone.
const PLAIN: Readonly<Record<Role, TextStyle>> = {
  text: {},
  muted: { dimColor: true },
  title: { bold: true },
  accent: { bold: true },
  key: { bold: true },
  selected: { bold: true, inverse: true },
  good: {},
  bad: {},
  warn: {},
  violation: { bold: true, inverse: true },
  debtor: { bold: true },
  you: { bold: true },
  coach: { bold: true, underline: true },
  border: {},
  locked: { dimColor: true },
};

export interface ThemeOptions {
  readonly color: boolean;
  readonly contrast?: 'normal' | 'high';
  readonly size?: 'normal' | 'large';
}

export function createTheme(options: ThemeOptions): Theme {
  const contrast = options.contrast ?? 'normal';
  const table = options.color ? COLORS : PLAIN;
  const sizes: ThemeSizes = options.size === 'large' ? { bar: 30, padX: 2 } : { bar: 20, padX: 1 };
  return {
    color: options.color,
    contrast,
    sizes,
    style(role) {
      const s = table[role];
      if (contrast === 'normal') return s;
      // High contrast: grey and dim become plain text in the terminal's own foreground, emphasis
      // stays. Not "white": SGR 37 is a light grey on most terminals, and all but invisible on a
      // projector set to a light background.
      const { dimColor: _dim, color, ...rest } = s;
      return color === undefined || color === 'gray' ? rest : { ...rest, color };
    },
  };
}
