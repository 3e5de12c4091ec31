// The conduct lexicon against corpora of fresh collector lines (tests/support/conduct-*):
// corpora 1 to 5, the regression cases the lexicon was improved on, line by line; corpus 6,
// written after the last change and never tuned on, as a held-out measure of recall and precision.
import { describe, expect, it } from 'vitest';
import { CORPUS_1 } from '../support/conduct-corpus-1';
import { CORPUS_2 } from '../support/conduct-corpus-2';
import { CORPUS_3 } from '../support/conduct-corpus-3';
import { CORPUS_4 } from '../support/conduct-corpus-4';
import { CORPUS_5 } from '../support/conduct-corpus-5';
import { isRight, judge, measure, report, type CorpusLine } from '../support/conduct-measure';

const label = ([text, fault, party]: CorpusLine) => `${fault ?? 'clean'}${party ? ` (${party})` : ''}: ${text}`;

describe.each([['corpus 1', CORPUS_1], ['corpus 2', CORPUS_2], ['corpus 3', CORPUS_3], ['corpus 4', CORPUS_4], ['corpus 5', CORPUS_5]] as const)('%s, line by line', (_name, corpus) => {
  it.each(corpus.map((line) => [label(line), line] as const))('%s', (_label, line) => {
    const j = judge(line);
    expect(isRight(j), j.found.join('; ') || 'nothing found').toBe(true);
  });
});

describe('corpus 1', () => {
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
