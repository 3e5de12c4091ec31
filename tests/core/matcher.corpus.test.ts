// Honest collector lines stay clean; faulty ones are caught with the right kind.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/core/scan';
import { CLEAN_LINES, FAULTY_LINES, THIRD_PARTY_LINES } from '../support/matcher-corpus';

describe('the conduct lexicon on a corpus of collector lines', () => {
  it.each(CLEAN_LINES.map((t) => [t]))('leaves %j clean', (text) => {
    expect(scanText(text).violations.map((v) => `${v.entry}: ${v.phrase}`)).toEqual([]);
  });

  it.each(FAULTY_LINES.map(([t, k]) => [t, k] as const))('flags %j as %s', (text, kind) => {
    expect(scanText(text).violations.map((v) => v.kind)).toContain(kind);
  });

  it.each(THIRD_PARTY_LINES.map(([t, d]) => [t, d] as const))('to a third party, %j is a disclosure: %s', (text, disclosed) => {
    expect(scanText(text, { party: 'third-party' }).violations.some((v) => v.kind === 'disclosure')).toBe(disclosed);
  });
});
