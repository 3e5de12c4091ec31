// The free-text matcher: maps a typed answer onto one of the node's offered replies and says why.
// Order: the node's own `free.match` keywords, then closeness to the reply texts; otherwise the
// fallback. (The conduct lexicon and tactic stage are layered on in lexicon.ts.)
import type { Node, Reply } from './model';
import type { Tactic, ViolationKind } from './schema';
import { textVariants } from './text';

export interface MatchContext {
  readonly node: Node;
  /** The replies offered now; only these can be matched. */
  readonly offered: readonly Reply[];
  readonly lang: string;
}

export type MatchRule =
  | { readonly kind: 'keyword'; readonly rule: number; readonly keyword: string }
  | { readonly kind: 'violation'; readonly violation: ViolationKind; readonly phrase: string }
  | { readonly kind: 'tactic'; readonly tactic: Tactic; readonly phrase: string }
  | { readonly kind: 'similar'; readonly score: number }
  | { readonly kind: 'fallback' };

export interface DetectedViolation {
  readonly kind: ViolationKind;
  /** The words recognised, as they appear in the normalised answer. */
  readonly phrase: string;
  /** The lexicon entry that matched (or 'third-party-debt' for a disclosure to a third party). */
  readonly entry: string;
}

export interface MatchResult {
  /** An offered reply id, or null: the node's fallback applies. */
  readonly reply: string | null;
  readonly rule: MatchRule;
  /** Conduct faults recognised in the typed text; they count even when the reply is clean. */
  readonly violations: readonly DetectedViolation[];
  readonly normalized: string;
}

/** Closeness (0..1) a typed answer needs to be understood as a reply by its wording alone. */
export const SIMILARITY_THRESHOLD = 0.3;

/**
 * NFKC (full-width → half-width), lower case, punctuation and symbols → spaces, runs of spaces
 * collapsed. Chinese keeps no spaces of its own, so matching works on substrings.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LATIN = /^[\p{Script=Latin}\p{N}' ]+$/u;

/** True when `phrase` occurs in the normalised `text`; Latin phrases must match whole words. */
export function containsPhrase(text: string, phrase: string): number {
  const p = normalize(phrase);
  if (p === '') return -1;
  if (!LATIN.test(p)) return text.indexOf(p);
  let from = 0;
  for (;;) {
    const i = text.indexOf(p, from);
    if (i === -1) return -1;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = i + p.length >= text.length ? ' ' : text[i + p.length]!;
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
    from = i + 1;
  }
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const compact = s.replace(/ /g, LATIN.test(s) ? ' ' : '');
  if (compact.length === 1) grams.set(compact, 1);
  for (let i = 0; i + 1 < compact.length; i++) {
    const g = compact.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of character bigrams: works the same for Chinese and English. */
export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) { total += n; shared += Math.min(n, ga.get(g) ?? 0); }
  return total === 0 ? 0 : (2 * shared) / total;
}

function byKeywords(text: string, ctx: MatchContext): MatchResult['rule'] & { reply?: string } | null {
  for (const [rule, m] of ctx.node.match.entries()) {
    if (!ctx.offered.some((r) => r.id === m.reply)) continue;
    const keyword = m.keywords.find((k) => containsPhrase(text, k) !== -1);
    if (keyword !== undefined) return { kind: 'keyword', rule, keyword, reply: m.reply };
  }
  return null;
}

/** The offered reply whose text (in any language) is closest to the answer, with its score. */
export function closestReply(text: string, offered: readonly Reply[]): { reply: Reply; score: number } | null {
  let best: { reply: Reply; score: number } | null = null;
  for (const reply of offered) {
    for (const variant of textVariants(reply.text)) {
      const score = similarity(text, normalize(variant));
      if (!best || score > best.score) best = { reply, score };
    }
  }
  return best;
}

export function matchFreeText(typed: string, ctx: MatchContext): MatchResult {
  const normalized = normalize(typed);
  const violations: DetectedViolation[] = [];
  const keyword = byKeywords(normalized, ctx);
  if (keyword) {
    const { reply, ...rule } = keyword;
    return { reply: reply!, rule, violations, normalized };
  }
  const close = normalized === '' ? null : closestReply(normalized, ctx.offered);
  if (close && close.score >= SIMILARITY_THRESHOLD) {
    return { reply: close.reply.id, rule: { kind: 'similar', score: Math.round(close.score * 100) / 100 }, violations, normalized };
  }
  return { reply: null, rule: { kind: 'fallback' }, violations, normalized };
}
