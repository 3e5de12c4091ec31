// Reachability warnings, on the graph of where each node can lead (replies' targets and the
// free-text fallback, which stays at the node unless it has a `next`). Conditions are ignored:
// a route counts whatever the stats. Trigger targets are reachable from any reply.
import type { Locator } from './locate';
import { at, type Reporter } from './report';

export interface Graph {
  readonly start: string;
  readonly nodes: readonly string[];
  readonly endings: readonly string[];
  /** node id → every id it can lead to. */
  readonly edges: ReadonlyMap<string, readonly string[]>;
  readonly triggerGotos: readonly string[];
}

function closure(from: Iterable<string>, next: (id: string) => readonly string[] | undefined): Set<string> {
  const seen = new Set<string>(from);
  const todo = [...seen];
  while (todo.length > 0) {
    for (const t of next(todo.pop()!) ?? []) {
      if (!seen.has(t)) { seen.add(t); todo.push(t); }
    }
  }
  return seen;
}

export function checkReachability(g: Graph, loc: Locator, r: Reporter): void {
  const reached = closure([g.start, ...g.triggerGotos], (id) => g.edges.get(id));
  const nodeSet = new Set(g.nodes);
  for (const id of g.nodes) {
    if (!reached.has(id)) r.add('unreachable', loc.key(['nodes', id]), at(['nodes', id], 'no path from start reaches this node'), `no reply, route or fallback leads to ${id}`);
  }
  for (const id of g.endings) {
    if (!reached.has(id) && !nodeSet.has(id)) r.add('unreachable', loc.key(['endings', id]), at(['endings', id], 'no path from start reaches this ending'), `no reply, route, fallback or trigger leads to ${id}`);
  }
  // Which nodes can reach an ending without a trigger: walk the edges backwards from the endings.
  const back = new Map<string, string[]>();
  for (const [from, tos] of g.edges) {
    for (const to of tos) {
      const list = back.get(to);
      if (list) list.push(from); else back.set(to, [from]);
    }
  }
  const canEnd = closure(g.endings, (id) => back.get(id));
  for (const id of g.nodes) {
    if (!reached.has(id) || canEnd.has(id)) continue;
    r.add('dead-end', loc.key(['nodes', id]), at(['nodes', id], `no path of replies from here leads to an ending${g.triggerGotos.length > 0 ? ' (only a trigger could end the call)' : ''}`),
      'give one of its replies (or a node after it) a next that leads to an ending');
  }
}
