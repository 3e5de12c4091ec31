// A screen as data: lines above an optional text input, lines below, and how far it scrolls.
import type { Line } from '../layout/lines';
import type { Messages, UiLang } from '../i18n';
import type { ViewBounds } from '../state/app';
import type { Theme } from '../theme';

export interface Size {
  readonly cols: number;
  /** Rows the screen may use. */
  readonly rows: number;
}

export interface InputView {
  readonly prompt: Line;
  readonly value: string;
  /** Columns for the typed text (after the prompt) and the rows it may take. */
  readonly cols: number;
  readonly rows: number;
  readonly maxWidth: number;
}

export interface ScreenView {
  readonly top: readonly Line[];
  readonly input?: InputView;
  readonly bottom: readonly Line[];
  readonly bounds?: ViewBounds;
  /** Lines drawn to the right of everything above (the debug panel), `sideWidth` wide. */
  readonly side?: readonly Line[];
  readonly sideWidth?: number;
}

export interface ViewEnv {
  readonly size: Size;
  readonly t: Messages;
  readonly lang: UiLang;
  readonly theme: Theme;
}

/** The smallest terminal the game lays out in; below it the screen asks for more room. */
export const MIN_COLS = 60;
export const MIN_ROWS = 18;
