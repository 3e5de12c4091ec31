// The game rules as a pure state machine. A run's state is plain serialisable data; every
// function here returns a new state and never touches the old one, so a run can be saved,
// replayed from its inputs alone, undone (keep the previous state) or explored exhaustively.
import { evaluate, type Env } from './condition';
import { matchFreeText, type DetectedViolation, type MatchRule } from './matcher';
import type { Cond, Node, Reply, Scenario, SayVariant } from './model';
import {
  isOffered, OUT_INDEX, OUT_TARGET, OUT_VIA, pickLine, replyViolation, rulesFor, startVitals, step, type Rules,
} from './rules';
import type { ViolationKind } from './schema';
import { violationPenalty } from './score';
import { sanitizeLine } from './sanitize';
import type { Text } from './text';

export { replyViolation };

/** practice: feedback after every reply; exam: feedback only in the debrief; free: typed answers. */
export const MODES = ['practice', 'exam', 'free'] as const;
export type Mode = (typeof MODES)[number];

export interface RunOptions {
  readonly lang: string;
  readonly mode: Mode;
}

export interface ViolationRecord {
  readonly turn: number;
  readonly kind: ViolationKind;
  /** 'reply': the reply itself breaks the rules; 'text': found in what the player typed. */
  readonly source: 'reply' | 'text';
  /** For typed text: the words that were recognised. */
  readonly phrase?: string;
  /** For typed text: the lexicon entry that recognised them ('threat-visit'), so a screen can name the rule. */
  readonly entry?: string;
}

export type TurnInput = { readonly kind: 'reply'; readonly reply: string } | { readonly kind: 'text'; readonly text: string };

/** Everything that happened in one turn: the "events" a screen, the debrief and the store use. */
export interface TurnRecord {
  /** 1-based number of this reply in the call. */
  readonly turn: number;
  readonly node: string;
  /** The debtor's line that was on screen when the player answered (index into node.say). */
  readonly line: number;
  readonly said: Text;
  readonly input: TurnInput;
  /** The reply played; null when a typed answer mapped onto none (the fallback). */
  readonly reply: string | null;
  readonly replyText?: Text;
  readonly tactic?: string;
  /** How a typed answer was understood. */
  readonly match?: MatchRule;
  /** Stat changes after clamping (stat → delta actually applied). */
  readonly effects: Readonly<Record<string, number>>;
  /** Stats after this turn. */
  readonly stats: Readonly<Record<string, number>>;
  readonly feedback?: Text;
  readonly violations: readonly ViolationRecord[];
  /** Where the call went and why: a reply route (index), a trigger (index) or the fallback. */
  readonly route: { readonly goto: string; readonly via: 'route' | 'trigger' | 'fallback'; readonly index: number };
  readonly ending: string | null;
}

export interface RunState {
  readonly scenario: string;
  readonly lang: string;
  readonly mode: Mode;
  /** The node where the call stands; null once it has ended. */
  readonly node: string | null;
  /** The say variant shown at this node (chosen on arrival from the stats then). */
  readonly line: number;
  readonly stats: Readonly<Record<string, number>>;
  /** Replies given so far. */
  readonly turn: number;
  readonly violations: readonly ViolationRecord[];
  readonly ending: string | null;
  readonly turns: readonly TurnRecord[];
}

export interface TurnResult {
  readonly state: RunState;
  readonly events: TurnRecord;
}

/** A move the rules do not allow (the call has ended, the reply is not offered, ...). */
export class RunError extends Error {
  constructor(readonly code: 'ended' | 'unknown-reply' | 'not-offered' | 'scenario-mismatch', message: string) {
    super(message);
    this.name = 'RunError';
  }
}

export function conditionEnv(state: Pick<RunState, 'stats' | 'turn' | 'violations'>): Env {
  return (name) => {
    if (name === 'turn') return state.turn;
    if (name === 'violations') return state.violations.length;
    return Object.hasOwn(state.stats, name) ? state.stats[name]! : 0;
  };
}

