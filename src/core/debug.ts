// What the debug panel shows, computed with the engine's own rules so the panel can never
// disagree with the game: every condition on the current node with its truth value now, and for
// each reply where it would lead (its routes and the triggers are read after the reply's
// effects, exactly as a turn reads them). Pure data; the screen only renders it.
import { evaluate, type Env } from './condition';
import { conditionEnv, type RunState } from './engine';
import type { Cond, Route, Scenario } from './model';
import { OUT_INDEX, OUT_TARGET, OUT_VIA, replyViolation, rulesFor, step, VIA_TRIGGER, type Rules } from './rules';
import type { ViolationKind } from './vocabulary';

export interface CondTruth {
  /** The condition as written in the file. */
  readonly source: string;
  readonly holds: boolean;
}

export interface RouteDebug {
  readonly goto: string;
  readonly ending: boolean;
  /** Absent: the route has no `if` (the otherwise route). */
  readonly if?: CondTruth;
  /** The route this reply would take (a trigger may still end the call first). */
  readonly taken: boolean;
}

export interface Projection {
  /** Where the call would go: a node or ending id. */
  readonly goto: string;
  readonly via: 'route' | 'trigger' | 'stay';
  /** For via 'trigger': its index in the scenario's triggers. */
  readonly trigger?: number;
  /** Stats after the effects (clamped), as the routes and triggers read them. */
  readonly stats: Readonly<Record<string, number>>;
}

export interface ReplyDebug {
  readonly id: string;
  /** Its number on screen when offered (1-based), else null. */
  readonly number: number | null;
  readonly offered: boolean;
  readonly if?: CondTruth;
  readonly violation?: ViolationKind;
  readonly effects: Readonly<Record<string, number>>;
  readonly routes: readonly RouteDebug[];
  readonly projection: Projection;
}

export interface StatDebug {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
}

export interface DebugView {
  /** Null once the call has ended. */
  readonly node: string | null;
  readonly ending: string | null;
  readonly turn: number;
  readonly violations: number;
  readonly stats: readonly StatDebug[];
  /** The say variants' conditions; `shown` marks the line on screen. */
  readonly say: readonly { readonly if?: CondTruth; readonly shown: boolean }[];
  readonly replies: readonly ReplyDebug[];
  /** An answer that maps onto no reply: its routes (empty: the call stays) and outcome. */
  readonly fallback: { readonly effects: Readonly<Record<string, number>>; readonly routes: readonly RouteDebug[]; readonly projection: Projection } | null;
  /** The triggers, each with its truth now (they are checked after every reply). */
  readonly triggers: readonly { readonly if: CondTruth; readonly goto: string }[];
  /** How the last turn left its node (route, trigger or fallback), when there was one. */
  readonly last: { readonly node: string; readonly goto: string; readonly via: 'route' | 'trigger' | 'fallback'; readonly index: number } | null;
}

const truth = (c: Cond, env: Env): CondTruth => ({ source: c.source, holds: evaluate(c.ast, env) });

function vitals(rules: Rules, state: Pick<RunState, 'stats' | 'turn' | 'violations'>): number[] {
  const v = rules.stats.map((s) => state.stats[s.name] ?? s.start);
  v.push(state.turn, state.violations.length, 0);
  return v;
}

/** The env the routes and triggers see after a turn: stats from the step's output vector. */
function envOf(rules: Rules, after: readonly number[]): Env {
  return (name) => {
    if (name === 'turn') return after[rules.TURN]!;
    if (name === 'violations') return after[rules.VIOLATIONS]!;
    const i = rules.stats.findIndex((s) => s.name === name);
    return i < 0 ? 0 : after[i]!;
  };
}

function routesDebug(scenario: Scenario, routes: readonly Route[], env: Env, takenIndex: number): RouteDebug[] {
  return routes.map((r, i) => ({
    goto: r.goto,
    ending: scenario.endings.has(r.goto),
    ...(r.if && { if: truth(r.if, env) }),
    taken: i === takenIndex,
  }));
}

export function debugView(scenario: Scenario, state: RunState): DebugView {
  const rules = rulesFor(scenario);
  const now = conditionEnv(state);
  const stats = scenario.stats.map((s) => ({ name: s.name, value: state.stats[s.name] ?? s.start, min: s.min, max: s.max }));
  const triggers = scenario.triggers.map((t) => ({ if: truth(t.if, now), goto: t.goto }));
  const lastTurn = state.turns[state.turns.length - 1];
  const last = lastTurn ? { node: lastTurn.node, ...lastTurn.route } : null;
  const common = { ending: state.ending, turn: state.turn, violations: state.violations.length, stats, triggers, last };
  const index = state.node === null ? undefined : rules.nodeIndex.get(state.node);
  if (state.node === null || index === undefined) return { node: state.node, ...common, say: [], replies: [], fallback: null };

  const compiled = rules.nodes[index]!;
  const node = compiled.node;
  const before = vitals(rules, state);
  const project = (reply: (typeof compiled.replies)[number] | null) => {
    const after: number[] = [];
    step(rules, compiled, reply, reply ? reply.kinds : [], before, 0, after, 0);
    const out = rules.width;
    const via = after[out + OUT_VIA]!;
    const index = after[out + OUT_INDEX]!;
    const projection: Projection = {
      goto: rules.targetIds[after[out + OUT_TARGET]!]!,
      via: via === VIA_TRIGGER ? 'trigger' : index < 0 ? 'stay' : 'route',
      ...(via === VIA_TRIGGER && { trigger: index }),
      stats: Object.fromEntries(rules.stats.map((s, i) => [s.name, after[i]!])),
    };
    // Routes are checked only when no trigger fired; a trigger makes none of them taken.
    return { env: envOf(rules, after), projection, routeIndex: via === VIA_TRIGGER ? -1 : index };
  };

  let number = 0;
  const replies = node.replies.map((reply, i): ReplyDebug => {
    const offered = reply.if === undefined || evaluate(reply.if.ast, now);
    const p = project(compiled.replies[i]!);
    const violation = replyViolation(reply);
    return {
      id: reply.id,
      number: offered ? ++number : null,
      offered,
      ...(reply.if && { if: truth(reply.if, now) }),
      ...(violation && { violation }),
      effects: reply.effects,
      routes: routesDebug(scenario, reply.next, p.env, p.routeIndex),
      projection: p.projection,
    };
  });
  const fp = project(null);
  const fallback = { effects: node.fallback.effects, routes: routesDebug(scenario, node.fallback.next ?? [], fp.env, fp.routeIndex), projection: fp.projection };
  const say = node.say.map((v, i) => ({ ...(v.if && { if: truth(v.if, now) }), shown: i === state.line }));
  return { node: node.id, ...common, say, replies, fallback, triggers };
}
