// Text values: a plain string, or a map from language code to string.
import type { TextValue } from './schema';

export type Text = TextValue;

/**
 * The string to show for `lang`: that language when the Text has it, else the first of
 * `fallbacks` it has, else its first entry. Plain strings are the same in every language.
 */
export function textIn(text: Text | undefined, lang: string, fallbacks: readonly string[] = []): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const direct = Object.hasOwn(text, lang) ? text[lang] : undefined;
  if (direct !== undefined) return direct;
  for (const f of fallbacks) if (Object.hasOwn(text, f) && text[f] !== undefined) return text[f]!;
  const first = Object.values(text)[0];
  return first ?? '';
}

/** Every string a Text carries (all languages), e.g. for matching typed answers. */
export function textVariants(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** The language a scenario is played in: `wanted` when the scenario has it, else its first. */
export function scenarioLanguage(languages: readonly string[], wanted: string): string {
  if (languages.length === 0 || languages.includes(wanted)) return wanted;
  return languages[0]!;
}

/** zh or en from the usual locale variables (LC_ALL, LC_MESSAGES, LANG): zh* → zh, else en. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): 'zh' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