export function holds(c: Cond | undefined, state: Pick<RunState, 'stats' | 'turn' | 'violations'>): boolean {
  return c === undefined || evaluate(c.ast, conditionEnv(state));
}

function requireNode(scenario: Scenario, id: string): Node {
  const node = scenario.nodes.get(id);
  if (!node) throw new Error(`scenario ${scenario.id} has no node "${id}"`);
  return node;
}

/** The state's vitals as the rules read them: [stats…, turn, violations, penalty]. */
function vitalsOf(rules: Rules, state: Pick<RunState, 'stats' | 'turn' | 'violations'>): number[] {
  const v = rules.stats.map((s) => (Object.hasOwn(state.stats, s.name) ? state.stats[s.name]! : 0));
  v.push(state.turn, state.violations.length, state.violations.reduce((sum, x) => sum + violationPenalty(x.kind), 0));
  return v;
}

function compiledNode(rules: Rules, id: string) {
  const i = rules.nodeIndex.get(id);
  if (i === undefined) throw new Error(`scenario ${rules.scenario.id} has no node "${id}"`);
  return rules.nodes[i]!;
}

export function startRun(scenario: Scenario, options: RunOptions): RunState {
  const rules = rulesFor(scenario);
  const vitals = startVitals(rules);
  const stats = Object.fromEntries(rules.stats.map((s, i) => [s.name, vitals[i]!]));
  const start = compiledNode(rules, scenario.start);
  return {
    scenario: scenario.id,
    lang: options.lang,
    mode: options.mode,
    node: start.node.id,
    line: pickLine(start, vitals, 0),
    stats,
    turn: 0,
    violations: [],
    ending: null,
    turns: [],
  };
}

/** The node where the call stands, or null once it has ended. */
export function currentNode(scenario: Scenario, state: RunState): Node | null {
  return state.node === null ? null : requireNode(scenario, state.node);
}

/** The debtor's line on screen now. */
export function currentLine(scenario: Scenario, state: RunState): SayVariant | null {
  const node = currentNode(scenario, state);
  return node ? node.say[state.line] ?? node.say[node.say.length - 1]! : null;
}

/** The replies offered now (their `if` holds), in order; on screen they are numbered from 1. */
export function offeredReplies(scenario: Scenario, state: RunState): Reply[] {
  if (state.node === null) return [];
  const rules = rulesFor(scenario);
  const vitals = vitalsOf(rules, state);
  return compiledNode(rules, state.node).replies.filter((r) => isOffered(r, vitals, 0)).map((r) => r.reply);
}

interface Played {
  input: TurnInput;
  reply: Reply | null;
  match?: MatchRule;
  textViolations: readonly DetectedViolation[];
}

const VIA_NAMES = ['route', 'trigger', 'fallback'] as const;

