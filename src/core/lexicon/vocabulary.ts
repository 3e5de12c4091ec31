// The English words the lexicon knows: what a typo is corrected into (src/core/typos.ts), and
// what scripts/typo-words.ts finds the dictionary's near neighbours of.
import { LEXICON, SLOTS } from './index';
import { inflectedForms } from './pattern';

export const MIN_LENGTH = 5;

/** Every English word form the lexicon's patterns and slots can match, of MIN_LENGTH letters or more. */
export function lexiconVocabulary(): string[] {
  const words = new Set<string>();
  const add = (pattern: string | RegExp) => {
    if (pattern instanceof RegExp) return;
    for (const m of pattern.replace(/\{[a-z]+\}/g, ' ').matchAll(/(?<!\\)\b([a-z]+)(\*?)/g)) {
      for (const w of m[2] ? inflectedForms(m[1]!) : [m[1]!]) if (w.length >= MIN_LENGTH) words.add(w);
    }
  };
  for (const e of LEXICON) for (const p of [...e.patterns, ...(e.requires ?? []), ...(e.unless ?? [])]) add(p);
  for (const list of Object.values(SLOTS)) for (const p of list) add(p);
  return [...words].sort();
}

/** A short fingerprint of the vocabulary: REAL_WORDS is stale when it was made for another. */
export function vocabularyFingerprint(words: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of words.join(' ')) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `${words.length}:${h.toString(16)}`;
}

