// Breadth-first search of a scenario's states, reply choices only (typed answers aside).
//
// A state is a node plus the vitals the future can depend on: every stat a reply changes, turn
// and violations only when some condition compares them (saturated where no condition can tell
// larger values apart), and the violation penalty (for the score; saturated at 100). Equal
// states are stored once, so loops through equal states close into cycles of the state graph.
// Breadth-first order makes each state's first parent a shortest path to it.
import { scoreFrom } from './score';
import {
  compileRules, isOffered, OUT_INDEX, OUT_TARGET, OUT_VIA, pickLine, saturationFor, startVitals, step, VIA_TRIGGER,
  type Rules,
} from './rules';
import { IntList } from './typed';

export interface StateSpace {
  readonly rules: Rules;
  /** Vector slots stored per state (the rest never change from `template`). */
  readonly active: Int32Array;
  readonly template: Int32Array;
  /** States discovered, and how many of them (the first ones) were expanded. */
  readonly count: number;
  readonly expanded: number;
  readonly exhaustive: boolean;
  /** Per state: node index then the active values (stride 1 + active.length). */
  readonly data: Int32Array;
  readonly depth: Int32Array;
  /** The state and reply index it was first reached from (-1 for the start). */
  readonly parent: Int32Array;
  readonly parentReply: Int32Array;
  /** Edges of expanded state s: edgeTo[edgeStart[s] … edgeStart[s+1]); ≥ 0 a state, < 0 -(1 + ending step). */
  readonly edgeStart: Int32Array;
  readonly edgeTo: Int32Array;
  /** Steps into an ending: source state, reply index, ending index, and the vitals after (stride width). */
  readonly endSrc: Int32Array;
  readonly endReply: Int32Array;
  readonly endEnding: Int32Array;
  readonly endVitals: Int32Array;
  /** Expanded states where no reply is offered. */
  readonly stuck: Int32Array;
  /** Coverage flags, indexed by the global numbering in `index`. */
  readonly nodeReached: Uint8Array;
  readonly replyOffered: Uint8Array;
  readonly variantUsed: Uint8Array;
  readonly routeTaken: Uint8Array;
  readonly triggerFired: Uint8Array;
  readonly index: GlobalIndex;
  /** Per node and stat (node * stats + stat): the lowest and highest value on arrival. */
  readonly arrivalMin: Int32Array;
  readonly arrivalMax: Int32Array;
  readonly statesAt: Int32Array;
  /** Per ending: the best score (first reached at the fewest replies) and the step that gets it. */
  readonly bestScore: Float64Array;
  readonly bestStep: Int32Array;
  /** Per ending: the step that reaches it in the fewest replies. */
  readonly shortestStep: Int32Array;
}

/** Where each node's replies, say variants and each reply's routes start in the flat coverage arrays. */
export interface GlobalIndex {
  readonly replyBase: Int32Array;
  readonly variantBase: Int32Array;
  /** Indexed by global reply number. */
  readonly routeBase: Int32Array;
  readonly replies: number;
  readonly variants: number;
  readonly routes: number;
}

function globalIndex(rules: Rules): GlobalIndex {
  const replyBase = new Int32Array(rules.nodes.length);
  const variantBase = new Int32Array(rules.nodes.length);
  const routeBase: number[] = [];
  let replies = 0;
  let variants = 0;
  let routes = 0;
  for (const node of rules.nodes) {
    replyBase[node.index] = replies;
    variantBase[node.index] = variants;
    replies += node.replies.length;
    variants += node.say.length;
    for (const r of node.replies) { routeBase.push(routes); routes += r.routes.length; }
  }
  return { replyBase, variantBase, routeBase: Int32Array.from(routeBase), replies, variants, routes };
}

/** Which vector slots can differ between states. */
function activeSlots(rules: Rules): number[] {
  const changed = new Set<number>();
  let violating = false;
  for (const node of rules.nodes) {
    for (const r of node.replies) {
      for (const s of r.effects.slots) changed.add(s);
      if (r.kinds.length > 0) violating = true;
    }
  }
  const slots = [...changed].sort((a, b) => a - b);
  if (rules.saturation.turn > 0) slots.push(rules.TURN);
  if (violating && rules.saturation.violations > 0) slots.push(rules.VIOLATIONS);
  if (violating) slots.push(rules.PENALTY);
  return slots;
}

export const DEFAULT_MAX_STATES = 2_000_000;

