// What the command line asks the screens to show. Mirrors ScreenRequest in src/cli/screen.ts
// (the CLI builds it; the screens never parse arguments or read the environment).
import type { LoadedScenario } from '../content/load';
import type { Mode } from '../core/engine';

export interface ScreenOptions {
  /** --no-color or NO_COLOR: draw without colour. */
  readonly noColor: boolean;
  /** The interface language (from --lang or the locale). */
  readonly uiLang: 'zh' | 'en';
}

export type ScreenRequest = ScreenOptions &
  (
    | { readonly screen: 'menu'; readonly scenarioDir: string }
    | { readonly screen: 'play'; readonly scenario: LoadedScenario; readonly lang: string; readonly mode: Mode }
  );
