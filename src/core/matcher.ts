// The free-text matcher: maps a typed answer onto one of the node's offered replies and says why.
//
// The conduct lexicon (src/core/lexicon) is searched first, always: every violation found counts,
// whatever the answer is understood as. Then the answer is mapped, first rule that decides:
//   1. keyword    the node's `free.match` keywords, in order (a negated keyword does not count:
//                 "I don't understand" is not the keyword "understand");
//   2. violation  an offered reply that commits a violation found in the answer (so the debtor
//                 reacts to it); failing that, for a threat, deception or harassment, an offered
//                 `pressure` reply;
//   3. similar    wording very close to an offered reply (DECISIVE_SIMILARITY), any reply;
//   4. tactic     a clean offered reply whose tactic the answer uses (the lexicon's tactics);
//                 substantive moves (plan, deadline, ...) outrank softeners (greet, listen,
//                 empathy), then closeness decides;
//   5. similar    wording close enough (SIMILARITY_THRESHOLD) to a clean offered reply;
//   6. fallback   none of these: the node's fallback applies.
// A reply that itself commits a violation is only reached by keywords, a matching violation or
// very close wording: a clean answer is never pinned on a faulty reply.
import { replyViolation } from './engine';
import type { Node, Reply } from './model';
import { normalize, type Tracked } from './normalize';
import { isNegated, negationsOf, scanText, type TacticHit, type ViolationHit } from './scan';
import type { Tactic, ViolationKind } from './schema';
import { textVariants } from './text';

export { normalize } from './normalize';

export interface MatchContext {
  readonly node: Node;
  /** The replies offered now; only these can be matched. */
  readonly offered: readonly Reply[];
  readonly lang: string;
}

export type MatchRule =
  | { readonly kind: 'keyword'; readonly rule: number; readonly keyword: string }
  | { readonly kind: 'violation'; readonly violation: ViolationKind; readonly phrase: string; readonly entry: string }
  | { readonly kind: 'tactic'; readonly tactic: Tactic; readonly phrase: string; readonly entry: string }
  | { readonly kind: 'similar'; readonly score: number }
  | { readonly kind: 'fallback' };

export interface DetectedViolation {
  readonly kind: ViolationKind;
  /** The words recognised, as the player typed them. */
  readonly phrase: string;
  /** The lexicon entry that matched ('third-party-debt' for the debt named to a third party). */
  readonly entry: string;
  /** Other kinds of reply the same words stand for (a false arrest claim also works as a threat). */
  readonly alsoMatches: readonly ViolationKind[];
}

export interface DetectedTactic {
  readonly tactic: Tactic;
  readonly phrase: string;
  readonly entry: string;
}

export interface MatchResult {
  /** An offered reply id, or null: the node's fallback applies. */
  readonly reply: string | null;
  readonly rule: MatchRule;
  /** Conduct faults recognised in the typed text; they count even when the reply is clean. */
  readonly violations: readonly DetectedViolation[];
  /** The moves recognised in the typed text. */
  readonly tactics: readonly DetectedTactic[];
  readonly normalized: string;
}

/** Closeness (0..1) a typed answer needs to be understood as a reply by its wording alone. */
export const SIMILARITY_THRESHOLD = 0.3;
/** Closeness at which the wording decides before the tactic lexicon is asked. */
export const DECISIVE_SIMILARITY = 0.6;

/** Tactics that soften an answer rather than carry it ("I understand, could we split it?"). */
const SOFTENERS: ReadonlySet<Tactic> = new Set(['greet', 'listen', 'empathy']);
/** Faults that make a debtor react as to pressure when no reply commits the fault itself. */
const HOSTILE: ReadonlySet<ViolationKind> = new Set(['threat', 'deception', 'harassment']);

