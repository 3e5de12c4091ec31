// Whatever is typed, the matcher neither throws nor invents a reply: it returns an offered reply
// or null, quotes only what was typed, and answers the same way twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/core/lexicon';
import { matchFreeText } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { fixtureScenario } from '../support/scenarios';

const scenario = fixtureScenario('matcher-rules.yaml');
const nodes = [...scenario.nodes.values()];
const fragments = LEXICON.flatMap((e) => [...e.examples, ...e.nearMisses]);

/** Typed answers: any unicode, and lexicon phrases run together with noise and odd widths. */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 }), fc.constantFrom('，', '。', ' ', '\u200b', '不', 'not ', 'no ')), { maxLength: 6 })
    .map((parts) => parts.join('')),
  fc.constantFrom(...fragments).map((s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
);

describe('matchFreeText on any input', () => {
  it('never throws and returns an offered reply or null, with the fallback rule exactly when null', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...nodes), fc.nat(), (text, node, mask) => {
        const offered = node.replies.filter((_, i) => ((mask >> i) & 1) === 0);
        const r = matchFreeText(text, { node, offered, lang: 'en' });
        if (r.reply === null) expect(r.rule.kind).toBe('fallback');
        else expect(offered.map((x) => x.id)).toContain(r.reply);
        for (const v of [...r.violations, ...r.tactics]) expect(text).toContain(v.phrase);
        expect(matchFreeText(text, { node, offered, lang: 'en' })).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it('normalises idempotently', () => {
    fc.assert(fc.property(typed, (text) => { expect(normalize(normalize(text))).toBe(normalize(text)); }), { numRuns: 400 });
  });
});
