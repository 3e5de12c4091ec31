// The explorer: every way a scenario can go with reply choices (typed answers aside), from an
// exhaustive search of its states (state-space.ts), analysed over the components of the state
// graph (scc.ts).
//
// Paths are sequences of reply ids from the start to an ending. Counting runs over the state
// graph with every cycle contracted to one point: two paths that differ only in how often they
// go round a loop of equal states count once, so counts stay finite; an ending reachable through
// such a loop really has infinitely many paths and says so (`paths: "infinite"`). The success
// share is the success endings' part of all ending paths, counted that way.
import { formatCondition } from './condition';
import type { Outcome } from './schema';
import { gradeOf, scoreFrom, type Grade } from './score';
import { components } from './scc';
import {
  DEFAULT_MAX_STATES, nodeOf, pathThroughStep, pathTo, searchStates, vitalsAt, type StateSpace,
} from './state-space';
import type { Scenario } from './model';

export { DEFAULT_MAX_STATES };

/** An exact count, "infinite", or an estimate such as "≈1.2e45" once counts pass 2^53. */
export type PathCount = number | 'infinite' | `≈${string}`;

export interface EndingReport {
  readonly id: string;
  readonly outcome: Outcome;
  readonly reachable: boolean;
  readonly paths: PathCount;
  /** This ending's part of all ending paths (0..1). */
  readonly share: number;
  readonly minScore: number | null;
  readonly maxScore: number | null;
  readonly shortestPath: string[] | null;
}

export interface TrapReport {
  readonly node: string;
  /** stuck: no reply is offered; loop: the call can go on forever but never end. */
  readonly kind: 'stuck' | 'loop';
  /** Reply ids from the start to the first state of the trap. */
  readonly path: string[];
  readonly stats: Record<string, number>;
}

export interface NodeReport {
  readonly id: string;
  /** Distinct states seen at this node. */
  readonly states: number;
  /** Replies given on arrival: fewest and most (null: no limit, a loop comes before). */
  readonly turns: readonly [number, number | null];
  /** Each stat's lowest and highest value on arrival. */
  readonly stats: Record<string, readonly [number, number]>;
}

export interface ExploreReport {
  readonly scenario: string;
  readonly exhaustive: boolean;
  readonly states: number;
  readonly maxStates: number;
  /** Reply choices followed (edges of the state graph, including steps into endings). */
  readonly transitions: number;
  /** Share of ending paths that end in success (0..1); null when no ending is reached. */
  readonly successShare: number | null;
  /** True when some ending has infinitely many paths (a loop that can be left). */
  readonly loops: boolean;
  readonly endings: EndingReport[];
  readonly best: { readonly ending: string; readonly score: number; readonly grade: Grade; readonly path: string[] } | null;
  readonly neverReached: string[];
  readonly neverOffered: { readonly node: string; readonly reply: string; readonly if: string | null }[];
  readonly unusedVariants: { readonly node: string; readonly variant: number; readonly if: string | null }[];
  readonly routesNeverTaken: { readonly node: string; readonly reply: string; readonly route: number; readonly goto: string; readonly if: string | null }[];
  readonly triggersNeverFired: { readonly trigger: number; readonly if: string; readonly goto: string }[];
  readonly traps: TrapReport[];
  readonly nodes: NodeReport[];
}

export interface ExploreOptions {
  readonly maxStates?: number;
}

const log2sum = (a: number, b: number): number => {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const hi = Math.max(a, b);
  return hi + Math.log2(1 + 2 ** (Math.min(a, b) - hi));
};

/**
 * Path counts, kept exact while they fit in a double's integers and as log2 beyond (counts grow
 * exponentially with the length of a scenario: 3 replies over 500 turns is far past 2^1024).
 */
class Counts {
  readonly exact: Float64Array;
  readonly log2: Float64Array;
  /** 1 once the count is too big to be exact: `log2` holds it. */
  readonly big: Uint8Array;

  constructor(size: number) {
    this.exact = new Float64Array(size);
    this.log2 = new Float64Array(size);
    this.big = new Uint8Array(size);
  }

