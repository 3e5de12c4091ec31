// The conduct lexicon: what callcraft recognises in a typed answer, in Chinese and English.
//
// Violation entries (threat.ts, insult.ts, deception.ts, disclosure.ts, harassment.ts, guilt.ts)
// count as conduct violations wherever they are typed. Tactic entries (tactics.ts) never count
// against the player; they let the matcher understand an answer as the offered reply that makes
// the same move (greet, verify, probe, listen, empathy, win-win, concession, deadline,
// consequence, plan, close, escalate, pressure).
//
// ## Adding an entry
// Add an object to the list of its kind (types.ts documents every field):
//
//   {
//     id: 'threat-visit',                  // unique; starts with the kind ('tactic-' for tactics)
//     kind: 'threat',                      // a violation kind, or 'tactic' with `tactic: 'plan'`
//     languages: ['zh', 'en'],             // the examples must cover each
//     patterns: ['know* where {you} live*', '知道(你|您)住(哪|哪里)'],
//     unless: ['may'],                     // optional: a lawful hedge in the same clause cancels
//     requires: ['{debt}'],                // optional: needs this somewhere in the answer too
//     examples: ['We know where you live.', '我们知道你住哪'],   // must be recognised
//     nearMisses: ['Could you confirm your address?'],          // must not be
//   }
//
// Every entry needs examples and near-misses: tests/core/matcher.lexicon.test.ts turns each into
// a test case (a violation entry's near-misses must give no violation at all), so write the
// near-misses an honest collector would say: the lawful form, the negated form, the look-alike.
// Then run the corpora (tests/core/matcher.conduct-corpus.test.ts): every line of corpora 1–5
// must stay judged right, and held-out corpus 6's recall and precision must not fall. Never tune
// on the held-out corpus: measure it, keep it as regression cases, write a fresh one. After adding English
// words, run `npm run typo-words` (the typo reader's dictionary neighbours; a test says when).
//
// ## One phrase, one fault
// Overlapping hits keep the longest (then the earlier entry), so write the specific fault's
// pattern to cover the whole phrase ("以诈骗罪起诉您" is one deception, not a deception and a
// lawsuit threat). A `broad` entry (the debt named to a third party) counts only in a clause where
// no fault of its kind, or one that `alsoMatches` it, stands already.
//
// ## Pattern syntax
// Patterns are matched against one clause of the normalised answer (lower case, simplified,
// half-width, contractions spelled out — "won't" is "will not" — punctuation gone; see
// src/core/normalize.ts), so write them that way.
//   word        an English word, matched whole ("call" does not match "recall")
//   word*       with its simple inflections: call → calls, called, calling; sue → sued, suing
//   中文        Chinese is matched as a substring (there are no word boundaries to respect);
//               你 and 您 are the same character to a pattern: write either, both are met
//   (a|b c)     alternatives, each a sequence;  (…)? / word? / 字? optional
//   {name}      a shared word list from slots.ts ({kin}, {work}, {third}, {your}, {debt}, …)
//   ..          a gap of up to four units (an English word or one Chinese character), never a negation
//   ...         a wide gap of up to ten units, for Chinese subject … verb ("法院的执行人员下周上门")
//   #           a number: 500, 1,860, 3.5, 五千, 几, fifty, a hundred, several
//   ^ $         the start / end of the clause;  \$  a literal dollar sign
// A RegExp may stand in for a pattern when the syntax cannot say it (a negative lookbehind,
// say); it meets the same normalised clause.
//
// ## Negation
// A negation just before a hit excuses it ("we will not sue you", "不会告诉您家人"), within the
// window described at the top of src/core/scan.ts: only fillers ("going to", "be", "会", "把这件
// 事") may stand between, at most four English words or eight Chinese characters, in the same
// clause; other flagged phrases count as fillers, so "我们不会找人上门收拾你" is excused whole. A
// negated subject ("nobody from our side will…", "没有人会…") governs its whole clause; a phrase
// denied after it ("上门我们不会", "起诉您这种事我们不想做") is excused too, unless the denial is an
// intensifier ("绝不手软", "不是吓唬你"). A-not-A questions (是不是, 有没有) deny nothing.
// `negationVia` adds words an entry allows there; `negatable: false` turns it off.
import type { LexiconEntry } from './types';
import { DECEPTIONS } from './deception';
import { DISCLOSURES } from './disclosure';
import { GUILT } from './guilt';
import { HARASSMENT } from './harassment';
import { INSULTS } from './insult';
import { TACTICS_LEXICON } from './tactics';
import { THREATS } from './threat';

export { SLOTS } from './slots';
export type { LexiconEntry, TacticEntry, ViolationEntry } from './types';

/** Every entry, violations first; among overlapping hits the earlier entry wins a tie. */
export const LEXICON: readonly LexiconEntry[] = [
  ...THREATS,
  ...DECEPTIONS,
  ...DISCLOSURES,
  ...HARASSMENT,
  ...INSULTS,
  ...GUILT,
  ...TACTICS_LEXICON,
];
