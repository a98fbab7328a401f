/**
 * The services of a file as a graph with numbered nodes and edges, for searches that run once per edge
 * (`dependency-cycle`): arrays indexed by number instead of maps keyed by service name, because stacks with
 * many dependencies make those searches one of the costliest parts of a lint. Plain arrays, not typed ones:
 * these are small and made per search, and V8 allocates a typed array of more than 64 bytes outside its heap.
 */
import type { Dependency } from './compose-dependencies';

export interface DependencyGraph {
  /** The edges, numbered by their index. */
  edges: readonly Dependency[];
  /** Number of nodes: every service that depends on another or is depended on. */
  size: number;
  /** Node of each edge's service and of the service it depends on. */
  from: number[];
  to: number[];
  /** Outgoing edges of node n: `outEdges[outStart[n]]` up to `outEdges[outStart[n + 1]]`, in edge order. */
  outStart: number[];
  outEdges: number[];
}

/** Numbers the services of `edges` (in the order they first appear) and groups the edges by service. */
export function dependencyGraph(edges: readonly Dependency[]): DependencyGraph {
  const ids = new Map<string, number>();
  const idOf = (name: string): number => {
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = ids.size));
    return id;
  };
  const from: number[] = [];
  const to: number[] = [];
  for (const edge of edges) {
    from.push(idOf(edge.from.name));
    to.push(idOf(edge.to));
  }
  const size = ids.size;
  const outStart = filled(size + 1, 0);
  for (let e = 0; e < edges.length; e++) outStart[from[e]! + 1]++;
  for (let n = 0; n < size; n++) outStart[n + 1] += outStart[n]!;
  const next = outStart.slice(0, size);
  const outEdges = filled(edges.length, 0);
  for (let e = 0; e < edges.length; e++) outEdges[next[from[e]!]!++] = e;
  return { edges, size, from, to, outStart, outEdges };
}

/**
 * The strongly connected component of every node (Tarjan's algorithm, iterative so long chains cannot
 * overflow the stack). Only equality of the numbers means something.
 */
export function stronglyConnected(graph: DependencyGraph): number[] {
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
export function shortestEdges(graph: DependencyGraph, component: readonly number[], start: number): ReadonlyMap<number, number> {
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
export function pathBack(graph: DependencyGraph, start: number, goal: number, via: ReadonlyMap<number, number>): number[] | undefined {
  if (start === goal) return [];
  if (!via.has(goal)) return undefined;
  const chain: number[] = [];
  for (let at = goal; at !== start; at = graph.from[via.get(at)!]!) chain.push(via.get(at)!);
  return chain.reverse();
}

function filled<T>(length: number, value: T): T[] {
  return new Array<T>(length).fill(value);
}
