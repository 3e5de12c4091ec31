// What every command needs from the global options and the environment.
import type { Command } from 'commander';
import { languageFromEnv } from '../core/text';
import { colorWanted, makeStyle, type Style } from './output';

export const UI_LANGUAGES = ['zh', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Context {
  /** Styles for stdout and stderr: colour only on a terminal, never with --no-color / NO_COLOR. */
  readonly style: Style;
  readonly errStyle: Style;
  readonly noColor: boolean;
  /** --player and --unlock-all, as the screens take them. */
  readonly progress: { readonly player?: string; readonly unlockAll: boolean };
}

export function contextOf(cmd: Command): Context {
  const globals = cmd.optsWithGlobals<{ color?: boolean; player?: string; unlockAll?: boolean }>();
  const flag = globals.color !== false;
  return {
    progress: { ...(globals.player !== undefined && { player: globals.player }), unlockAll: globals.unlockAll === true },
    style: makeStyle(colorWanted(flag, process.env, process.stdout.isTTY === true)),
    errStyle: makeStyle(colorWanted(flag, process.env, process.stderr.isTTY === true)),
    noColor: !colorWanted(flag, process.env, true),
  };
}

/** --lang when given, else the locale (LC_ALL, LC_MESSAGES, LANG): zh* → zh, else en. */
export function uiLanguage(option: string | undefined): UiLanguage {
  return option === 'zh' || option === 'en' ? option : languageFromEnv(process.env);
}
