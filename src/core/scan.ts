// Finds the lexicon's entries in a typed answer: conduct violations and tactics, each with the
// words that matched (as typed). Pure; the lexicon is compiled once, on first use.
//
// Negation window: a hit is excused when a negation ("not", "never", "nobody", "不", "不会",
// "没有", "别", "绝不", ...) stands before it in the same clause with nothing between them but
// at most NEGATION_WORDS English words / NEGATION_CHARS Chinese characters, all of them
// fillers: auxiliaries, pronouns and small adverbs ("we will *not* be telling your family",
// "我们*不会*把这件事告诉您家人"). Anything else between them ("I'm not joking, we know where you
// live"; "不还钱*就*起诉你"; "别逼我去你家") and the hit stands. Other flagged phrases count as
// fillers, so one negation covers a chain ("我们*不会*找人上门收拾你"). A clause ends at any
// punctuation. A question answered at once by a bare denial is excused ("我们上门？*不会的*",
// "Tell your boss? *Never.*").
import { clausesOf, sourceOf, type Clause } from './normalize';
import { LEXICON, SLOTS } from './lexicon';
import { compilePatterns, type CompiledPattern } from './lexicon/pattern';
import type { LexiconEntry, TacticEntry, ViolationEntry } from './lexicon/types';
import type { Party, Tactic, ViolationKind } from './schema';

export const NEGATION_WORDS = 4;
export const NEGATION_CHARS = 8;
/** The farthest (in normalised characters, flagged phrases included) a negation can stand from a hit. */
const NEGATION_REACH = 120;

// "no" only negates what follows it at once ("no extra fee"), never across words ("No, I will…").
const NEGATION = new RegExp(
  [
    // A negated subject ("nobody from our side will…", "没有人会…") governs the whole clause after it.
    String.raw`(?<subject>(?<![\p{Script=Latin}\p{N}])(?<!(?:if|or|whether) )(?:nobody|no one|none of us|not one of us|not a single one of us)(?![\p{Script=Latin}\p{N}])|不会有(?:人|谁)|没有?人|没有谁|谁(?:都|也)不)`,
    String.raw`(?<![\p{Script=Latin}\p{N}])(?<!(?:if|or|whether) )(?:not|never|nobody|no one|none of us|without|no need to|no intention of|no plans to|no way)(?![\p{Script=Latin}\p{N}])`,
    String.raw`绝对?不|决不|从来?不|从来?没有?|并不|并没有?|无意|无需|不曾|用不着|犯不着`,
    String.raw`没有?(?!事|关系|问题|办法|收|钱|完|用|出息|良心|脸)`,
    String.raw`别(?!人|的|处|家|说|墅|担心|着急|急)`,
    String.raw`(?<!如果|要是|假如|若|要)不(?:用|必|想|打算|准备|再|可能|至于)`,
    String.raw`(?<!如果|要是|假如|若|要)不(?!然|管|得不|过|少|断|停|错|好意思|满|还|仅|但|光|论|久|如|同|配|行|对|妨|愧|要脸)`,
    String.raw`(?<tight>(?<![\p{Script=Latin}\p{N}])no(?![\p{Script=Latin}\p{N}])|无(?!论))`,
  ].join('|'),
  'gu',
);

const DENIAL = /^(?:no|never|of course not|certainly not|absolutely not|not at all|no way|definitely not|不会|不会的|当然不会|绝对不会|肯定不会|不可能|没有的事|怎么会|不会这样)$/u;

// A flagged phrase put first and denied after it, as Chinese often does ("上门我们不会",
// "律师函这种东西我们不会随便发", "起诉您这种事我们真的不想做"; "calling your boss is not something
// we do"). Only topic words may stand between; a denial that is really an intensifier ("起诉您
// 绝不手软", "不是吓唬你") excuses nothing. English puts its negation first, so English run-ons
// ("we will sue you we will not wait") are never excused this way.
const TOPIC_ZH = '这种东西|这种事情|这种事|这样的事|这件事|这事|这个|这些|这种|那种|之类的|什么的|我们|我|咱们|公司|银行|这边|是|真的|绝对|根本|从来|肯定|一定|也|都|向来|一般|可';
const INTENSIFIER_ZH = '手软|客气|留情|罢休|放过|饶|姑息|含糊|犹豫|迟疑|怕|停|吓唬|吓你|开玩笑|玩笑|说说|闹着玩|说着玩|假的|只是说|光说|答应';
const DENIED_AFTER = new RegExp(
  [
    String.raw`^(?:${TOPIC_ZH})*(?:绝对?不|从来?不|决不|并不|根本不|不(?=会|想|打算|准备|做|干|可能|搞|是|至于|发|去|来|上|找|用|必|需要|允许|存在|提|碰|考虑|采取|这么|那么|再|$)|没有?(?!事|关系|问题|办法|用|完|钱|收)|别(?!人|的|说)|(?:做|干|办|搞)不(?:了|到|出来))(?!\p{Script=Han}{0,3}(?:${INTENSIFIER_ZH}))`,
    String.raw`^\s*(?:is|are|was|would be|will be)\s+(?:not|never)\s+(?:something|what|how|an option|on the table|going to happen|happening|allowed)`,
  ].join('|'),
  'u',
);

