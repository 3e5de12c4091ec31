// The interface language: one message catalogue per language, the same keys in each.
import en, { type Messages } from './en';
import zh from './zh';

export type { Messages };
export const UI_LANGS = ['en', 'zh'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const catalogues: Readonly<Record<UiLang, Messages>> = { en, zh };

export function messagesFor(lang: UiLang): Messages {
  return catalogues[lang];
}

/** The other interface language (the menu's language key switches between the two). */
export function otherLang(lang: UiLang): UiLang {
  return lang === 'en' ? 'zh' : 'en';
}
