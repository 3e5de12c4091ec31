// Normalisation of typed answers, keywords and reply texts, so that they compare alike:
// NFKC (full-width → half-width), invisible format characters dropped, traditional Chinese
// characters → simplified (src/core/hant.ts), lower case, English contractions spelled out
// ("won't" → "will not", "you'll" → "you will"), a one-letter typo of a word the lexicon knows
// read as that word ("arested" → "arrested", src/core/typos.ts), punctuation and symbols → spaces (currency
// signs and the point or comma inside a number kept), runs of spaces collapsed, and no spaces between two Chinese characters (Chinese
// uses none, so "老 赖" is "老赖").
//
// Every character of the result remembers the stretch of the original it came from, so the
// matcher can quote what the player actually typed ("you'll go to JAIL") rather than the
// normalised form ("you will go to jail").

import { simplifiedChar } from './hant';
import { correction } from './typos';

export interface Tracked {
  readonly text: string;
  /** For each UTF-16 unit of `text`: where its source starts in the original. */
  readonly from: readonly number[];
  /** For each UTF-16 unit of `text`: where its source ends (exclusive) in the original. */
  readonly to: readonly number[];
}

/** Base character plus combining marks: NFKC is applied to each such cluster on its own. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const FORMAT = /^\p{Cf}+$/u;
const QUOTES = /[’‘`´′]/g;

function fromString(raw: string): Tracked {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const m of raw.matchAll(CLUSTER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (FORMAT.test(m[0])) continue;
    let piece = '';
    for (const ch of m[0].normalize('NFKC')) piece += simplifiedChar(ch);
    piece = piece.toLowerCase().replace(QUOTES, "'");
    for (let i = 0; i < piece.length; i++) { from.push(start); to.push(end); }
    text += piece;
  }
  return { text, from, to };
}

type Replacer = string | ((match: string, ...groups: string[]) => string);

/** String.replace that keeps the source map: replaced text inherits the span it replaces. */
export function replaceTracked(t: Tracked, re: RegExp, replacer: Replacer): Tracked {
  if (t.text.search(re) === -1) return t;
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let last = 0;
  const keep = (a: number, b: number) => {
    text += t.text.slice(a, b);
    for (let i = a; i < b; i++) { from.push(t.from[i]!); to.push(t.to[i]!); }
  };
  for (const m of t.text.matchAll(re)) {
    if (m[0] === '') continue;
    keep(last, m.index);
    const out = typeof replacer === 'string'
      ? replacer.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? '')
      : replacer(m[0], ...m.slice(1).map((g) => g ?? ''));
    const a = t.from[m.index]!;
    const b = t.to[m.index + m[0].length - 1]!;
    text += out;
    for (let i = 0; i < out.length; i++) { from.push(a); to.push(b); }
    last = m.index + m[0].length;
  }
  keep(last, t.text.length);
  return { text, from, to };
}

/** The same tracked text cut to [a, b). */
export function sliceTracked(t: Tracked, a: number, b: number): Tracked {
  return { text: t.text.slice(a, b), from: t.from.slice(a, b), to: t.to.slice(a, b) };
}

