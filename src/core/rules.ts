// The game rules in compiled form: one step function that both the engine (one turn at a time,
// building TurnRecords) and the explorer (millions of states, no records) run, so the two can
// never disagree. A run's "vitals" are a vector of numbers:
//
//   [ stat 0, …, stat k-1, turn, violations, penalty ]
//
// conditions are closures reading that vector, effects are (slot, delta) pairs, and targets are
// indices: 0 … nodes-1 are nodes, nodes … nodes+endings-1 are endings.
import { compileCondition, comparedConstants, type CompiledCondition, type CondAst } from './condition';
import type { Ending, Node, Reply, Route, Scenario, StatDef } from './model';
import { VIOLATIONS, type ViolationKind } from './schema';
import { violationPenalty } from './score';

export interface CompiledRoute {
  readonly if: CompiledCondition | null;
  readonly target: number;
}

export interface CompiledEffects {
  /** Stat slots (in the scenario's stat order) and the deltas applied to them. */
  readonly slots: readonly number[];
  readonly deltas: readonly number[];
}

export interface CompiledReply {
  readonly reply: Reply;
  readonly offered: CompiledCondition | null;
  readonly effects: CompiledEffects;
  /** The fault the reply itself commits ([] or one kind). */
  readonly kinds: readonly ViolationKind[];
  readonly routes: readonly CompiledRoute[];
}

export interface CompiledNode {
  readonly node: Node;
  readonly index: number;
  readonly replies: readonly CompiledReply[];
  /** The say variants' conditions, in order (null: no `if`). */
  readonly say: readonly (CompiledCondition | null)[];
  readonly fallbackEffects: CompiledEffects;
  /** null: an unmatched answer keeps the call at this node. */
  readonly fallbackRoutes: readonly CompiledRoute[] | null;
}

export interface Saturation {
  readonly turn: number;
  readonly violations: number;
  readonly penalty: number;
}

