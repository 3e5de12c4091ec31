// The lexicon's phrase patterns, compiled to regular expressions over normalised text (lower
// case, contractions spelled out, no punctuation; see src/core/normalize.ts). The syntax is in
// src/core/lexicon/index.ts. Patterns are trusted code written by us; typed answers are only
// ever the subject of a match, never part of a pattern.

import { normalize } from '../normalize';

const LATIN_CHAR = String.raw`[\p{Script=Latin}\p{N}']`;
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{N}'])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{N}'])`;
/** One unit a gap may skip: a Latin word, or one other (e.g. Chinese) character. */
const UNIT = String.raw`(?:\s*(?:${LATIN_CHAR}+${AFTER}|[^\s\p{Script=Latin}\p{N}']))`;
export const GAP_UNITS = 4;
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万几]+)`;

type El =
  | { t: 'word'; text: string; inflect: boolean; opt: boolean }
  | { t: 'chars'; text: string; opt: boolean }
  | { t: 'group'; alts: El[][]; opt: boolean }
  | { t: 'gap' }
  | { t: 'num'; opt: boolean }
  | { t: 'start' }
  | { t: 'end' };

export class PatternError extends Error {
  constructor(pattern: string, message: string) {
    super(`lexicon pattern "${pattern}": ${message}`);
    this.name = 'PatternError';
  }
}

const isLatin = (ch: string) => /[\p{Script=Latin}\p{N}']/u.test(ch);
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

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly slots: Readonly<Record<string, readonly string[]>>, private readonly depth = 0) {}

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
        const words = Object.hasOwn(this.slots, name) ? this.slots[name] : undefined;
        if (!words) this.fail(`unknown slot {${name}}`);
        if (this.depth > 4) this.fail('slots nested too deeply');
        const alts = words.map((w) => new Parser(w, this.slots, this.depth + 1).parse());
        out.push({ t: 'group', alts, opt: this.optional() });
      } else if (s.startsWith('..', this.i)) {
        this.i += 2;
        out.push({ t: 'gap' });
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
        if (word.includes("'") || normalize(word) !== word) this.fail(`write "${word}" as normalised text (lower case, no apostrophes)`);
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
        if (normalize(text) !== text.trim()) this.fail(`write "${text}" as normalised text (simplified, half-width)`);
        out.push({ t: 'chars', text, opt: this.optional() });
      }
    }
    return out;
  }
}

function emit(el: El): string {
  switch (el.t) {
    case 'word': return `${BEFORE}${el.inflect ? inflections(el.text) : escape(el.text)}${AFTER}`;
    case 'chars': return escape(el.text);
    case 'group': return `(?:${el.alts.map(emitSequence).join('|')})`;
    case 'gap': return `${UNIT}{0,${GAP_UNITS}}?`;
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

/** The regular-expression source of one lexicon pattern. Throws PatternError on bad syntax. */
export function patternSource(pattern: string | RegExp, slots: Readonly<Record<string, readonly string[]>>): string {
  if (pattern instanceof RegExp) return pattern.source;
  const els = new Parser(pattern, slots).parse();
  if (els.length === 0) throw new PatternError(pattern, 'empty');
  if (els[0]!.t === 'gap' || els.at(-1)!.t === 'gap') throw new PatternError(pattern, 'a gap ".." must be between two parts');
  return emitSequence(els);
}

/** One expression matching any of `patterns` (flags: u, plus g when `global`). */
export function compilePatterns(patterns: readonly (string | RegExp)[], slots: Readonly<Record<string, readonly string[]>>, global = true): RegExp {
  const source = patterns.map((p) => `(?:${patternSource(p, slots)})`).join('|');
  return new RegExp(source, global ? 'gu' : 'u');
}