// Contractions, longest forms first. Typed without the apostrophe too ("dont", "youll"), but only
// where the bare form is not an English word of its own ("ill", "were", "its", "well" stay).
const SPELLED: readonly [RegExp, string][] = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b|\bcannot\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|would|should|could|have|has|had|must|need)n'?t\b/g, '$1 not'],
  [/n't\b/g, ' not'],
  [/\b(you|we|they)'re\b|\b(you|they)re\b/g, '$1$2 are'],
  [/'re\b/g, ' are'],
  [/\b(i|you|we|they|he|she|it|that)'ll\b|\b(you|they|it|that)ll\b/g, '$1$2 will'],
  [/'ll\b/g, ' will'],
  [/\b(i|you|we|they)'?ve\b/g, '$1 have'],
  [/'ve\b/g, ' have'],
  [/\bi'?m\b/g, 'i am'],
  [/(?<![\p{L}\p{N}'])youd(?![\p{L}\p{N}'])/gu, 'you would'],
  [/\b(i|you|we|they|he|she)'d\b/g, '$1 would'],
  [/\blet's\b/g, 'let us'],
  [/\b(it|that|he|she|what|there|here|who|where|how)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/(?<![\p{L}\p{N}])u(?![\p{L}\p{N}])/gu, 'you'],
  [/(?<![\p{L}\p{N}])ur(?![\p{L}\p{N}])/gu, 'your'],
];

// Words read from the word after them ("ill call" is "i will call", "your gonna" is "you are
// gonna"): applied once the punctuation is gone, so that normalising twice changes nothing.
const BY_NEXT_WORD: readonly [RegExp, string][] = [
  // "ill call you", "id rather", typed without the apostrophe; "I feel ill" stays ill.
  [/(?<![\p{L}\p{N}'])id(?= (?:be|rather|like|love|hate|never|say|tell|call|better|suggest|hurry|think|pay)(?![\p{L}\p{N}]))/gu, 'i would'],
  [/(?<![\p{L}\p{N}'])ill(?= (?:be|call|tell|put|send|come|make|ring|text|let|have|get|go|see|find|take|keep|do|post|report|sue|visit|phone|contact|write|show|need|give|ask|talk|speak|check|look|try|email|message|wait|just|never|not|definitely|personally|also)(?![\p{L}\p{N}]))/gu, 'i will'],
  // "your gonna", "u r", "ur not": "you are" misspelt.
  [/(?<![\p{L}\p{N}])your(?= (?:gonna|going to|not|being|such|so)(?![\p{L}\p{N}]))/gu, 'you are'],
  [/(?<![\p{L}\p{N}])(you|we|they) r(?![\p{L}\p{N}])/gu, '$1 are'],
];

function byNextWord(t: Tracked): Tracked {
  let out = t;
  for (const [re, to] of BY_NEXT_WORD) out = replaceTracked(out, re, to);
  return out;
}

/** Clause separators: a negation never reaches across them. A point or comma inside a number is not one. */
const CLAUSE_BREAK = /(?:[;:!?。，、；：！？…\n\r\u3000—–]|(?<!\d)[.,]|[.,](?!\d))+/gu;

const LONG_WORD = /(?<![\p{L}\p{N}'])[a-z]{4,}(?![\p{L}\p{N}'])/gu;

function contractions(t: Tracked): Tracked {
  let out = t;
  for (const [re, to] of SPELLED) out = replaceTracked(out, re, to);
  return out;
}

function spelledOut(t: Tracked): Tracked {
  // A one-letter slip in a lexicon word is read as the word ("cuort" → "court", "jial" → "jail";
  // src/core/typos.ts); a corrected word may complete a contraction ("yuor gonna"), so once more.
  return contractions(replaceTracked(contractions(t), LONG_WORD, (w) => correction(w) ?? w));
}

function tidy(t: Tracked): Tracked {
  // Punctuation goes, except a point or comma inside a number (1.5, 1,860).
  let out = replaceTracked(t, /(?:[^\p{L}\p{N}\p{M}\p{Sc}'\s.,]|(?<!\d)[.,]|[.,](?!\d))+/gu, ' ');
  // An apostrophe that is not inside a word ("kids'", "'hello'") is punctuation.
  out = replaceTracked(out, /(?<![\p{L}\p{N}])'+|'+(?![\p{L}\p{N}])/gu, ' ');
  out = replaceTracked(out, /\s+/gu, ' ');
  out = replaceTracked(out, /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  const start = out.text.startsWith(' ') ? 1 : 0;
  const end = out.text.endsWith(' ') && out.text.length > start ? out.text.length - 1 : out.text.length;
  return sliceTracked(out, start, end);
}

/** The normalised text with its source map. */
export function normalizeTracked(raw: string): Tracked {
  return byNextWord(tidy(spelledOut(fromString(raw))));
}

/** The normalised form of `raw` (see the top of this file). Idempotent. */
export function normalize(raw: string): string {
  return normalizeTracked(raw).text;
}

/** A clause of an answer; `question` when a question mark ends it. */
export interface Clause extends Tracked {
  readonly question: boolean;
}

/**
 * The answer cut into clauses at punctuation (commas, full stops, question marks, their
 * full-width forms and line breaks), each normalised, empty ones dropped. Negations and the
 * lexicon's `unless` hedges work within one clause.
 */
export function clausesOf(raw: string): Clause[] {
  const t = spelledOut(fromString(raw));
  const out: Clause[] = [];
  let last = 0;
  const push = (a: number, b: number, after: string) => {
    const c = byNextWord(tidy(sliceTracked(t, a, b)));
    if (c.text !== '') out.push({ ...c, question: /[?？]/.test(after) });
  };
  for (const m of t.text.matchAll(CLAUSE_BREAK)) {
    push(last, m.index, m[0]);
    last = m.index + m[0].length;
  }
  push(last, t.text.length, '');
  return out;
}

/** The original text a stretch [a, b) of a tracked text came from. */
export function sourceOf(raw: string, t: Tracked, a: number, b: number): string {
  if (b <= a) return '';
  return raw.slice(t.from[a]!, t.to[b - 1]!).trim();
}
