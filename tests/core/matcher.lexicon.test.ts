// One test case per lexicon entry, generated from the entry's own examples and near-misses, and
// the checks that keep the lexicon well-formed as it grows.
import { describe, expect, it } from 'vitest';
import { LEXICON, SLOTS } from '../../src/core/lexicon';
import { CompiledPattern, inflections, PatternError, patternSource } from '../../src/core/lexicon/pattern';
import { scanText } from '../../src/core/scan';
import { FAULTY_TACTICS, TACTICS, VIOLATIONS } from '../../src/core/schema';

const hitsOf = (text: string, party: 'debtor' | 'third-party') => {
  const r = scanText(text, { party });
  return { violations: r.violations, all: [...r.violations, ...r.tactics] };
};

describe.each(LEXICON.map((e) => [e.id, e] as const))('lexicon entry %s', (_id, entry) => {
  const party = entry.party ?? 'debtor';

  it.each(entry.examples.map((t) => [t]))('recognises %j', (text) => {
    const { all } = hitsOf(text, party);
    const hit = all.find((h) => h.entry === entry.id);
    expect(hit, `hits: ${all.map((h) => h.entry).join(', ') || 'none'}`).toBeDefined();
    // The phrase is quoted from what was typed.
    expect(text).toContain(hit!.phrase);
    if (entry.kind !== 'tactic') expect(hitsOf(text, party).violations.some((v) => v.entry === entry.id && v.kind === entry.kind)).toBe(true);
  });

  it.each(entry.nearMisses.map((t) => [t]))('does not flag %j', (text) => {
    const { all, violations } = hitsOf(text, party);
    if (entry.kind === 'tactic') expect(all.filter((h) => h.entry === entry.id)).toEqual([]);
    else expect(violations.map((v) => `${v.entry}: ${v.phrase}`)).toEqual([]);
  });
});

describe('the lexicon as a whole', () => {
  it('gives every entry a unique id that names its kind', () => {
    const ids = LEXICON.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of LEXICON) {
      const prefix = e.kind === 'tactic' ? 'tactic-' : e.party === 'third-party' ? 'third-party-' : `${e.kind}-`;
      expect(e.id.startsWith(prefix), e.id).toBe(true);
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('gives every entry examples and near-misses, covering each of its languages', () => {
    for (const e of LEXICON) {
      expect(e.examples.length, e.id).toBeGreaterThan(0);
      expect(e.nearMisses.length, e.id).toBeGreaterThan(0);
      expect(e.patterns.length, e.id).toBeGreaterThan(0);
      expect(e.examples.filter((x) => e.nearMisses.includes(x)), e.id).toEqual([]);
      if (e.languages.includes('zh')) expect(e.examples.some((x) => /\p{Script=Han}/u.test(x)), `${e.id}: a Chinese example`).toBe(true);
      if (e.languages.includes('en')) expect(e.examples.some((x) => /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u.test(x)), `${e.id}: an English example`).toBe(true);
    }
  });

  it('compiles every pattern, requirement and hedge', () => {
    for (const e of LEXICON) {
      for (const p of [...e.patterns, ...(e.requires ?? []), ...(e.unless ?? [])]) {
        expect(() => new RegExp(patternSource(p, SLOTS), 'gu'), `${e.id}: ${String(p)}`).not.toThrow();
      }
    }
  });

  it('covers every violation kind and every tactic a reply can have', () => {
    const kinds = new Set(LEXICON.map((e) => e.kind));
    for (const v of VIOLATIONS) expect(kinds.has(v), v).toBe(true);
    const tactics = new Set(LEXICON.flatMap((e) => (e.kind === 'tactic' ? [e.tactic] : [])));
    const faultyOnly = FAULTY_TACTICS.filter((t) => t !== 'pressure');
    for (const t of TACTICS.filter((x) => !(faultyOnly as readonly string[]).includes(x))) expect(tactics.has(t), t).toBe(true);
  });

  it('knows the debt words a third party must not hear', () => {
    expect(SLOTS.debt!.length).toBeGreaterThan(30);
  });
});

describe('pattern syntax', () => {
  const matches = (pattern: string, text: string) => new CompiledPattern(pattern, SLOTS).test(text);

  it('matches English words whole, Chinese as substrings', () => {
    expect(matches('sue* you', 'we will sue you')).toBe(true);
    expect(matches('sue* you', 'we will pursue your case')).toBe(false);
    expect(matches('call*', 'please recall the date')).toBe(false);
    expect(matches('老赖', '你这个老赖')).toBe(true);
    expect(matches('deadbeat', '你这个deadbeat')).toBe(true);
  });

  it('adds simple English inflections with *', () => {
    const re = (w: string) => new RegExp(`^${inflections(w)}$`);
    for (const form of ['call', 'calls', 'called', 'calling']) expect(form).toMatch(re('call'));
    for (const form of ['sue', 'sues', 'sued', 'suing']) expect(form).toMatch(re('sue'));
    for (const form of ['threaten', 'threatens', 'threatened', 'threatening']) expect(form).toMatch(re('threaten'));
    for (const form of ['try', 'tries', 'tried', 'trying']) expect(form).toMatch(re('try'));
    for (const form of ['stop', 'stops', 'stopped', 'stopping']) expect(form).toMatch(re('stop'));
    for (const form of ['agree', 'agreed', 'agreeing']) expect(form).toMatch(re('agree'));
    expect('caller').not.toMatch(re('call'));
  });

  it('supports groups, optional parts, slots, gaps, numbers and anchors', () => {
    expect(matches('(tell|call) {your} {kin}', 'i will call your mother')).toBe(true);
    expect(matches('(tell|call) {your} {kin}', 'i will call your office')).toBe(false);
    expect(matches('告诉{your}{kin}', '告诉你老婆')).toBe(true);
    expect(matches('告诉{your}{kin}', '告诉您的家人')).toBe(true);
    expect(matches('keep (on )?calling', 'keep on calling')).toBe(true);
    expect(matches('找人..收拾', '找人来好好收拾')).toBe(true);
    expect(matches('找人..收拾', '找人商量一下怎么安排再说收拾')).toBe(false);
    expect(matches('# yuan', 'it is 1,860 yuan')).toBe(true);
    expect(matches('#(元|块)', '五千块')).toBe(true);
    expect(matches('^go on$', 'go on')).toBe(true);
    expect(matches('^go on$', 'go on holiday')).toBe(false);
    expect(matches('(\\$|¥)#', 'that is $500')).toBe(true);
  });

  it('knows which literals a match needs, so most patterns never run', () => {
    expect(new CompiledPattern('know* where {you} live*', SLOTS).literals).toEqual(['know']);
    expect(new CompiledPattern('(sue|court)', SLOTS).literals).toEqual(['sue', 'court']);
    expect(new CompiledPattern('(a )?b', SLOTS).literals).toEqual(['b']);
    expect(new CompiledPattern(/x/u, SLOTS).literals).toBeNull();
    // Every required part is looked for, not just the rarest: "pay … visit" needs both words.
    const visit = new CompiledPattern('pay .. visit', SLOTS);
    expect(visit.mayMatch('can you pay today')).toBe(false);
    expect(visit.mayMatch('we will pay you a visit')).toBe(true);
    expect(visit.test('we will pay you a visit')).toBe(true);
  });

  it('refuses malformed patterns and text that is not normalised', () => {
    for (const bad of ['(a|b', 'a)', '{nope}', '.. a', 'a ..', '*a', "won't", 'Call', '會', '[ab]', 'a|b', '你，好']) {
      expect(() => patternSource(bad, SLOTS), bad).toThrow(PatternError);
    }
  });
});