  log2Of(i: number): number {
    return this.big[i] ? this.log2[i]! : Math.log2(this.exact[i]!);
  }

  /** this[i] += from[j] */
  add(i: number, from: Counts, j: number): void {
    if (!this.big[i] && !from.big[j]) {
      const sum = this.exact[i]! + from.exact[j]!;
      if (sum <= Number.MAX_SAFE_INTEGER) { this.exact[i] = sum; return; }
    }
    this.log2[i] = log2sum(this.log2Of(i), from.log2Of(j));
    this.big[i] = 1;
  }

  format(i: number, infinite: boolean): PathCount {
    if (infinite) return 'infinite';
    if (!this.big[i]) return this.exact[i]!;
    const log10 = this.log2[i]! * Math.LOG10E * Math.LN2;
    const exp = Math.floor(log10);
    return `≈${(10 ** (log10 - exp)).toFixed(1)}e${exp}`;
  }
}

const condText = (c: { ast: Parameters<typeof formatCondition>[0] } | undefined | null) => (c ? formatCondition(c.ast) : null);

export function explore(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const space = searchStates(scenario, maxStates);
  const { rules } = space;
  const n = space.count;
  const cc = components(n, space.edgeStart, space.edgeTo);
  const { comp, members, first, cyclic } = cc;
  const C = cc.count;
  const E = rules.endings.length;

  // Backwards (successors first): which components can still reach an ending (an unexpanded
  // state might: it counts as yes, so only certain traps are reported), and which reach a cycle.
  const canEnd = new Uint8Array(C);
  const reachesCycle = new Uint8Array(C);
  for (let c = 0; c < C; c++) {
    let can = 0;
    let cyc = cyclic[c]!;
    for (let m = first[c]!; m < first[c + 1]!; m++) {
      const v = members[m]!;
      if (v >= space.expanded) can = 1;
      for (let e = space.edgeStart[v]!; e < space.edgeStart[v + 1]!; e++) {
        const w = space.edgeTo[e]!;
        if (w < 0) { can = 1; continue; }
        const cw = comp[w]!;
        if (cw === c) continue;
        if (canEnd[cw]) can = 1;
        if (reachesCycle[cw]) cyc = 1;
      }
    }
    canEnd[c] = can;
    reachesCycle[c] = cyc;
  }

  // Forwards (topological order): path counts (exact while they fit, and as log2), whether a
  // cycle comes before, and the most replies that can lead here.
  const counts = new Counts(C);
  const infinite = new Uint8Array(C);
  const maxTurn = new Float64Array(C).fill(-Infinity);
  const c0 = comp[0]!;
  counts.exact[c0] = 1; maxTurn[c0] = 0;
  const endCounts = new Counts(E);
  const endInfinite = new Uint8Array(E);
  const minScore = new Float64Array(E).fill(Infinity);
  const { width } = rules;
  let at = 0;
  const statSlot = new Map(rules.stats.map((s, i) => [s.name, i]));
  const stat = (name: string) => { const i = statSlot.get(name); return i === undefined ? undefined : space.endVitals[at + i]; };
  for (let c = C - 1; c >= 0; c--) {
    if (cyclic[c]) { infinite[c] = 1; maxTurn[c] = Infinity; }
    for (let m = first[c]!; m < first[c + 1]!; m++) {
      const v = members[m]!;
      for (let e = space.edgeStart[v]!; e < space.edgeStart[v + 1]!; e++) {
        const w = space.edgeTo[e]!;
        if (w >= 0) {
          const cw = comp[w]!;
          if (cw === c) continue;
          counts.add(cw, counts, c);
          if (infinite[c]) infinite[cw] = 1;
          if (maxTurn[c]! + 1 > maxTurn[cw]!) maxTurn[cw] = maxTurn[c]! + 1;
          continue;
        }
        const id = -1 - w;
        const end = space.endEnding[id]!;
        endCounts.add(end, counts, c);
        if (infinite[c]) endInfinite[end] = 1;
        at = id * width;
        const score = scoreFrom(scenario, {
          outcome: rules.endings[end]!.outcome, stat, turn: maxTurn[c]! + 1,
          penalty: space.endVitals[at + rules.PENALTY]!, violated: space.endVitals[at + rules.PENALTY]! > 0,
        }).total;
        if (score < minScore[end]!) minScore[end] = score;
      }
    }
  }

  // Shares from exact counts when they all are, else from their logarithms.
  let allLog2 = -Infinity;
  let allExact = 0;
  for (let e = 0; e < E; e++) { allLog2 = log2sum(allLog2, endCounts.log2Of(e)); allExact += endCounts.exact[e]!; }
  const exactShares = !endCounts.big.includes(1) && allExact <= Number.MAX_SAFE_INTEGER;
  const shareOf = (e: number) => (exactShares ? endCounts.exact[e]! / allExact : 2 ** (endCounts.log2Of(e) - allLog2));
  const endings: EndingReport[] = rules.endings.map((ending, e) => {
    const reachable = space.shortestStep[e]! >= 0;
    return {
      id: ending.id,
      outcome: ending.outcome,
      reachable,
      paths: reachable ? endCounts.format(e, endInfinite[e] === 1) : 0,
      share: reachable ? shareOf(e) : 0,
      minScore: reachable ? minScore[e]! : null,
      maxScore: reachable ? space.bestScore[e]! : null,
      shortestPath: reachable ? pathThroughStep(space, space.shortestStep[e]!) : null,
    };
  });
  const anyReached = endings.some((e) => e.reachable);
  let successLog2 = -Infinity;
  let successExact = 0;
  rules.endings.forEach((ending, e) => {
    if (ending.outcome !== 'success') return;
    successLog2 = log2sum(successLog2, endCounts.log2Of(e));
    successExact += endCounts.exact[e]!;
  });
  const successShare = !anyReached ? null : exactShares ? successExact / allExact : 2 ** (successLog2 - allLog2);

  let best: ExploreReport['best'] = null;
  let bestLength = Infinity;
  for (let e = 0; e < E; e++) {
    const id = space.bestStep[e]!;
    if (id < 0) continue;
    const score = space.bestScore[e]!;
    const length = space.depth[space.endSrc[id]!]! + 1;
    if (!best || score > best.score || (score === best.score && length < bestLength)) {
      best = { ending: rules.endings[e]!.id, score, grade: gradeOf(score), path: pathThroughStep(space, id) };
      bestLength = length;
    }
  }

  return {
    scenario: scenario.id,
    exhaustive: space.exhaustive,
    states: n,
    maxStates,
    transitions: space.edgeTo.length,
    successShare,
    loops: endInfinite.some((x) => x === 1),
    endings,
    best,
    ...coverage(space),
    traps: traps(space, comp, canEnd, reachesCycle),
    nodes: nodeReports(space, comp, maxTurn),
  };
}

