import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { fileDependencies, type Dependency } from '../shared/compose-dependencies';
import { dependencyGraph } from '../shared/compose-dependency-graph';
import { pathBack, plainCycles, SearchTrees, stronglyConnected } from '../shared/numbered-graph';

export const meta: ComposeRuleMeta = {
  id: 'dependency-cycle',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'Services depend on each other in a cycle, so none of them can start first.',
  docs: {
    description:
      'Compose starts services in dependency order. Besides `depends_on`, `links`, `volumes_from` and ' +
      '`network_mode`/`ipc`/`pid: service:x` make a service depend on another. When the dependencies come back to where ' +
      'they started (`a` → `b` → `a`, or a service depending on itself), there is no order to start them in and Compose ' +
      'refuses the file ("dependency cycle detected").',
    incorrect:
      'services:\n  api:\n    image: acme/api:1.4\n    depends_on: [worker]\n  worker:\n    image: acme/worker:1.4\n    depends_on: [api]',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    depends_on: [worker]\n  worker:\n    image: acme/worker:1.4',
    notes:
      'Each cycle is reported once, at the first dependency of the cycle written in the file, with the other links of the ' +
      'cycle as related locations. Dependencies on services of other files of the project are not followed.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const edges = distinctEdges(fileDependencies(ctx.model));
  const graph = dependencyGraph(edges);
  const component = stronglyConnected(graph);
  const reported = new Set<string>();
  const quote = quotedNames();
  // Only an edge inside one strongly connected component can close a cycle.
  const closing = (e: number) => graph.to[e] === graph.from[e] || component[graph.to[e]!] === component[graph.from[e]!];
  // Each closing edge searches from the service it reaches.
  const trees = new SearchTrees(graph, component, graph.to.filter((_, e) => closing(e)));
  // A plain cycle is the same from each of its edges: searched once.
  const plain = plainCycles(graph, component);
  const plainDone = new Set<number>();
  for (let e = 0; e < edges.length; e++) {
    const from = graph.from[e]!;
    const to = graph.to[e]!;
    if (!closing(e)) continue;
    if (plain.has(component[to]!)) {
      if (plainDone.has(component[to]!)) continue;
      plainDone.add(component[to]!);
    }
    const path = pathBack(graph, to, from, trees.take(to));
    if (!path) continue;
    // One finding per cycle: the same set of edges found from another of its edges is skipped. Edges are
    // distinct, so a cycle is named by the sorted numbers of its edges.
    const id = [e, ...path].sort((a, b) => a - b).join(',');
    if (reported.has(id)) continue;
    reported.add(id);
    report(ctx, quote, edges[e]!, path.map((i) => edges[i]!));
  }
}

/**
 * The dependencies in file order, each once: several documents may define one service, each contributing its
 * edges, and anchored content reached twice is one edge.
 */
function distinctEdges(dependencies: readonly Dependency[]): Dependency[] {
  const byStart = new Map<number, Dependency[]>();
  const edges: Dependency[] = [];
  for (const d of dependencies) {
    const same = byStart.get(d.start);
    if (same?.some((o) => o.from.name === d.from.name && o.to === d.to)) continue;
    if (same) same.push(d);
    else byStart.set(d.start, [d]);
    edges.push(d);
  }
  return edges.sort((a, b) => a.start - b.start);
}

/** `code(name)`, computed once per service name: a stack with many cycles names each service in many findings. */
function quotedNames(): (name: string) => string {
  const quoted = new Map<string, string>();
  return (name) => {
    let q = quoted.get(name);
    if (q === undefined) quoted.set(name, (q = code(name)));
    return q;
  };
}

function report(ctx: RuleContext<ComposeModel>, quote: (name: string) => string, edge: Dependency, path: Dependency[]): void {
  ctx.report({
    range: ctx.range(edge.start, edge.end),
    message:
      edge.to === edge.from.name
        ? `Service ${quote(edge.from.name)} depends on itself through \`${edge.via}\`.`
        : `Dependency cycle: ${[edge.from.name, edge.to, ...path.map((e) => e.to)].map(quote).join(' → ')}. Compose cannot decide which service to start first.`,
    related: path.map((e) => ({
      range: ctx.range(e.start, e.end),
      message: `${quote(e.from.name)} depends on ${quote(e.to)} here (\`${e.via}\`)`,
    })),
  });
}