const LATIN = /^[\p{Script=Latin}\p{N}' ]+$/u;
const WORD = /[\p{Script=Latin}\p{N}']/u;

/** Every index where `phrase` (normalised) occurs in the normalised `text`; Latin phrases match whole words. */
function occurrences(text: string, p: string): number[] {
  const out: number[] = [];
  if (p === '') return out;
  const whole = LATIN.test(p);
  for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) {
    if (whole && (WORD.test(text[i - 1] ?? ' ') || WORD.test(text[i + p.length] ?? ' '))) continue;
    out.push(i);
  }
  return out;
}

/** Where `phrase` occurs in the normalised `text` (-1: nowhere); Latin phrases must match whole words. */
export function containsPhrase(text: string, phrase: string): number {
  return occurrences(text, normalize(phrase))[0] ?? -1;
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const compact = LATIN.test(s) ? s : s.replace(/ /g, '');
  if (compact.length === 1) grams.set(compact, 1);
  for (let i = 0; i + 1 < compact.length; i++) {
    const g = compact.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function dice(ga: ReadonlyMap<string, number>, gb: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) { total += n; shared += Math.min(n, ga.get(g) ?? 0); }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Dice coefficient of character bigrams: works the same for Chinese and English. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

// Reply texts are compiled once per scenario; their bigrams are kept beside them.
const replyGrams = new WeakMap<Reply, readonly Map<string, number>[]>();

function gramsOf(reply: Reply): readonly Map<string, number>[] {
  let grams = replyGrams.get(reply);
  if (!grams) {
    grams = textVariants(reply.text).map((v) => bigrams(normalize(v)));
    replyGrams.set(reply, grams);
  }
  return grams;
}

function closest(grams: ReadonlyMap<string, number>, replies: readonly Reply[]): { reply: Reply; score: number } | null {
  let best: { reply: Reply; score: number } | null = null;
  for (const reply of replies) {
    for (const g of gramsOf(reply)) {
      const score = dice(grams, g);
      if (!best || score > best.score) best = { reply, score };
    }
  }
  return best;
}

/** The offered reply whose text (in any language) is closest to the normalised answer, with its score. */
export function closestReply(text: string, offered: readonly Reply[]): { reply: Reply; score: number } | null {
  return closest(bigrams(text), offered);
}

const rounded = (score: number) => Math.round(score * 100) / 100;

// Keywords are normalised once per compiled scenario.
const normalizedKeywords = new WeakMap<readonly string[], readonly string[]>();

function byKeywords(clauses: readonly Tracked[], normalized: string, ctx: MatchContext): { reply: string; rule: MatchRule } | null {
  const cues = clauses.map((c) => negationsOf(c.text));
  for (const [rule, m] of ctx.node.match.entries()) {
    if (!ctx.offered.some((r) => r.id === m.reply)) continue;
    let keywords = normalizedKeywords.get(m.keywords);
    if (!keywords) normalizedKeywords.set(m.keywords, (keywords = m.keywords.map(normalize)));
    for (const [k, keyword] of m.keywords.entries()) {
      const p = keywords[k]!;
      const inClauses = clauses.flatMap((c, k) => occurrences(c.text, p).map((i) => ({ c: c.text, i, k })));
      // A keyword written across punctuation ("ok, sure") is found in the whole answer only.
      const found = inClauses.length > 0 ? inClauses.some(({ c, i, k }) => !isNegated(c, i, undefined, [], cues[k])) : occurrences(normalized, p).length > 0;
      if (found) return { reply: m.reply, rule: { kind: 'keyword', rule, keyword } };
    }
  }
  return null;
}

function byViolation(hits: readonly ViolationHit[], grams: Map<string, number>, ctx: MatchContext): { reply: string; rule: MatchRule } | null {
  let best: { reply: Reply; hit: ViolationHit; rank: number; score: number } | null = null;
  for (const reply of ctx.offered) {
    const fault = replyViolation(reply);
    if (!fault) continue;
    for (const hit of hits) {
      const rank = hit.kind === fault ? 2 : hit.alsoMatches.includes(fault) ? 1 : 0;
      if (rank === 0) continue;
      const score = closest(grams, [reply])?.score ?? 0;
      if (!best || rank > best.rank || (rank === best.rank && score > best.score)) best = { reply, hit, rank, score };
    }
  }
  if (!best) {
    const hostile = hits.find((h) => HOSTILE.has(h.kind));
    const pressure = ctx.offered.filter((r) => r.tactic === 'pressure' && !replyViolation(r));
    const close = hostile && pressure.length > 0 ? closest(grams, pressure) : null;
    if (hostile && close) best = { reply: close.reply, hit: hostile, rank: 0, score: close.score };
  }
  if (!best) return null;
  const { hit } = best;
  return { reply: best.reply.id, rule: { kind: 'violation', violation: hit.kind, phrase: hit.phrase, entry: hit.entry } };
}

function byTactic(hits: readonly TacticHit[], grams: Map<string, number>, clean: readonly Reply[]): { reply: string; rule: MatchRule } | null {
  let best: { reply: Reply; hit: TacticHit; weight: number; score: number } | null = null;
  for (const reply of clean) {
    const hit = hits.find((h) => h.tactic === reply.tactic);
    if (!hit) continue;
    const weight = SOFTENERS.has(hit.tactic) ? 1 : 2;
    const score = closest(grams, [reply])?.score ?? 0;
    if (!best || weight > best.weight || (weight === best.weight && score > best.score)) best = { reply, hit, weight, score };
  }
  if (!best) return null;
  const { hit } = best;
  return { reply: best.reply.id, rule: { kind: 'tactic', tactic: hit.tactic, phrase: hit.phrase, entry: hit.entry } };
}

export function matchFreeText(typed: string, ctx: MatchContext): MatchResult {
  const normalized = normalize(typed);
  const scan = scanText(typed, { party: ctx.node.party });
  const result = (reply: string | null, rule: MatchRule): MatchResult => ({
    reply,
    rule,
    violations: scan.violations.map(({ kind, phrase, entry, alsoMatches }) => ({ kind, phrase, entry, alsoMatches })),
    tactics: scan.tactics.map(({ tactic, phrase, entry }) => ({ tactic, phrase, entry })),
    normalized,
  });
  if (normalized === '') return result(null, { kind: 'fallback' });

  const keyword = byKeywords(scan.clauses, normalized, ctx);
  if (keyword) return result(keyword.reply, keyword.rule);

  const grams = bigrams(normalized);
  const violation = scan.violations.length > 0 ? byViolation(scan.violations, grams, ctx) : null;
  if (violation) return result(violation.reply, violation.rule);

  const nearest = closest(grams, ctx.offered);
  if (nearest && nearest.score >= DECISIVE_SIMILARITY) return result(nearest.reply.id, { kind: 'similar', score: rounded(nearest.score) });

  const clean = ctx.offered.filter((r) => !replyViolation(r));
  const tactic = byTactic(scan.tactics, grams, clean);
  if (tactic) return result(tactic.reply, tactic.rule);

  const close = closest(grams, clean);
  if (close && close.score >= SIMILARITY_THRESHOLD) return result(close.reply.id, { kind: 'similar', score: rounded(close.score) });
  return result(null, { kind: 'fallback' });
}