function coverage(space: StateSpace): Pick<ExploreReport, 'neverReached' | 'neverOffered' | 'unusedVariants' | 'routesNeverTaken' | 'triggersNeverFired'> {
  const { rules, index } = space;
  const report: ReturnType<typeof coverage> = { neverReached: [], neverOffered: [], unusedVariants: [], routesNeverTaken: [], triggersNeverFired: [] };
  // Replies are only judged at nodes where some state was expanded (a budget cut can leave
  // a node reached but never looked at).
  const expanded = new Uint8Array(rules.nodes.length);
  for (let s = 0; s < space.expanded; s++) expanded[nodeOf(space, s)] = 1;
  for (const node of rules.nodes) {
    const id = node.node.id;
    if (!space.nodeReached[node.index]) { report.neverReached.push(id); continue; }
    node.node.say.forEach((v, i) => {
      if (!space.variantUsed[index.variantBase[node.index]! + i]) report.unusedVariants.push({ node: id, variant: i + 1, if: condText(v.if) });
    });
    if (!expanded[node.index]) continue;
    node.replies.forEach((r, i) => {
      const g = index.replyBase[node.index]! + i;
      if (!space.replyOffered[g]) { report.neverOffered.push({ node: id, reply: r.reply.id, if: condText(r.reply.if) }); return; }
      r.reply.next.forEach((route, j) => {
        if (!space.routeTaken[index.routeBase[g]! + j]) {
          report.routesNeverTaken.push({ node: id, reply: r.reply.id, route: j + 1, goto: route.goto, if: condText(route.if) });
        }
      });
    });
  }
  rules.scenario.triggers.forEach((t, i) => {
    if (!space.triggerFired[i]) report.triggersNeverFired.push({ trigger: i + 1, if: formatCondition(t.if.ast), goto: t.goto });
  });
  return report;
}

