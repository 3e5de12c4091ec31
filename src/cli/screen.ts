// The one door from the command line to the interactive screens. Everything the screens need
// arrives in a ScreenRequest, so src/ui never parses arguments or reads the environment.
import type { LoadedScenario } from '../content/load';
import type { Problem } from '../content/problem';
import type { Mode } from '../core/engine';
import type { Clamped, StartPoint } from '../core/start-at';

export interface ScreenOptions {
  /** --no-color or NO_COLOR: draw without colour. */
  readonly noColor: boolean;
  /** The interface language (from --lang or the locale). */
  readonly uiLang: 'zh' | 'en';
  /** --player: whose progress is shown and saved (absent: the store's current player). */
  readonly player?: string;
  /** --unlock-all: every scenario open, whatever has been unlocked (trainer use). */
  readonly unlockAll?: boolean;
}

/** Authors' options for a call: where it starts (--from/--set) and the debug panel (--debug). */
export interface AuthorOptions {
  readonly start?: StartPoint;
  /** Values --set asked for outside their range (a note on the first screen). */
  readonly clamped?: readonly Clamped[];
  readonly debug?: boolean;
}

export type ScreenRequest = ScreenOptions &
  (
    | { readonly screen: 'menu'; /** The folder of scenarios to offer. */ readonly scenarioDir: string }
    | { readonly screen: 'play'; readonly scenario: LoadedScenario; /** The language to play in. */ readonly lang: string; readonly mode: Mode; readonly author?: AuthorOptions }
    // play --watch: the file as first read (it may have errors), reloaded on every save.
    | { readonly screen: 'watch'; readonly file: string; readonly first: LoadedScenario | null; readonly problems: readonly Problem[] | null; readonly mode: Mode; readonly author?: AuthorOptions }
    | { readonly screen: 'replay'; /** A saved run's full id. */ readonly run: string }
  );

/** True when a screen can be drawn and keys read: both stdin and stdout are terminals. */
export function isInteractive(): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true;
}

/** The one-line explanation for a call that has no terminal to draw on. */
export function needsInputsMessage(request: Pick<ScreenRequest, 'screen'>): string {
  const what = request.screen === 'menu' ? 'the menu' : request.screen === 'replay' ? 'the replay screen' : 'playing on screen';
  return `callcraft: ${what} needs an interactive terminal; without one, play from a file of answers: callcraft play <file|id> --inputs <file|-> (ids: callcraft list)`;
}

/**
 * Shows a screen and resolves to the exit code. The screens load here and only here (a dynamic
 * import), so the commands that need no screen never load Ink or React.
 */
export async function openScreen(request: ScreenRequest): Promise<number> {
  const { launch } = await import('../ui/launch');
  return launch(request);
}
