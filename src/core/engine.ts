// The game rules as a pure state machine. A run's state is plain serialisable data; every
// function here returns a new state and never touches the old one, so a run can be saved,
// replayed from its inputs alone, undone (keep the previous state) or explored exhaustively.
import { evaluate, type Env } from './condition';
import { matchFreeText, type MatchRule } from './matcher';
import type { Cond, Node, Reply, Route, Scenario, SayVariant } from './model';
import { VIOLATIONS, type ViolationKind } from './vocabulary';
import { sanitizeLine } from './sanitize';
import type { Text } from './text';

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

function pickLine(say: readonly SayVariant[], state: Pick<RunState, 'stats' | 'turn' | 'violations'>): number {
  const i = say.findIndex((v) => holds(v.if, state));
  return i === -1 ? say.length - 1 : i;
}

function requireNode(scenario: Scenario, id: string): Node {
  const node = scenario.nodes.get(id);
  if (!node) throw new Error(`scenario ${scenario.id} has no node "${id}"`);
  return node;
}

export function startRun(scenario: Scenario, options: RunOptions): RunState {
  const stats = Object.fromEntries(scenario.stats.map((s) => [s.name, clamp(s.start, s.min, s.max)]));
  const base = { stats, turn: 0, violations: [] as ViolationRecord[] };
  const start = requireNode(scenario, scenario.start);
  return {
    scenario: scenario.id,
    lang: options.lang,
    mode: options.mode,
    node: start.id,
    line: pickLine(start.say, base),
    ...base,
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
  const node = currentNode(scenario, state);
  return node ? node.replies.filter((r) => holds(r.if, state)) : [];
}

/** The index of the first route that holds (the last route has no `if`). */
export function pickRoute(routes: readonly Route[], state: Pick<RunState, 'stats' | 'turn' | 'violations'>): number {
  const i = routes.findIndex((r) => holds(r.if, state));
  return i === -1 ? routes.length - 1 : i;
}

/** The conduct fault a reply commits: its `violation`, or a tactic that is itself a fault. */
export function replyViolation(reply: Reply): ViolationKind | undefined {
  if (reply.violation) return reply.violation;
  return (VIOLATIONS as readonly string[]).includes(reply.tactic ?? '') ? (reply.tactic as ViolationKind) : undefined;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

interface Played {
  input: TurnInput;
  reply: Reply | null;
  match?: MatchRule;
  textViolations: readonly { kind: ViolationKind; phrase: string }[];
}

function play(scenario: Scenario, state: RunState, node: Node, p: Played): TurnResult {
  const turn = state.turn + 1;
  const rawEffects = p.reply ? p.reply.effects : node.fallback.effects;
  const stats: Record<string, number> = { ...state.stats };
  const effects: Record<string, number> = {};
  for (const def of scenario.stats) {
    if (!Object.hasOwn(rawEffects, def.name)) continue;
    const before = stats[def.name]!;
    stats[def.name] = clamp(before + rawEffects[def.name]!, def.min, def.max);
    effects[def.name] = stats[def.name]! - before;
  }

  const violations: ViolationRecord[] = [];
  const own = p.reply ? replyViolation(p.reply) : undefined;
  if (own) violations.push({ turn, kind: own, source: 'reply' });
  for (const v of p.textViolations) {
    if (!violations.some((x) => x.kind === v.kind)) violations.push({ turn, kind: v.kind, source: 'text', phrase: v.phrase });
  }

  const after = { stats, turn, violations: [...state.violations, ...violations] };
  let route: TurnRecord['route'];
  const trigger = scenario.triggers.findIndex((t) => holds(t.if, after));
  if (trigger !== -1) {
    route = { goto: scenario.triggers[trigger]!.goto, via: 'trigger', index: trigger };
  } else if (p.reply) {
    const i = pickRoute(p.reply.next, after);
    route = { goto: p.reply.next[i]!.goto, via: 'route', index: i };
  } else if (node.fallback.next) {
    const i = pickRoute(node.fallback.next, after);
    route = { goto: node.fallback.next[i]!.goto, via: 'fallback', index: i };
  } else {
    route = { goto: node.id, via: 'fallback', index: -1 };
  }

  const ending = scenario.endings.has(route.goto) ? route.goto : null;
  const nextNode = ending === null ? requireNode(scenario, route.goto) : null;
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
    ...after,
    node: nextNode ? nextNode.id : null,
    line: nextNode ? pickLine(nextNode.say, after) : 0,
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
  if (!holds(reply.if, state)) throw new RunError('not-offered', `reply "${replyId}" is not offered at node "${node.id}" now`);
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