function play(scenario: Scenario, state: RunState, node: Node, p: Played): TurnResult {
  const rules = rulesFor(scenario);
  const compiled = compiledNode(rules, node.id);
  const turn = state.turn + 1;
  const violations: ViolationRecord[] = [];
  const own = p.reply ? replyViolation(p.reply) : undefined;
  // One phrase is one fault. When a typed answer is understood as a faulty reply, the typed words
  // that commit that fault (its kind, or a kind they also work as: a false blacklist claim is a
  // threat too) are the reply's one move, recorded once with the words that best name it; a fault
  // of another kind in the text is a second fault. A kind counts once a turn.
  const standsFor = (v: DetectedViolation) => own !== undefined && (v.kind === own || v.alsoMatches.includes(own));
  const typedOwn = own && (p.textViolations.find((v) => v.kind === own) ?? p.textViolations.find(standsFor));
  if (own && !typedOwn) violations.push({ turn, kind: own, source: 'reply' });
  for (const v of p.textViolations) {
    if (typedOwn && v !== typedOwn && standsFor(v)) continue;
    if (!violations.some((x) => x.kind === v.kind)) violations.push({ turn, kind: v.kind, source: 'text', phrase: v.phrase, entry: v.entry });
  }

  const before = vitalsOf(rules, state);
  const after: number[] = [];
  const reply = p.reply ? compiled.replies[p.reply.index]! : null;
  step(rules, compiled, reply, violations.map((v) => v.kind), before, 0, after, 0);
  const stats: Record<string, number> = {};
  rules.stats.forEach((def, i) => { stats[def.name] = after[i]!; });
  const effects: Record<string, number> = {};
  for (const i of (reply ? reply.effects : compiled.fallbackEffects).slots) effects[rules.stats[i]!.name] = after[i]! - before[i]!;

  const target = after[rules.width + OUT_TARGET]!;
  const via = after[rules.width + OUT_VIA]!;
  const route: TurnRecord['route'] = { goto: rules.targetIds[target]!, via: VIA_NAMES[via]!, index: after[rules.width + OUT_INDEX]! };
  const ending = target >= rules.nodes.length ? route.goto : null;
  const nextNode = ending === null ? rules.nodes[target]! : null;
  const feedback = p.reply ? p.reply.feedback : node.fallback.feedback;
  const events: TurnRecord = {
    turn,
    node: node.id,
    line: state.line,
    said: node.say[state.line]?.text ?? node.say[node.say.length - 1]!.text,
    input: p.input,
    reply: p.reply ? p.reply.id : null,
    ...(p.reply && { replyText: p.reply.text }),
    ...(p.reply?.tactic && { tactic: p.reply.tactic }),
    ...(p.match && { match: p.match }),
    effects,
    stats,
    ...(feedback !== undefined && { feedback }),
    violations,
    route,
    ending,
  };
  const next: RunState = {
    ...state,
    stats,
    turn,
    violations: [...state.violations, ...violations],
    node: nextNode ? nextNode.node.id : null,
    line: nextNode ? pickLine(nextNode, after, 0) : 0,
    ending,
    turns: [...state.turns, events],
  };
  return { state: next, events };
}

function activeNode(scenario: Scenario, state: RunState): Node {
  if (state.scenario !== scenario.id) {
    throw new RunError('scenario-mismatch', `this run belongs to scenario "${state.scenario}", not "${scenario.id}"`);
  }
  const node = currentNode(scenario, state);
  if (!node) throw new RunError('ended', 'the call has already ended');
  return node;
}

/** The player picks a reply offered at the current node. */
export function chooseReply(scenario: Scenario, state: RunState, replyId: string): TurnResult {
  const node = activeNode(scenario, state);
  const reply = node.replies.find((r) => r.id === replyId);
  if (!reply) throw new RunError('unknown-reply', `node "${node.id}" has no reply "${replyId}"`);
  const rules = rulesFor(scenario);
  if (!isOffered(compiledNode(rules, node.id).replies[reply.index]!, vitalsOf(rules, state), 0)) throw new RunError('not-offered', `reply "${replyId}" is not offered at node "${node.id}" now`);
  return play(scenario, state, node, { input: { kind: 'reply', reply: replyId }, reply, textViolations: [] });
}

/** The player types an answer; the matcher maps it onto an offered reply (or the fallback). */
export function sayFreeText(scenario: Scenario, state: RunState, typed: string): TurnResult {
  const node = activeNode(scenario, state);
  const text = sanitizeLine(typed).trim();
  const offered = offeredReplies(scenario, state);
  const match = matchFreeText(text, { node, offered, lang: state.lang });
  const reply = match.reply === null ? null : offered.find((r) => r.id === match.reply) ?? null;
  return play(scenario, state, node, {
    input: { kind: 'text', text },
    reply,
    match: match.rule,
    textViolations: match.violations,
  });
}

/** Replays a run from its inputs alone (how saved runs are checked and shown again). */
export function replayInputs(scenario: Scenario, options: RunOptions, inputs: readonly TurnInput[]): RunState {
  let state = startRun(scenario, options);
  for (const input of inputs) {
    state = (input.kind === 'reply' ? chooseReply(scenario, state, input.reply) : sayFreeText(scenario, state, input.text)).state;
  }
  return state;
}