// A hit that starts with a preposition ("at your door") is governed by the verb before it: a
// negation of that verb excuses it ("we will not turn up at your door").
const PREPOSITION = /^(?:at|outside|in front of|to|round|near|by|into|on)(?![\p{Script=Latin}])/u;
const VERB_BEFORE = /(?:[\p{Script=Latin}']+\s+){1,2}$/u;

/** Where the verb phrase before a prepositional hit starts, or -1. */
export function verbBefore(clause: string, start: number): number {
  if (!PREPOSITION.test(clause.slice(start))) return -1;
  const m = VERB_BEFORE.exec(clause.slice(0, start));
  return m ? m.index : -1;
}

/** True when the clause denies the phrase that ends at `end` after it ("上门我们不会"). */
export function isDeniedAfter(clause: string, end: number): boolean {
  return DENIED_AFTER.test(clause.slice(end));
}

const FILLERS_EN = [
  'be', 'been', 'being', 'ever', 'even', 'going to', 'gonna', 'want to', 'intend to', 'plan to', 'planning to', 'trying to',
  'try to', 'have to', 'need to', 'to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do',
  'does', 'did', 'is', 'are', 'am', 'was', 'were', 'have', 'has', 'had', 'i', 'we', 'you', 'they', 'he', 'she', 'it',
  'us', 'me', 'our', 'actually', 'really', 'just', 'now', 'then', 'again', 'any', 'anyone', 'anybody', 'anything', 'about',
  'of', 'a', 'an', 'the', 'so', 'also', 'definitely', 'certainly', 'absolutely', 'here', 'there', 'that', 'this',
  'in any way', 'under any circumstances', 'at all', 'ourselves', 'or', 'nor', 'either', 'saying', 'say',
];
const FILLERS_ZH = [
  '会', '要', '去', '再', '把', '对', '给', '跟', '向', '和', '您', '你', '他', '她', '们', '我', '咱', '的', '这', '件', '事', '情',
  '也', '都', '轻易', '随便', '真的', '打算', '准备', '能', '可能', '是', '在', '有', '任何', '人', '派人', '找人', '主动', '随意',
  '一定', '肯定', '过', '来', '上', '被', '私自', '擅自', '采取', '采用', '使用', '通过', '以', '方式', '或者', '或', '是说', '说',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function fillerRegex(extra: readonly string[]): RegExp {
  const words = [...FILLERS_EN, ...FILLERS_ZH, ...extra].sort((a, b) => b.length - a.length).map((w) =>
    /^[a-z' ]+$/.test(w) ? String.raw`(?<![\p{Script=Latin}\p{N}])${escape(w)}(?![\p{Script=Latin}\p{N}])` : escape(w));
  return new RegExp(String.raw`^(?:\s|${words.join('|')})*$`, 'u');
}

interface Compiled {
  readonly entry: LexiconEntry;
  readonly order: number;
  readonly patterns: readonly CompiledPattern[];
  readonly requires?: readonly CompiledPattern[];
  readonly unless?: readonly CompiledPattern[];
  readonly filler: RegExp;
}

const DEFAULT_FILLER = fillerRegex([]);
let compiled: Compiled[] | null = null;

function lexicon(): Compiled[] {
  compiled ??= LEXICON.map((entry, order) => ({
    entry,
    order,
    patterns: compilePatterns(entry.patterns, SLOTS),
    ...(entry.requires && { requires: compilePatterns(entry.requires, SLOTS) }),
    ...(entry.unless && { unless: compilePatterns(entry.unless, SLOTS) }),
    filler: entry.negationVia ? fillerRegex(entry.negationVia) : DEFAULT_FILLER,
  }));
  return compiled;
}

interface Cue { readonly end: number; readonly tight: boolean; readonly subject: boolean }

/** What ends a negated subject's reach: "nobody will call you, but we will tell your boss". */
const CONTRAST = /(?<![\p{Script=Latin}])(?:but|except|unless|however|only|apart from|other than)(?![\p{Script=Latin}])|但|但是|可是|不过|除了|只有|否则/u;

/** The negations of a clause, in order of where they end. */
export function negationsOf(clause: string): Cue[] {
  // "是不是", "可不可以", "有没有" ask a question (A-not-A); they deny nothing.
  const asks = (m: RegExpMatchArray) => '不没'.includes(m[0][0]!) && m.index! > 0 && clause[m.index! - 1] === clause[m.index! + 1];
  return [...clause.matchAll(NEGATION)].filter((m) => !asks(m)).map((m) => ({ end: m.index + m[0].length, tight: m.groups?.tight !== undefined, subject: m.groups?.subject !== undefined }));
}

/**
 * True when a negation governs the text at `start` of this (normalised) clause. `spans` are other
 * flagged phrases of the clause: they may stand between the negation and `start`.
 */
export function isNegated(
  clause: string, start: number, filler: RegExp = DEFAULT_FILLER, spans: readonly (readonly [number, number])[] = [],
  cues: readonly Cue[] = negationsOf(clause),
): boolean {
  // Only the negations just before `start` can reach it: walk back from the nearest.
  let i = cues.length - 1;
  while (i >= 0 && cues[i]!.end > start) i--;
  for (; i >= 0 && start - cues[i]!.end <= NEGATION_REACH; i--) {
    const { end, tight, subject } = cues[i]!;
    if (subject && !CONTRAST.test(clause.slice(end, start))) return true;
    let between = clause.slice(end, start);
    for (const [a, b] of spans) {
      if (b <= end || a >= start) continue;
      const from = Math.max(a, end) - end;
      const to = Math.min(b, start) - end;
      between = between.slice(0, from) + ' '.repeat(to - from) + between.slice(to);
    }
    if (tight) {
      if (between.trim() === '') return true;
      continue;
    }
    const words = between.match(/[\p{Script=Latin}\p{N}']+/gu)?.length ?? 0;
    const chars = between.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (words <= NEGATION_WORDS && chars <= NEGATION_CHARS && filler.test(between)) return true;
  }
  return false;
}

export interface LexiconHit {
  readonly entry: string;
  /** The words that matched, as the player typed them. */
  readonly phrase: string;
  /** The same words normalised. */
  readonly normalized: string;
  readonly clause: number;
  readonly start: number;
  readonly end: number;
}

export interface ViolationHit extends LexiconHit {
  readonly kind: ViolationKind;
  readonly alsoMatches: readonly ViolationKind[];
}

export interface TacticHit extends LexiconHit {
  readonly tactic: Tactic;
}

export interface ScanResult {
  readonly clauses: readonly Clause[];
  /** In the order they appear; one stretch of words is one fault (the longest specific match wins). */
  readonly violations: readonly ViolationHit[];
  /** Tactics found outside the violations' words. */
  readonly tactics: readonly TacticHit[];
}

export interface ScanOptions {
  /** Who is on the line: with a third party, mentioning the debt is a disclosure. */
  readonly party?: Party;
}

interface RawHit { c: Compiled; clause: number; start: number; end: number }

/** Every match of an entry, before negation is considered. */
function candidatesOf(c: Compiled, clauses: readonly Clause[], party: Party): RawHit[] {
  const { entry } = c;
  if (entry.party !== undefined && entry.party !== party) return [];
  if (c.requires && !clauses.some((cl) => c.requires!.some((p) => p.test(cl.text)))) return [];
  const out: RawHit[] = [];
  for (const [k, cl] of clauses.entries()) {
    const found = c.patterns.flatMap((p) => p.matches(cl.text));
    if (found.length === 0 || c.unless?.some((p) => p.test(cl.text))) continue;
    for (const m of found) {
      const at = m.index ?? 0;
      const start = at + m[0].length - m[0].trimStart().length;
      const end = at + m[0].trimEnd().length;
      if (end > start) out.push({ c, clause: k, start, end });
    }
  }
  return out;
}

/** Which characters of each clause some kept hit covers. */
type Taken = Uint8Array[];
const takenFor = (clauses: readonly Clause[]): Taken => clauses.map((c) => new Uint8Array(c.text.length));
const isFree = (t: Taken, h: RawHit) => !t[h.clause]!.subarray(h.start, h.end).includes(1);

/** Keeps the longest of overlapping hits (then the earlier entry); returns them in text order. */
function resolve(hits: RawHit[], taken: Taken): RawHit[] {
  const kept: RawHit[] = [];
  const ranked = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.c.order - b.c.order);
  for (const h of ranked) {
    if (!isFree(taken, h)) continue;
    taken[h.clause]!.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.clause - b.clause || a.start - b.start);
}

/** The candidates' spans that end within reach before `start` (`sorted` by end). */
function spansBefore(sorted: readonly RawHit[], self: RawHit): [number, number][] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.end <= self.start - NEGATION_REACH) lo = mid + 1; else hi = mid; }
  const out: [number, number][] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.end <= self.start; i++) if (sorted[i] !== self) out.push([sorted[i]!.start, sorted[i]!.end]);
  return out;
}

function firstPerEntry(hits: RawHit[]): RawHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.c.entry.id) && seen.add(h.c.entry.id));
}