export interface Rules {
  readonly scenario: Scenario;
  readonly stats: readonly StatDef[];
  /** Vector slots of turn, violations and penalty; the vector has `width` numbers. */
  readonly TURN: number;
  readonly VIOLATIONS: number;
  readonly PENALTY: number;
  readonly width: number;
  readonly min: readonly number[];
  readonly max: readonly number[];
  readonly nodes: readonly CompiledNode[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly endings: readonly Ending[];
  /** Node ids, then ending ids: the id of every target index. */
  readonly targetIds: readonly string[];
  readonly triggers: readonly CompiledRoute[];
  /**
   * Values at which turn, violations and penalty stop counting. The engine counts exactly
   * (Infinity); the explorer stops where no condition and no score can tell larger values apart.
   */
  readonly saturation: Saturation;
}

/** Where step() writes the destination, after the `width` vitals. */
export const OUT_TARGET = 0;
export const OUT_VIA = 1;
export const OUT_INDEX = 2;
/** step()'s `via`: a reply route, a trigger, or the free-text fallback. */
export const VIA_ROUTE = 0;
export const VIA_TRIGGER = 1;
export const VIA_FALLBACK = 2;

/** The conduct fault a reply commits: its `violation`, or a tactic that is itself a fault. */
export function replyViolation(reply: Reply): ViolationKind | undefined {
  if (reply.violation) return reply.violation;
  return (VIOLATIONS as readonly string[]).includes(reply.tactic ?? '') ? (reply.tactic as ViolationKind) : undefined;
}

/** Every condition in the scenario (replies, routes, say variants, triggers, fallbacks). */
export function allConditions(scenario: Scenario): CondAst[] {
  const out: CondAst[] = [];
  const routes = (rs: readonly Route[] | undefined) => { for (const r of rs ?? []) if (r.if) out.push(r.if.ast); };
  for (const node of scenario.nodes.values()) {
    for (const v of node.say) if (v.if) out.push(v.if.ast);
    for (const r of node.replies) { if (r.if) out.push(r.if.ast); routes(r.next); }
    routes(node.fallback.next);
  }
  for (const t of scenario.triggers) out.push(t.if.ast);
  return out;
}

/**
 * The smallest values of turn and violations beyond which no condition can tell two values
 * apart: one more than the largest constant they are compared with (0 when never compared).
 * Penalty saturates at 100: from there the raw score is 0 whatever else happens.
 */
export function saturationFor(scenario: Scenario): Saturation {
  const constants = new Map<string, number[]>();
  for (const ast of allConditions(scenario)) comparedConstants(ast, constants);
  const cap = (name: string) => Math.max(0, ...(constants.get(name) ?? [-1]).map((c) => c + 1));
  return { turn: cap('turn'), violations: cap('violations'), penalty: 100 };
}

const EXACT: Saturation = { turn: Infinity, violations: Infinity, penalty: Infinity };

export function compileRules(scenario: Scenario, saturation: Saturation = EXACT): Rules {
  const stats = scenario.stats;
  const k = stats.length;
  const TURN = k;
  const VIOL = k + 1;
  const statSlot = new Map(stats.map((s, i) => [s.name, i]));
  // turn and violations win over a stat of the same name, as in engine.conditionEnv.
  const slot = (name: string) => (name === 'turn' ? TURN : name === 'violations' ? VIOL : statSlot.get(name) ?? -1);
  const cond = (c: { ast: CondAst } | undefined) => (c ? compileCondition(c.ast, slot) : null);
  const nodeIds = [...scenario.nodes.keys()];
  const endings = [...scenario.endings.values()];
  const targetIds = [...nodeIds, ...endings.map((e) => e.id)];
  const targetIndex = new Map(targetIds.map((id, i) => [id, i]));
  const target = (id: string) => {
    const i = targetIndex.get(id);
    if (i === undefined) throw new Error(`scenario ${scenario.id} has no node or ending "${id}"`);
    return i;
  };
  const routes = (rs: readonly Route[]) => rs.map((r) => ({ if: cond(r.if), target: target(r.goto) }));
  const effects = (e: Readonly<Record<string, number>>): CompiledEffects => {
    const slots: number[] = [];
    const deltas: number[] = [];
    stats.forEach((def, i) => { if (Object.hasOwn(e, def.name)) { slots.push(i); deltas.push(e[def.name]!); } });
    return { slots, deltas };
  };
  const nodes = nodeIds.map((id, index): CompiledNode => {
    const node = scenario.nodes.get(id)!;
    return {
      node,
      index,
      replies: node.replies.map((reply) => {
        const own = replyViolation(reply);
        return { reply, offered: cond(reply.if), effects: effects(reply.effects), kinds: own ? [own] : [], routes: routes(reply.next) };
      }),
      say: node.say.map((v) => cond(v.if)),
      fallbackEffects: effects(node.fallback.effects),
      fallbackRoutes: node.fallback.next ? routes(node.fallback.next) : null,
    };
  });
  return {
    scenario,
    stats,
    TURN,
    VIOLATIONS: VIOL,
    PENALTY: k + 2,
    width: k + 3,
    min: stats.map((s) => s.min),
    max: stats.map((s) => s.max),
    nodes,
    nodeIndex: new Map(nodeIds.map((id, i) => [id, i])),
    endings,
    targetIds,
    triggers: scenario.triggers.map((t) => ({ if: cond(t.if), target: target(t.goto) })),
    saturation,
  };
}

const exactRules = new WeakMap<Scenario, Rules>();

/** The engine's rules for a scenario (exact counting), compiled once per scenario. */
export function rulesFor(scenario: Scenario): Rules {
  let rules = exactRules.get(scenario);
  if (!rules) { rules = compileRules(scenario); exactRules.set(scenario, rules); }
  return rules;
}

/** The vitals at the start of a call. */
export function startVitals(rules: Rules): number[] {
  return [...rules.stats.map((s) => Math.min(s.max, Math.max(s.min, s.start))), 0, 0, 0];
}

export function isOffered(reply: CompiledReply, v: ArrayLike<number>, o: number): boolean {
  return reply.offered === null || reply.offered(v, o);
}

/** The say variant shown on arrival at a node: the first whose `if` holds, else the last. */
export function pickLine(node: CompiledNode, v: ArrayLike<number>, o: number): number {
  for (let i = 0; i < node.say.length; i++) {
    const c = node.say[i]!;
    if (c === null || c(v, o)) return i;
  }
  return node.say.length - 1;
}

/** The first route that holds (the last route has no `if`, so one always does). */
export function pickRoute(routes: readonly CompiledRoute[], v: ArrayLike<number>, o: number): number {
  for (let i = 0; i < routes.length; i++) {
    const c = routes[i]!.if;
    if (c === null || c(v, o)) return i;
  }
  return routes.length - 1;
}

/**
 * One turn: the reply's effects (or the fallback's, when `reply` is null) clamped to each stat's
 * range, turn + 1, the turn's violations counted, then the first trigger that holds, else the
 * first route that holds. Reads the vitals at `from[fo…]`; writes the new vitals to `to[to…]`
 * followed by the target, the via (VIA_*) and the route or trigger index (-1: fallback stays).
 */
export function step(
  rules: Rules, node: CompiledNode, reply: CompiledReply | null, kinds: readonly ViolationKind[],
  from: ArrayLike<number>, fo: number, to: { [i: number]: number }, too: number,
): void {
  const { TURN, VIOLATIONS: VIOL, PENALTY, width, saturation } = rules;
  for (let i = 0; i < width; i++) to[too + i] = from[fo + i]!;
  const fx = reply ? reply.effects : node.fallbackEffects;
  for (let j = 0; j < fx.slots.length; j++) {
    const s = fx.slots[j]!;
    to[too + s] = Math.min(rules.max[s]!, Math.max(rules.min[s]!, from[fo + s]! + fx.deltas[j]!));
  }
  to[too + TURN] = Math.min(saturation.turn, from[fo + TURN]! + 1);
  if (kinds.length > 0) {
    let penalty = 0;
    for (const kind of kinds) penalty += violationPenalty(kind);
    to[too + VIOL] = Math.min(saturation.violations, from[fo + VIOL]! + kinds.length);
    to[too + PENALTY] = Math.min(saturation.penalty, from[fo + PENALTY]! + penalty);
  }
  const out = too + width;
  for (let t = 0; t < rules.triggers.length; t++) {
    const trigger = rules.triggers[t]!;
    if (trigger.if === null || trigger.if(to as ArrayLike<number>, too)) {
      to[out + OUT_TARGET] = trigger.target; to[out + OUT_VIA] = VIA_TRIGGER; to[out + OUT_INDEX] = t;
      return;
    }
  }
  const routes = reply ? reply.routes : node.fallbackRoutes;
  if (routes === null) {
    to[out + OUT_TARGET] = node.index; to[out + OUT_VIA] = VIA_FALLBACK; to[out + OUT_INDEX] = -1;
    return;
  }
  const i = pickRoute(routes, to as ArrayLike<number>, too);
  to[out + OUT_TARGET] = routes[i]!.target;
  to[out + OUT_VIA] = reply ? VIA_ROUTE : VIA_FALLBACK;
  to[out + OUT_INDEX] = i;
}
