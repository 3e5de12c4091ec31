// The English words the lexicon knows: what a typo is corrected into (src/core/typos.ts), and
// what scripts/typo-words.ts finds the dictionary's near neighbours of.
import { LEXICON, SLOTS } from './index';
import { inflectedForms } from './pattern';

/** Typed words this long may have any one-letter slip read; SWAP_LENGTH-letter words only two letters swapped ("jial"). */
export const MIN_LENGTH = 5;
export const SWAP_LENGTH = 4;

/** Every English word form the lexicon's patterns and slots can match, of SWAP_LENGTH letters or more. */
export function lexiconVocabulary(): string[] {
  const words = new Set<string>();
  const add = (pattern: string | RegExp) => {
    if (pattern instanceof RegExp) return;
    for (const m of pattern.replace(/\{[a-z]+\}/g, ' ').matchAll(/(?<!\\)\b([a-z]+)(\*?)/g)) {
      for (const w of m[2] ? inflectedForms(m[1]!) : [m[1]!]) if (w.length >= SWAP_LENGTH) words.add(w);
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

/** True when a and b differ by one edit: a substitution, an insertion or deletion, or a swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return isSwap(a, b, i);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when b is a with two neighbouring letters swapped (from `i`, their first difference). */
export function isSwap(a: string, b: string, i = firstDifference(a, b)): boolean {
  return a.length === b.length && a !== b && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a typed word could be a slip of the lexicon word `w`, by the rules above. */
export function isSlipOf(typed: string, w: string): boolean {
  if (typed.length >= MIN_LENGTH) return oneEditApart(typed, w);
  return typed.length === SWAP_LENGTH && isSwap(typed, w);
}

