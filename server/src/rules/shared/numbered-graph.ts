/**
 * Graphs of numbered nodes and edges, for searches that run once per edge (`dependency-cycle`,
 * `copy-from-own-stage`): arrays indexed by number instead of maps keyed by name, because files with many
 * dependencies make those searches one of the costliest parts of a lint. Plain arrays, not typed ones: these are
 * small and made per search, and V8 allocates a typed array of more than 64 bytes outside its heap.
 */

export interface NumberedGraph {
  /** Number of nodes. */
  size: number;
  /** Node each edge leaves and node it reaches, by edge number. */
  from: number[];
  to: number[];
  /** Outgoing edges of node n: `outEdges[outStart[n]]` up to `outEdges[outStart[n + 1]]`, in edge order. */
  outStart: number[];
  outEdges: number[];
}

/** The graph of `size` nodes whose edge e goes from `from[e]` to `to[e]`, its edges grouped by node. */
export function numberedGraph(size: number, from: number[], to: number[]): NumberedGraph {
  const outStart = filled(size + 1, 0);
  for (let e = 0; e < from.length; e++) outStart[from[e]! + 1]++;
  for (let n = 0; n < size; n++) outStart[n + 1] += outStart[n]!;
  const next = outStart.slice(0, size);
  const outEdges = filled(from.length, 0);
  for (let e = 0; e < from.length; e++) outEdges[next[from[e]!]!++] = e;
  return { size, from, to, outStart, outEdges };
}

/**
 * The strongly connected component of every node (Tarjan's algorithm, iterative so long chains cannot
 * overflow the stack). Only equality of the numbers means something.
 */
export function stronglyConnected(graph: NumberedGraph): number[] {
  const { size, to, outStart, outEdges } = graph;
  const UNSEEN = -1;
  const index = filled(size, UNSEEN);
  const low = filled(size, 0);
  const onStack = filled(size, false);
  const stack = filled(size, 0);
  let stackTop = 0;
  const component = filled(size, 0);
  // The depth-first path: each frame's node and the position of its next outgoing edge.
  const workNode = filled(size, 0);
  const workNext = filled(size, 0);
  let depth = 0;
  let counter = 0;
  let components = 0;
  const enter = (node: number): void => {
    index[node] = low[node] = counter++;
    stack[stackTop++] = node;
    onStack[node] = true;
    workNode[depth] = node;
    workNext[depth++] = outStart[node]!;
  };
  for (let root = 0; root < size; root++) {
    if (index[root] !== UNSEEN) continue;
    enter(root);
    while (depth > 0) {
      const node = workNode[depth - 1]!;
      if (workNext[depth - 1]! < outStart[node + 1]!) {
        const target = to[outEdges[workNext[depth - 1]!++]!]!;
        if (index[target] === UNSEEN) enter(target);
        else if (onStack[target]) low[node] = Math.min(low[node]!, index[target]!);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = workNode[depth - 1]!;
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack[--stackTop]!;
          onStack[member] = false;
          component[member] = components;
        } while (member !== node);
        components++;
      }
    }
  }
  return component;
}

/**
 * For every node of `start`'s component reachable from it, the edge that first reaches it breadth first
 * (edges in order): following these back from a goal gives the shortest chain of edges from `start` to it. A
 * shortest path between two nodes of one component never leaves it, so the search stays inside. A Map, not an
 * array over all nodes: a file with many small cycles searches from many starts, each in a small component.
 */
export function shortestEdges(graph: NumberedGraph, component: readonly number[], start: number): ReadonlyMap<number, number> {
  const { to, outStart, outEdges } = graph;
  const via = new Map<number, number>();
  const queue = [start];
  const own = component[start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let i = outStart[node]!; i < outStart[node + 1]!; i++) {
      const edge = outEdges[i]!;
      const target = to[edge]!;
      // `start` has no edge reaching it in its own tree.
      if (target === start || component[target] !== own || via.has(target)) continue;
      via.set(target, edge);
      queue.push(target);
    }
  }
  return via;
}

/**
 * The shortest chain of edges from `start` to `goal` (from `start`'s {@link shortestEdges}), or undefined
 * when `goal` is not reached. Empty when start is goal.
 */
export function pathBack(graph: NumberedGraph, start: number, goal: number, via: ReadonlyMap<number, number>): number[] | undefined {
  if (start === goal) return [];
  if (!via.has(goal)) return undefined;
  const chain: number[] = [];
  for (let at = goal; at !== start; at = graph.from[via.get(at)!]!) chain.push(via.get(at)!);
  return chain.reverse();
}

/**
 * Breadth-first trees ({@link shortestEdges}) for searches that run once per edge, one per start node: several edges
 * search from the same node. Each tree is dropped at the last search announced from its node (kept all, a ring of
 * thousands held a tree of the whole ring per node).
 */
export class SearchTrees {
  private readonly trees = new Map<number, ReadonlyMap<number, number>>();
  private readonly left = new Map<number, number>();

  /** `starts`: the start node of every search to come (a start not taken in the end only keeps no tree). */
  constructor(
    private readonly graph: NumberedGraph,
    private readonly component: readonly number[],
    starts: Iterable<number>,
  ) {
    for (const start of starts) this.left.set(start, (this.left.get(start) ?? 0) + 1);
  }

  /** The tree from `start`, for one of the searches announced. */
  take(start: number): ReadonlyMap<number, number> {
    let tree = this.trees.get(start);
    if (!tree) this.trees.set(start, (tree = shortestEdges(this.graph, this.component, start)));
    const left = (this.left.get(start) ?? 1) - 1;
    this.left.set(start, left);
    if (left <= 0) this.trees.delete(start);
    return tree;
  }
}

/**
 * The components that are one plain cycle: as many edges inside as nodes, so each node has one edge in and one out
 * (a node with an edge to itself counts). Every edge of such a component closes the same cycle, so searches that run
 * once per edge can walk it instead: a ring of thousands searched the whole ring from each of its edges.
 */
export function plainCycles(graph: NumberedGraph, component: readonly number[]): Set<number> {
  const balance = new Map<number, number>();
  for (const c of component) balance.set(c, (balance.get(c) ?? 0) + 1);
  for (let e = 0; e < graph.from.length; e++) {
    const c = component[graph.from[e]!]!;
    if (component[graph.to[e]!] === c) balance.set(c, balance.get(c)! - 1);
  }
  const plain = new Set<number>();
  for (const [c, b] of balance) if (b === 0) plain.add(c);
  return plain;
}

/** The nodes of the plain cycle through `start` (see {@link plainCycles}), in the order its edges go, from `start`. */
export function plainCycleFrom(graph: NumberedGraph, component: readonly number[], start: number): number[] {
  const { to, outStart, outEdges } = graph;
  const order = [start];
  for (let node = start; ; ) {
    let next = -1;
    for (let i = outStart[node]!; i < outStart[node + 1]! && next < 0; i++) if (component[to[outEdges[i]!]!] === component[start]) next = to[outEdges[i]!]!;
    if (next === start || next < 0) return order;
    order.push(next);
    node = next;
  }
}

function filled<T>(length: number, value: T): T[] {
  return new Array<T>(length).fill(value);
}
