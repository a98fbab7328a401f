/**
 * The services of a file as a numbered graph (`numbered-graph.ts`), for `dependency-cycle`'s searches.
 */
import type { Dependency } from './compose-dependencies';
import { numberedGraph, type NumberedGraph } from './numbered-graph';

export interface DependencyGraph extends NumberedGraph {
  /** The edges, numbered by their index. Nodes are every service that depends on another or is depended on. */
  edges: readonly Dependency[];
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
  return { edges, ...numberedGraph(ids.size, from, to) };
}
