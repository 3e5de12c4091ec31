// Strongly connected components (Tarjan, iterative: state graphs are far too deep to recurse).
// Graph in compressed form: the edges of vertex v are to[start[v] … start[v+1]); negative
// entries are not vertices (the explorer's steps into endings) and are skipped.

export interface Components {
  /** Component of each vertex. Components are numbered in reverse topological order: every edge
   * between two components goes from a higher number to a lower one. */
  readonly comp: Int32Array;
  readonly count: number;
  /** Vertices grouped by component: members[first[c] … first[c+1]). */
  readonly members: Int32Array;
  readonly first: Int32Array;
  /** 1 when the component holds a cycle (two or more vertices, or a vertex with an edge to itself). */
  readonly cyclic: Uint8Array;
}

export function components(n: number, start: Int32Array, to: Int32Array): Components {
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const calls = new Int32Array(n);
  const edgeAt = new Int32Array(n);
  const comp = new Int32Array(n);
  const members = new Int32Array(n);
  const firsts: number[] = [];
  const cyclicList: number[] = [];
  let sp = 0;
  let cp = 0;
  let counter = 0;
  let placed = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    calls[cp++] = root;
    order[root] = low[root] = counter++;
    stack[sp++] = root; onStack[root] = 1;
    edgeAt[root] = start[root]!;
    while (cp > 0) {
      const v = calls[cp - 1]!;
      const end = start[v + 1]!;
      let descended = false;
      while (edgeAt[v]! < end) {
        const w = to[edgeAt[v]!]!;
        edgeAt[v]!++;
        if (w < 0) continue;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w; onStack[w] = 1;
          edgeAt[w] = start[w]!;
          calls[cp++] = w;
          descended = true;
          break;
        }
        if (onStack[w] && order[w]! < low[v]!) low[v] = order[w]!;
      }
      if (descended) continue;
      cp--;
      if (low[v] === order[v]) {
        const c = firsts.length;
        firsts.push(placed);
        let size = 0;
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = c;
          members[placed++] = w;
          size++;
        } while (w !== v);
        let loop = size > 1;
        for (let e = start[v]!; !loop && e < start[v + 1]!; e++) if (to[e] === v) loop = true;
        cyclicList.push(loop ? 1 : 0);
      }
      if (cp > 0) {
        const u = calls[cp - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  firsts.push(placed);
  return { comp, count: cyclicList.length, members, first: Int32Array.from(firsts), cyclic: Uint8Array.from(cyclicList) };
}
