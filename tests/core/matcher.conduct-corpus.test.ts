// The conduct lexicon against corpora of fresh collector lines (tests/support/conduct-*):
// corpora 1 to 5, the regression cases the lexicon was improved on, line by line; corpus 6,
// written after the last change and never tuned on, as a held-out measure of recall and precision.
import { describe, expect, it } from 'vitest';
import { CORPUS_1 } from '../support/conduct-corpus-1';
import { CORPUS_2 } from '../support/conduct-corpus-2';
import { CORPUS_3 } from '../support/conduct-corpus-3';
import { CORPUS_4 } from '../support/conduct-corpus-4';
import { CORPUS_5 } from '../support/conduct-corpus-5';
import { CORPUS_6 } from '../support/conduct-corpus-6';
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

describe('corpus 6, held out', () => {
  // Measured once, untouched, after the last lexicon change: recall 35/80, precision 35/37 (main's
  // lexicon before this work: 25/80, 24/29). Each earlier corpus was held out the same way before
  // it was tuned on (recall / precision, this branch then vs main):
  //   corpus 2  0.494 / 0.848  vs 0.447 / 0.778      corpus 5  0.563 / 0.900  vs 0.450 / 0.837
  //   corpus 3  0.432 / 0.875  vs 0.370 / 0.857      corpus 6  0.438 / 0.946  vs 0.313 / 0.828
  //   corpus 4  0.588 / 0.979  vs 0.438 / 0.897
  // Precision holds; recall on fresh wording is the weakness of a phrase lexicon. The thresholds
  // are what was achieved, so a change that loses ground fails here.
  const m = measure(CORPUS_6);

  it('holds enough lines of every kind to mean something', () => {
    expect(m.faulty).toBeGreaterThanOrEqual(75);
    expect(m.clean).toBeGreaterThanOrEqual(75);
    expect(new Set(CORPUS_6.map(([, k]) => k).filter((k) => k !== null)).size).toBe(6);
  });

  it('recalls at least 0.43 of the faulty lines with their kind', () => {
    expect(m.recall, report('corpus 6', m)).toBeGreaterThanOrEqual(0.43);
  });

  it('flags with precision of at least 0.94 (one fault, the right kind, no clean line)', () => {
    expect(m.precision, report('corpus 6', m)).toBeGreaterThanOrEqual(0.94);
  });
});