/** Every lexicon entry found in `text`. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const party = options.party ?? 'debtor';
  const clauses = clausesOf(text);
  const candidates = lexicon().flatMap((c) => candidatesOf(c, clauses, party));
  const byClause = clauses.map((_, k) => candidates.filter((h) => h.clause === k).sort((a, b) => a.end - b.end));
  const cues = clauses.map((c) => negationsOf(c.text));
  const all = candidates.filter((h) => {
    if (h.c.entry.negatable === false) return true;
    if (clauses[h.clause]!.question && DENIAL.test(clauses[h.clause + 1]?.text ?? '')) return false;
    const clause = clauses[h.clause]!.text;
    const negated = (at: number) => isNegated(clause, at, h.c.filler, spansBefore(byClause[h.clause]!, h), cues[h.clause]);
    const verb = verbBefore(clause, h.start);
    return !negated(h.start) && !(verb >= 0 && negated(verb)) && !isDeniedAfter(clause, h.end);
  });
  const describe = (h: RawHit): LexiconHit => ({
    entry: h.c.entry.id,
    phrase: sourceOf(text, clauses[h.clause]!, h.start, h.end),
    normalized: clauses[h.clause]!.text.slice(h.start, h.end),
    clause: h.clause,
    start: h.start,
    end: h.end,
  });
  // One phrase is one fault, of the most specific kind: overlapping hits keep the longest, and a
  // broad rule (the debt named to a third party) counts only in a clause where no fault that
  // stands for its kind already does ("as his mother you should pay what he owes" is pressure to
  // pay, which names the debt: one fault; "your deadbeat son owes us" is an insult and a
  // disclosure). Two faults in two separate stretches of words are two.
  const isViolation = (h: RawHit) => h.c.entry.kind !== 'tactic';
  const isBroad = (h: RawHit) => h.c.entry.broad === true;
  const faultTaken = takenFor(clauses);
  const faults = resolve(all.filter((h) => isViolation(h) && !isBroad(h)), faultTaken);
  const standsFor = (h: RawHit, kind: string) => h.c.entry.kind === kind || ((h.c.entry as ViolationEntry).alsoMatches ?? []).includes(kind as ViolationKind);
  const explained = (b: RawHit) => faults.some((h) => h.clause === b.clause && standsFor(h, b.c.entry.kind));
  const broad = resolve(all.filter((h) => isViolation(h) && isBroad(h) && !explained(h)), faultTaken);
  const kept = firstPerEntry([...faults, ...broad].sort((a, b) => a.clause - b.clause || a.start - b.start));
  const violations = kept.map((h): ViolationHit => {
    const entry = h.c.entry as ViolationEntry;
    return { ...describe(h), kind: entry.kind, alsoMatches: entry.alsoMatches ?? [] };
  });
  const tactics = firstPerEntry(resolve(all.filter((h) => !isViolation(h) && isFree(faultTaken, h)), takenFor(clauses)))
    .map((h): TacticHit => ({ ...describe(h), tactic: (h.c.entry as TacticEntry).tactic }));
  return { clauses, violations, tactics };
}

/** The entries of the lexicon that `text` hits (for tests and tools): entry id → phrase. */
export function lexiconHits(text: string, options: ScanOptions = {}): Map<string, string> {
  const r = scanText(text, options);
  return new Map([...r.violations, ...r.tactics].map((h) => [h.entry, h.phrase]));
}
