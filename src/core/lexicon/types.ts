// The shape of a lexicon entry. How to write one: src/core/lexicon/index.ts.
import type { Party, Tactic, ViolationKind } from '../schema';

/** The languages an entry's patterns and examples are written in. */
export type LexiconLanguage = 'zh' | 'en';

interface EntryBase {
  /** Unique, kebab-case, starting with the kind: `threat-visit`, `tactic-plan`. Shown in results. */
  readonly id: string;
  readonly languages: readonly LexiconLanguage[];
  /** Any one of these, found in one clause of the answer, is a hit (pattern syntax: index.ts). */
  readonly patterns: readonly (string | RegExp)[];
  /** The hit counts only when one of these is also somewhere in the answer (any clause). */
  readonly requires?: readonly (string | RegExp)[];
  /** A hit is dropped when one of these is in the same clause (lawful hedges: "may", "依法"). */
  readonly unless?: readonly (string | RegExp)[];
  /** Only on nodes where this party is on the line. */
  readonly party?: Party;
  /**
   * A broad rule ("any mention of the debt" to a third party): it yields to every other fault
   * found in the same words, so one phrase is one fault of the most specific kind.
   */
  readonly broad?: boolean;
  /** false: a negation before the phrase does not excuse it (obscenity). Default true. */
  readonly negatable?: boolean;
  /** Extra words allowed between a negation and the phrase ("I'm not *calling you* a liar"). */
  readonly negationVia?: readonly string[];
  /** Answers that must give a hit of this entry (each language of `languages` at least once). */
  readonly examples: readonly string[];
  /** Answers that must not: they look alike but are fine (for violations: no violation at all). */
  readonly nearMisses: readonly string[];
}

/** A conduct fault: counted as a violation of `kind` wherever it is typed. */
export interface ViolationEntry extends EntryBase {
  readonly kind: ViolationKind;
  /**
   * Other kinds of offered reply this answer may be understood as (so the debtor reacts): a
   * false arrest claim is deception, but a reply tagged `threat` is the same move on screen.
   */
  readonly alsoMatches?: readonly ViolationKind[];
}

/** A move (greet, plan, ...): used to map an answer onto an offered reply with that tactic. */
export interface TacticEntry extends EntryBase {
  readonly kind: 'tactic';
  readonly tactic: Tactic;
}

export type LexiconEntry = ViolationEntry | TacticEntry;

/** Shared word lists used in patterns as {name}; each item is itself a pattern. */
export type Slots = Readonly<Record<string, readonly string[]>>;
