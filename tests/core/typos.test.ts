// The typo reader: a one-letter slip in an English word the lexicon knows is read as that word;
// real words, short words and unknown words far from any lexicon word stay as typed.
import { describe, expect, it } from 'vitest';
import { REAL_WORDS } from '../../src/core/lexicon/real-words';
import { lexiconVocabulary } from '../../src/core/lexicon/vocabulary';
import { normalize } from '../../src/core/normalize';
import { scanText } from '../../src/core/scan';
import { correction, oneEditApart, realWordsAreCurrent } from '../../src/core/typos';

describe('correction', () => {
  it.each([
    ['cuort', 'court'], ['idoit', 'idiot'], ['arested', 'arrested'], ['prision', 'prison'], ['neighbuors', 'neighbours'],
    ['emplyer', 'employer'], ['lawyr', 'lawyer'], ['warrrant', 'warrant'],
  ])('reads %j as %j', (typed, word) => {
    expect(correction(typed)).toBe(word);
  });

  it.each(['policy', 'polite', 'pursue', 'coast', 'count', 'court', 'hello', 'zhang', 'xiaoming', 'statement'])('leaves %j alone', (word) => {
    expect(correction(word)).toBeNull();
  });

  it('reads a four-letter word only for two letters swapped, and leaves shorter words and anything but plain letters alone', () => {
    expect(correction('jial')).toBe('jail');
    expect(correction('dbet')).toBe('debt');
    expect(correction('jeil')).toBeNull(); // a wrong letter in a short word is too often another word
    expect(correction('jai')).toBeNull();
    expect(correction('cuort1')).toBeNull();
    expect(correction('Cuort')).toBeNull();
  });

  it('knows what one edit is', () => {
    expect(oneEditApart('court', 'cuort')).toBe(true); // swapped neighbours
    expect(oneEditApart('court', 'curt')).toBe(true); // a letter missing
    expect(oneEditApart('court', 'courts')).toBe(true); // a letter extra
    expect(oneEditApart('court', 'coart')).toBe(true); // a letter wrong
    expect(oneEditApart('court', 'ocurt')).toBe(true);
    expect(oneEditApart('court', 'cuotr')).toBe(false);
    expect(oneEditApart('court', 'court')).toBe(false);
  });
});

describe('in normalised text', () => {
  it('corrects the word and still quotes what was typed', () => {
    expect(normalize('We will take you to CUORT!')).toBe('we will take you to court');
    expect(scanText('youll go to prision').violations).toMatchObject([{ kind: 'deception', phrase: 'go to prision' }]);
    expect(scanText('only an idoit would borrow that much').violations).toMatchObject([{ kind: 'insult', phrase: 'only an idoit' }]);
  });

  it('turns no clean line into a fault', () => {
    expect(scanText('Our policy is to agree a plan with you, so please be polite with our staff').violations).toEqual([]);
  });
});

describe('the dictionary neighbours', () => {
  it('were generated for the lexicon as it is (run `npm run typo-words` after adding English words)', () => {
    expect(realWordsAreCurrent()).toBe(true);
  });

  it('hold only words that are not themselves lexicon words', () => {
    const vocabulary = new Set(lexiconVocabulary());
    expect(REAL_WORDS.filter((w) => vocabulary.has(w))).toEqual([]);
    expect(REAL_WORDS).toContain('policy');
  });
});