export function searchStates(scenario: Rules['scenario'], maxStates = DEFAULT_MAX_STATES): StateSpace {
  const rules = compileRules(scenario, saturationFor(scenario));
  const { width, nodes } = rules;
  const k = rules.stats.length;
  const nodeCount = nodes.length;
  const index = globalIndex(rules);
  const active = Int32Array.from(activeSlots(rules));
  const A = active.length;
  const S = 1 + A;
  const template = Int32Array.from(startVitals(rules));

  const data = new IntList(S * 1024);
  const depth = new IntList();
  const parent = new IntList();
  const parentReply = new IntList();
  const edgeStart = new IntList();
  const edgeTo = new IntList();
  const endSrc = new IntList();
  const endReply = new IntList();
  const endEnding = new IntList();
  const endVitals = new IntList();
  const stuck = new IntList(16);
  const nodeReached = new Uint8Array(nodeCount);
  const replyOffered = new Uint8Array(index.replies);
  const variantUsed = new Uint8Array(index.variants);
  const routeTaken = new Uint8Array(index.routes);
  const triggerFired = new Uint8Array(rules.triggers.length);
  const arrivalMin = new Int32Array(nodeCount * k).fill(2147483647);
  const arrivalMax = new Int32Array(nodeCount * k).fill(-2147483648);
  const statesAt = new Int32Array(nodeCount);
  const endingCount = rules.endings.length;
  const bestScore = new Float64Array(endingCount).fill(-1);
  const bestStep = new Int32Array(endingCount).fill(-1);
  const shortestStep = new Int32Array(endingCount).fill(-1);

  // Open addressing over state indices (+1; 0 = empty), grown at half load.
  let table = new Int32Array(1 << 12);
  let mask = table.length - 1;
  let count = 0;

  const hashOf = (node: number, v: ArrayLike<number>, o: number): number => {
    let h = Math.imul(node + 1, 0x9e3779b1);
    for (let a = 0; a < A; a++) h = Math.imul(h ^ v[o + active[a]!]!, 0x85ebca77) ^ (h >>> 15);
    h ^= h >>> 13;
    return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
  };
  const hashStored = (s: number): number => {
    const d = data.data;
    const base = s * S;
    let h = Math.imul(d[base]! + 1, 0x9e3779b1);
    for (let a = 0; a < A; a++) h = Math.imul(h ^ d[base + 1 + a]!, 0x85ebca77) ^ (h >>> 15);
    h ^= h >>> 13;
    return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
  };
  const growTable = () => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let s = 0; s < count; s++) {
      let slot = hashStored(s) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = s + 1;
    }
  };

  /** The table slot holding the state for (node, vitals at v[o…]), or the empty slot where it would go. */
  const slotOf = (node: number, v: ArrayLike<number>, o: number): number => {
    let slot = hashOf(node, v, o) & mask;
    const d = data.data;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) return slot;
      const base = (entry - 1) * S;
      if (d[base] === node) {
        let same = true;
        for (let a = 0; a < A; a++) if (d[base + 1 + a] !== v[o + active[a]!]) { same = false; break; }
        if (same) return slot;
      }
      slot = (slot + 1) & mask;
    }
  };

  /** The state for (node, vitals at v[o…]), added when new. */
  const intern = (node: number, v: ArrayLike<number>, o: number, from: number, reply: number): number => {
    const slot = slotOf(node, v, o);
    if (table[slot] !== 0) return table[slot]! - 1;
    const s = count++;
    table[slot] = s + 1;
    data.reserve(S);
    data.data[data.length++] = node;
    for (let a = 0; a < A; a++) data.data[data.length++] = v[o + active[a]!]!;
    depth.push(from < 0 ? 0 : depth.data[from]! + 1);
    parent.push(from);
    parentReply.push(reply);
    nodeReached[node] = 1;
    statesAt[node]!++;
    variantUsed[index.variantBase[node]! + pickLine(nodes[node]!, v, o)] = 1;
    for (let i = 0; i < k; i++) {
      const x = v[o + i]!;
      const at = node * k + i;
      if (x < arrivalMin[at]!) arrivalMin[at] = x;
      if (x > arrivalMax[at]!) arrivalMax[at] = x;
    }
    if (count * 2 > table.length) growTable();
    return s;
  };

  const startNode = rules.nodeIndex.get(scenario.start)!;
  intern(startNode, template, 0, -1, -1);

  const cur = new Int32Array(width);
  const out = new Int32Array(width + 3);
  let scored: Int32Array = out;
  const statSlot = new Map(rules.stats.map((s, i) => [s.name, i]));
  const stat = (name: string) => { const i = statSlot.get(name); return i === undefined ? undefined : scored[i]; };

  /** How many states expanding `node` at `cur` would add (at most one per reply offered). */
  const newStates = (node: (typeof nodes)[number]): number => {
    const seen: Int32Array[] = [];
    for (const reply of node.replies) {
      if (!isOffered(reply, cur, 0)) continue;
      step(rules, node, reply, reply.kinds, cur, 0, out, 0);
      const target = out[width + OUT_TARGET]!;
      if (target >= nodeCount || table[slotOf(target, out, 0)] !== 0) continue;
      const key = Int32Array.from({ length: A + 1 }, (_, a) => (a === 0 ? target : out[active[a - 1]!]!));
      if (!seen.some((k2) => k2.every((x, i) => x === key[i]))) seen.push(key);
    }
    return seen.length;
  };

  let expanded = 0;
  let exhaustive = true;
  for (let s = 0; s < count; s++) {
    const base = s * S;
    const node = nodes[data.data[base]!]!;
    cur.set(template);
    for (let a = 0; a < A; a++) cur[active[a]!] = data.data[base + 1 + a]!;
    // Stop before a state whose expansion would pass the budget; the exact count is worked out
    // only near the budget, so a scenario of exactly maxStates states is searched in full.
    if (count + node.replies.length > maxStates && count + newStates(node) > maxStates) { exhaustive = false; break; }
    edgeStart.push(edgeTo.length);
    const replyBase = index.replyBase[node.index]!;
    let offered = 0;
    for (let r = 0; r < node.replies.length; r++) {
      const reply = node.replies[r]!;
      if (!isOffered(reply, cur, 0)) continue;
      offered++;
      replyOffered[replyBase + r] = 1;
      step(rules, node, reply, reply.kinds, cur, 0, out, 0);
      const target = out[width + OUT_TARGET]!;
      if (out[width + OUT_VIA] === VIA_TRIGGER) triggerFired[out[width + OUT_INDEX]!] = 1;
      else routeTaken[index.routeBase[replyBase + r]! + out[width + OUT_INDEX]!] = 1;
      if (target < nodeCount) {
        edgeTo.push(intern(target, out, 0, s, r));
        continue;
      }
      const e = target - nodeCount;
      const id = endSrc.length;
      endSrc.push(s);
      endReply.push(r);
      endEnding.push(e);
      endVitals.reserve(width);
      for (let i = 0; i < width; i++) endVitals.data[endVitals.length++] = out[i]!;
      edgeTo.push(-1 - id);
      scored = out;
      const score = scoreFrom(scenario, {
        outcome: rules.endings[e]!.outcome, stat, turn: depth.data[s]! + 1,
        // Every violation costs points, so penalty > 0 exactly when there was one (the count
        // itself is not kept when no condition reads it).
        penalty: out[rules.PENALTY]!, violated: out[rules.PENALTY]! > 0,
      }).total;
      if (score > bestScore[e]!) { bestScore[e] = score; bestStep[e] = id; }
      if (shortestStep[e] === -1) shortestStep[e] = id;
    }
    if (offered === 0) stuck.push(s);
    expanded = s + 1;
  }
  while (edgeStart.length <= count) edgeStart.push(edgeTo.length);

  return {
    rules, active, template, count, expanded, exhaustive,
    data: data.view(), depth: depth.view(), parent: parent.view(), parentReply: parentReply.view(),
    edgeStart: edgeStart.view(), edgeTo: edgeTo.view(),
    endSrc: endSrc.view(), endReply: endReply.view(), endEnding: endEnding.view(), endVitals: endVitals.view(),
    stuck: stuck.view(), nodeReached, replyOffered, variantUsed, routeTaken, triggerFired, index,
    arrivalMin, arrivalMax, statesAt, bestScore, bestStep, shortestStep,
  };
}

/** The vitals of state s, decoded into a full vector. */
export function vitalsAt(space: StateSpace, s: number): Int32Array {
  const v = Int32Array.from(space.template);
  const S = 1 + space.active.length;
  for (let a = 0; a < space.active.length; a++) v[space.active[a]!] = space.data[s * S + 1 + a]!;
  return v;
}

export function nodeOf(space: StateSpace, s: number): number {
  return space.data[s * (1 + space.active.length)]!;
}

/** The reply ids from the start to state s (a shortest path: the search is breadth-first). */
export function pathTo(space: StateSpace, s: number): string[] {
  const ids: string[] = [];
  for (let at = s; space.parent[at]! >= 0; at = space.parent[at]!) {
    const from = space.parent[at]!;
    ids.push(space.rules.nodes[nodeOf(space, from)]!.replies[space.parentReply[at]!]!.reply.id);
  }
  return ids.reverse();
}

/** The reply ids of the path that ends with ending step `id`. */
export function pathThroughStep(space: StateSpace, id: number): string[] {
  const src = space.endSrc[id]!;
  return [...pathTo(space, src), space.rules.nodes[nodeOf(space, src)]!.replies[space.endReply[id]!]!.reply.id];
}
