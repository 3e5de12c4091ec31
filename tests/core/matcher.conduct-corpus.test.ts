// The conduct lexicon against two corpora of fresh collector lines (tests/support/conduct-*):
// corpus 1, the regression cases the lexicon was improved on, line by line; corpus 2, written
// after the changes and never tuned on, as a held-out measure of recall and precision.
import { describe, expect, it } from 'vitest';
import { CORPUS_1 } from '../support/conduct-corpus-1';
import { isRight, judge, measure } from '../support/conduct-measure';

const label = ([text, fault, party]: (typeof CORPUS_1)[number]) => `${fault ?? 'clean'}${party ? ` (${party})` : ''}: ${text}`;

describe('corpus 1, line by line', () => {
  it.each(CORPUS_1.map((line) => [label(line), line] as const))('%s', (_name, line) => {
    const j = judge(line);
    expect(isRight(j), j.found.join('; ') || 'nothing found').toBe(true);
  });

  it('covers every kind of fault and as many tricky clean lines, in both languages', () => {
    const m = measure(CORPUS_1);
    expect(m.faulty).toBeGreaterThanOrEqual(75);
    expect(m.clean).toBeGreaterThanOrEqual(75);
    const kinds = new Set(CORPUS_1.map(([, k]) => k).filter((k) => k !== null));
    expect([...kinds].sort()).toEqual(['deception', 'disclosure', 'guilt', 'harassment', 'insult', 'threat']);
    expect(CORPUS_1.some(([t]) => /\p{Script=Han}/u.test(t))).toBe(true);
    expect(CORPUS_1.some(([t]) => /^[\x00-\x7f]+$/.test(t))).toBe(true);
  });
});
