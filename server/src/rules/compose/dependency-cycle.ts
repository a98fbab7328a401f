import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { fileDependencies, type Dependency } from '../shared/compose-dependencies';

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
  // Several documents may define one service; each contributes its edges. Anchored content reached twice is one edge.
  const seen = new Set<string>();
  const edges: Dependency[] = [];
  for (const d of fileDependencies(ctx.model)) {
    const k = `${d.from.name}\0${d.to}\0${d.start}`;
    if (seen.has(k)) continue;
    seen.add(k);
    edges.push(d);
  }
  edges.sort((a, b) => a.start - b.start);
  const out = new Map<string, Dependency[]>();
  for (const e of edges) {
    const list = out.get(e.from.name);
    if (list) list.push(e);
    else out.set(e.from.name, [e]);
  }
  const reported = new Set<string>();
  const component = components(out);
  // Edges are distinct (deduplicated above): a cycle is named by the sorted indexes of its edges.
  const edgeIndex = new Map<Dependency, number>();
  edges.forEach((e, i) => edgeIndex.set(e, i));
  // Breadth-first trees, one per start service: many edges of a component search from the same service.
  const trees = new Map<string, Map<string, Dependency>>();
  for (const edge of edges) {
    // Only an edge inside one strongly connected component can close a cycle: skip the search otherwise.
    if (edge.to !== edge.from.name && (component.get(edge.to) === undefined || component.get(edge.to) !== component.get(edge.from.name))) continue;
    let tree = trees.get(edge.to);
    if (!tree) {
      tree = shortestEdges(edge.to, out, component);
      trees.set(edge.to, tree);
    }
    const path = pathBack(edge.to, edge.from.name, tree);
    if (!path) continue;
    const cycle = [edge, ...path];
    // One finding per cycle: the same set of edges found from another of its edges is skipped.
    const id = cycle
      .map((e) => edgeIndex.get(e)!)
      .sort((a, b) => a - b)
      .join(',');
    if (reported.has(id)) continue;
    reported.add(id);
    const names = [edge.from.name, ...cycle.map((e) => e.to)].map(code).join(' → ');
    ctx.report({
      range: ctx.range(edge.start, edge.end),
      message:
        edge.to === edge.from.name
          ? `Service ${code(edge.from.name)} depends on itself through \`${edge.via}\`.`
          : `Dependency cycle: ${names}. Compose cannot decide which service to start first.`,
      related: path.map((e) => ({
        range: ctx.range(e.start, e.end),
        message: `${code(e.from.name)} depends on ${code(e.to)} here (\`${e.via}\`)`,
      })),
    });
  }
}

/** Strongly connected components (Tarjan's algorithm, iterative so long chains cannot overflow the stack). */
function components(out: Map<string, Dependency[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Map<string, number>();
  let counter = 0;
  let id = 0;
  for (const root of out.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = out.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++].to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          result.set(member, id);
        } while (member !== frame.node);
        id++;
      }
    }
  }
  return result;
}

/**
 * For every service of `start`'s strongly connected component reachable from it, the edge that first reaches
 * it breadth first: following these back from a goal gives the shortest chain of edges from `start` to it.
 * A shortest path between two services of one component never leaves it, so the search stays inside.
 */
function shortestEdges(start: string, out: Map<string, Dependency[]>, component: Map<string, number>): Map<string, Dependency> {
  const via = new Map<string, Dependency>();
  const queue = [start];
  const visited = new Set([start]);
  const own = component.get(start);
  for (let head = 0; head < queue.length; head++) {
    for (const e of out.get(queue[head]!) ?? []) {
      if (visited.has(e.to) || component.get(e.to) !== own) continue;
      visited.add(e.to);
      via.set(e.to, e);
      queue.push(e.to);
    }
  }
  return via;
}

/** The shortest chain of edges from `start` to `goal` (from its breadth-first tree), or undefined. Empty when start is goal. */
function pathBack(start: string, goal: string, via: Map<string, Dependency>): Dependency[] | undefined {
  if (start === goal) return [];
  if (!via.has(goal)) return undefined;
  const chain: Dependency[] = [];
  for (let at = goal; at !== start; at = (via.get(at) as Dependency).from.name) chain.unshift(via.get(at) as Dependency);
  return chain;
}
