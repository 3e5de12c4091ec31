// The lexicon's phrase patterns, compiled to regular expressions over normalised text (lower
// case, contractions spelled out, no punctuation; see src/core/normalize.ts). The syntax is in
// src/core/lexicon/index.ts. Patterns are trusted code written by us; typed answers are only
// ever the subject of a match, never part of a pattern.

import { simplifiedChar } from '../hant';

// Normalised text is lower case, so a Latin "word character" is a small, fast class.
export const WORD_CHARS = String.raw`a-z0-9\u00df-\u024f'`;
const BEFORE = `(?<![${WORD_CHARS}])`;
const AFTER = `(?![${WORD_CHARS}])`;
/** One unit a gap may skip: a Latin word, or one other (e.g. Chinese) character; never a negation ("房子不会被查封"). */
const UNIT = String.raw`(?:\s*(?:(?!(?:not|never|no)${AFTER})[${WORD_CHARS}]+${AFTER}|[^\s${WORD_CHARS}不没别未无]))`;
export const GAP_UNITS = 4;
/** The wide gap "...": for Chinese, where the actor, the time and the place stand between a subject and its verb. */
export const WIDE_GAP_UNITS = 10;
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|thousand|a few|several|dozens of|hundreds of)';
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万几]+|${NUMBER_WORD}(?: (?:hundred|thousand))?(?![${WORD_CHARS}]))`;
/** 你 and 您 are one word to the lexicon: a pattern written with either meets both. */
const YOU = /[你您]/g;

type El =
  | { t: 'word'; text: string; inflect: boolean; opt: boolean }
  | { t: 'chars'; text: string; opt: boolean }
  | { t: 'group'; alts: El[][]; opt: boolean }
  | { t: 'gap'; wide: boolean }
  | { t: 'num'; opt: boolean }
  | { t: 'start' }
  | { t: 'end' };

export class PatternError extends Error {
  constructor(pattern: string, message: string) {
    super(`lexicon pattern "${pattern}": ${message}`);
    this.name = 'PatternError';
  }
}

const isLatin = (ch: string) => /[a-z0-9\u00df-\u024f'A-Z]/.test(ch);
/** A character as normalised text has it: simplified, half-width, no punctuation or space. */
const isNormalChar = (ch: string) => simplifiedChar(ch) === ch && ch.normalize('NFKC') === ch && /[\p{L}\p{N}\p{M}\p{Sc}]/u.test(ch);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Simple English inflections: call → calls/called/calling; sue → sued/suing; try → tries. */
export function inflections(word: string): string {
  const w = escape(word);
  if (/[^aeiou]y$/.test(word)) return `${w.slice(0, -1)}(?:y|ies|ied|ying)`;
  if (word.endsWith('ee')) return `${w}(?:s|d|ing)?`;
  if (word.endsWith('e')) return `${w.slice(0, -1)}(?:e|es|ed|ing)`;
  const last = escape(word.at(-1)!);
  return `${w}(?:s|es|${last}?ed|${last}?ing)?`;
}

/** The words inflections(word) matches, spelled out: call → call, calls, called, calling, … */
export function inflectedForms(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) { const s = word.slice(0, -1); return [word, `${s}ies`, `${s}ied`, `${s}ying`]; }
  if (word.endsWith('ee')) return [word, `${word}s`, `${word}d`, `${word}ing`];
  if (word.endsWith('e')) { const s = word.slice(0, -1); return [word, `${s}es`, `${s}ed`, `${s}ing`]; }
  const last = word.at(-1)!;
  return [word, `${word}s`, `${word}es`, `${word}ed`, `${word}${last}ed`, `${word}ing`, `${word}${last}ing`];
}

const slotCache = new WeakMap<object, Map<string, El[][]>>();

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly slots: Readonly<Record<string, readonly string[]>>, private readonly depth = 0) {}

  /** A slot's alternatives, parsed once per slot list. */
  private slot(name: string): El[][] {
    const words = Object.hasOwn(this.slots, name) ? this.slots[name] : undefined;
    if (!words) this.fail(`unknown slot {${name}}`);
    if (this.depth > 4) this.fail('slots nested too deeply');
    let cache = slotCache.get(this.slots);
    if (!cache) slotCache.set(this.slots, (cache = new Map()));
    let alts = cache.get(name);
    if (!alts) {
      alts = words.map((w) => new Parser(w, this.slots, this.depth + 1).parse());
      cache.set(name, alts);
    }
    return alts;
  }

  fail(message: string): never {
    throw new PatternError(this.src, message);
  }

  parse(): El[] {
    const alts = this.alternatives();
    if (this.i < this.src.length) this.fail(`unexpected "${this.src[this.i]}" at ${this.i}`);
    if (alts.length !== 1) this.fail('a top-level "|" needs parentheses');
    return alts[0]!;
  }

  private alternatives(): El[][] {
    const alts: El[][] = [this.sequence()];
    while (this.src[this.i] === '|') { this.i++; alts.push(this.sequence()); }
    return alts;
  }

  private optional(): boolean {
    if (this.src[this.i] !== '?') return false;
    this.i++;
    return true;
  }

  private sequence(): El[] {
    const out: El[] = [];
    const s = this.src;
    while (this.i < s.length) {
      const ch = s[this.i]!;
      if (ch === '|' || ch === ')') break;
      if (ch === ' ') { this.i++; continue; }
      if (ch === '(') {
        this.i++;
        const alts = this.alternatives();
        if (s[this.i] !== ')') this.fail('missing ")"');
        this.i++;
        out.push({ t: 'group', alts, opt: this.optional() });
      } else if (ch === '{') {
        const close = s.indexOf('}', this.i);
        if (close === -1) this.fail('missing "}"');
        const name = s.slice(this.i + 1, close);
        this.i = close + 1;
        out.push({ t: 'group', alts: this.slot(name), opt: this.optional() });
      } else if (s.startsWith('..', this.i)) {
        const wide = s.startsWith('...', this.i);
        this.i += wide ? 3 : 2;
        out.push({ t: 'gap', wide });
      } else if (ch === '#') {
        this.i++;
        out.push({ t: 'num', opt: this.optional() });
      } else if (ch === '^' || ch === '$') {
        this.i++;
        out.push({ t: ch === '^' ? 'start' : 'end' });
      } else if (ch === '\\') {
        const next = s[this.i + 1];
        if (next === undefined) this.fail('"\\" at the end');
        this.i += 2;
        out.push({ t: 'chars', text: next, opt: this.optional() });
      } else if (isLatin(ch)) {
        let word = '';
        while (this.i < s.length && isLatin(s[this.i]!)) word += s[this.i++];
        // Patterns meet normalised text: lower case, contractions spelled out ("are not").
        if (!/^[a-z0-9\u00df-\u024f]+$/.test(word)) this.fail(`write "${word}" as normalised text (lower case, no apostrophes)`);
        const inflect = s[this.i] === '*';
        if (inflect) this.i++;
        out.push({ t: 'word', text: word, inflect, opt: this.optional() });
      } else if ('[]'.includes(ch)) {
        this.fail('character classes are not part of the syntax: use (a|b)');
      } else if ('*?}'.includes(ch)) {
        this.fail(`"${ch}" has nothing to apply to at ${this.i}`);
      } else {
        // A run of other characters (Chinese, currency signs); "?" makes only the last optional.
        let text = '';
        while (this.i < s.length && !isLatin(s[this.i]!) && !' (){}|)#^$\\?*[]'.includes(s[this.i]!) && !s.startsWith('..', this.i)) {
          text += s[this.i++];
        }
        if (s[this.i] === '?' && text.length > 1) {
          out.push({ t: 'chars', text: text.slice(0, -1), opt: false });
          text = text.slice(-1);
        }
        if (![...text].every(isNormalChar)) this.fail(`write "${text}" as normalised text (simplified, half-width)`);
        out.push({ t: 'chars', text, opt: this.optional() });
      }
    }
    return out;
  }
}

function emit(el: El): string {
  switch (el.t) {
    case 'word': return `${BEFORE}${el.inflect ? inflections(el.text) : escape(el.text)}${AFTER}`;
    case 'chars': return escape(el.text).replace(YOU, '[你您]');
    case 'group': {
      // Alternatives that are all plain words share one pair of word boundaries.
      const words = el.alts.every((a) => a.length === 1 && a[0]!.t === 'word' && !a[0]!.opt);
      if (words) {
        const bodies = el.alts.map((a) => { const w = a[0] as Extract<El, { t: 'word' }>; return w.inflect ? inflections(w.text) : escape(w.text); });
        return `${BEFORE}(?:${bodies.join('|')})${AFTER}`;
      }
      return `(?:${el.alts.map(emitSequence).join('|')})`;
    }
    case 'gap': return `${UNIT}{0,${el.wide ? WIDE_GAP_UNITS : GAP_UNITS}}?`;
    case 'num': return `${BEFORE}${NUMBER}`;
    case 'start': return '^';
    case 'end': return '$';
  }
}

function emitSequence(els: readonly El[]): string {
  return els
    .map((el, k) => {
      const body = emit(el);
      const space = k === 0 || el.t === 'end' ? '' : String.raw`\s*`;
      const opt = 'opt' in el && el.opt;
      return opt ? `(?:${space}${body})?` : `${space}${body}`;
    })
    .join('');
}

function parsePattern(pattern: string, slots: Readonly<Record<string, readonly string[]>>): El[] {
  const els = new Parser(pattern, slots).parse();
  if (els.length === 0) throw new PatternError(pattern, 'empty');
  if (els[0]!.t === 'gap' || els.at(-1)!.t === 'gap') throw new PatternError(pattern, 'a gap ".." must be between two parts');
  return els;
}

/** The regular-expression source of one lexicon pattern. Throws PatternError on bad syntax. */
export function patternSource(pattern: string | RegExp, slots: Readonly<Record<string, readonly string[]>>): string {
  return pattern instanceof RegExp ? pattern.source : emitSequence(parsePattern(pattern, slots));
}

/** The text every match of a word starts with (its inflections share it). */
function stem(w: Extract<El, { t: 'word' }>): string {
  if (!w.inflect) return w.text;
  return /[^aeiou]y$/.test(w.text) || (w.text.endsWith('e') && !w.text.endsWith('ee')) ? w.text.slice(0, -1) : w.text;
}

// Slot groups are shared between patterns, so their literal sets are worked out once.
const literalCache = new WeakMap<El, string[] | null>();

function literalsOf(el: El): string[] | null {
  if ('opt' in el && el.opt) return null;
  if (el.t === 'word') return [stem(el)];
  // The longest stretch without 你/您 (either may be typed); none: no literal to look for.
  if (el.t === 'chars') {
    const piece = el.text.split(YOU).reduce((a, b) => (b.length > a.length ? b : a), '');
    return piece === '' ? null : [piece];
  }
  if (el.t !== 'group') return null;
  if (literalCache.has(el)) return literalCache.get(el)!;
  let out: string[] | null = [];
  for (const alt of el.alts) {
    const r = required(alt);
    if (!r) { out = null; break; }
    out.push(...r);
  }
  literalCache.set(el, out);
  return out;
}

/** Strings one of which occurs in every match (the smallest such set found), or null. */
function required(els: readonly El[]): string[] | null {
  let best: string[] | null = null;
  for (const el of els) {
    // A group offers at least one literal per alternative: skip it when a smaller set is known.
    if (best && el.t === 'group' && el.alts.length >= best.length) continue;
    const set = literalsOf(el);
    if (set && (!best || set.length < best.length)) best = set;
  }
  return best;
}

/**
 * Further literal sets every match needs besides `best` (each part of the pattern that must be
 * there: "pay … visit" needs "pay" and "visit"), the small ones only, so a test stays cheap.
 */
function alsoRequired(els: readonly El[], best: readonly string[] | null): string[][] {
  const out: string[][] = [];
  for (const el of els) {
    if (el.t === 'group' && el.alts.length > 12) continue;
    const set = literalsOf(el);
    if (set && set !== best && set.length <= 12 && !(best && set.length === best.length && set.every((l, i) => l === best[i]))) out.push(set);
  }
  return out.slice(0, 3);
}

/** A pattern ready to run: a cheap substring test first, the expression compiled on first need. */
export class CompiledPattern {
  private re: RegExp | null = null;
  private readonly source: () => string;
  /** One of these occurs in every match; null: no such guarantee (always run the expression). */
  readonly literals: readonly string[] | null;
  /** Other sets of which one literal each occurs in every match too. */
  private readonly also: readonly (readonly string[])[];

  constructor(pattern: string | RegExp, slots: Readonly<Record<string, readonly string[]>>) {
    if (pattern instanceof RegExp) {
      this.literals = null;
      this.also = [];
      this.source = () => pattern.source;
    } else {
      const els = parsePattern(pattern, slots);
      this.literals = required(els);
      this.also = alsoRequired(els, this.literals);
      this.source = () => emitSequence(els);
    }
  }

  private regex(): RegExp {
    this.re ??= new RegExp(this.source(), 'gu');
    return this.re;
  }

  /** Could `text` hold a match at all? */
  mayMatch(text: string): boolean {
    if (this.literals !== null && !this.literals.some((l) => text.includes(l))) return false;
    return this.also.every((set) => set.some((l) => text.includes(l)));
  }

  matches(text: string): RegExpMatchArray[] {
    return this.mayMatch(text) ? [...text.matchAll(this.regex())] : [];
  }

  test(text: string): boolean {
    if (!this.mayMatch(text)) return false;
    const re = this.regex();
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  }
}

export function compilePatterns(patterns: readonly (string | RegExp)[], slots: Readonly<Record<string, readonly string[]>>): CompiledPattern[] {
  return patterns.map((p) => new CompiledPattern(p, slots));
}