function statsAt(space: StateSpace, s: number): Record<string, number> {
  const v = vitalsAt(space, s);
  return Object.fromEntries(space.rules.stats.map((def, i) => [def.name, v[i]!]));
}

/** The first state (fewest replies) of each trap, one per node and kind. */
function traps(space: StateSpace, comp: Int32Array, canEnd: Uint8Array, reachesCycle: Uint8Array): TrapReport[] {
  const found: { s: number; kind: TrapReport['kind'] }[] = [];
  const seen = new Set<string>();
  const add = (s: number, kind: TrapReport['kind']) => {
    const key = `${kind}:${nodeOf(space, s)}`;
    if (!seen.has(key)) { seen.add(key); found.push({ s, kind }); }
  };
  for (const s of space.stuck) add(s, 'stuck');
  for (let s = 0; s < space.count; s++) {
    const c = comp[s]!;
    if (canEnd[c] || !reachesCycle[c]) continue;
    const p = space.parent[s]!;
    if (p < 0 || canEnd[comp[p]!]) add(s, 'loop');
  }
  found.sort((a, b) => space.depth[a.s]! - space.depth[b.s]! || a.s - b.s);
  return found.map(({ s, kind }) => ({
    node: space.rules.nodes[nodeOf(space, s)]!.node.id,
    kind,
    path: pathTo(space, s),
    stats: statsAt(space, s),
  }));
}

function nodeReports(space: StateSpace, comp: Int32Array, maxTurn: Float64Array): NodeReport[] {
  const { rules } = space;
  const k = rules.stats.length;
  const fewest = new Float64Array(rules.nodes.length).fill(Infinity);
  const most = new Float64Array(rules.nodes.length).fill(-Infinity);
  for (let s = 0; s < space.count; s++) {
    const node = nodeOf(space, s);
    if (space.depth[s]! < fewest[node]!) fewest[node] = space.depth[s]!;
    const t = maxTurn[comp[s]!]!;
    if (t > most[node]!) most[node] = t;
  }
  return rules.nodes.filter((node) => space.nodeReached[node.index]).map((node) => ({
    id: node.node.id,
    states: space.statesAt[node.index]!,
    turns: [fewest[node.index]!, Number.isFinite(most[node.index]!) ? most[node.index]! : null] as const,
    stats: Object.fromEntries(rules.stats.map((def, i) => [def.name, [space.arrivalMin[node.index * k + i]!, space.arrivalMax[node.index * k + i]!] as const])),
  }));
}

export interface Finding {
  readonly code: 'unreachable-ending' | 'trap' | 'no-success';
  readonly message: string;
}

/** What makes `explore` exit 1: an ending never reached, a trap, or no success reachable. */
export function findings(report: ExploreReport): Finding[] {
  const out: Finding[] = [];
  const cut = report.exhaustive ? '' : ' within the search budget';
  for (const e of report.endings) {
    if (!e.reachable) out.push({ code: 'unreachable-ending', message: `ending "${e.id}" is never reached${cut}` });
  }
  for (const t of report.traps) {
    out.push({
      code: 'trap',
      message: t.kind === 'stuck'
        ? `at node "${t.node}" no reply is offered: the call is stuck`
        : `from node "${t.node}" the call can go on forever and never reach an ending`,
    });
  }
  if (!report.endings.some((e) => e.outcome === 'success' && e.reachable)) {
    out.push({ code: 'no-success', message: `no success ending is reachable${cut}` });
  }
  return out;
}
