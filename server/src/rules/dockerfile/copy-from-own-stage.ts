import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { numberedGraph, pathBack, shortestEdges, stronglyConnected } from '../shared/numbered-graph';
import { resolvedFrom, stageEdges } from '../shared/stage-graph';

export const meta: DockerfileRuleMeta = {
  id: 'copy-from-own-stage',
  target: 'dockerfile',
  category: 'stages',
  severity: 'error',
  summary: '`COPY --from` names the stage it is in, or closes a cycle of stages.',
  docs: {
    description:
      'A stage cannot copy from itself: its files do not exist yet while it is being built. The same holds for a longer ' +
      'loop, such as stage `a` copying from stage `b` while `b` is built `FROM a`. BuildKit stops with "circular dependency ' +
      'detected".',
    incorrect: 'FROM node:22-slim AS build\nCOPY --from=build /app/dist /srv',
    correct: 'FROM node:22-slim AS build\nRUN npm run build\n\nFROM nginx:1.29\nCOPY --from=build /app/dist /usr/share/nginx/html',
  },
  fix: 'none',
  aliases: ['DL3023', 'DS-0006', 'KICS:cdddb86f'],
};

/** It reads only `COPY --from` and `RUN --mount` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('from') || facts.flags.has('mount');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const edges = stageEdges(model);
  // A loop needs an edge that does not point to an earlier stage (a `--from` naming the stage itself or a later
  // one): most files have none.
  if (!edges.some((e) => e.to.index >= e.from.index)) return;
  // Stages by number, edges in order. Only a `--from` between stages that reach each other (one strongly connected
  // component) closes a loop, and a search from its stage stays in that component: a chain of thousands of stages
  // with one self-copy searched the whole chain once per stage.
  const graph = numberedGraph(model.stages.length, edges.map((e) => e.from.index), edges.map((e) => e.to.index));
  const component = stronglyConnected(graph);
  // Breadth-first trees, one per stage searched from: several `--from` may name the same stage.
  const trees: (ReadonlyMap<number, number> | undefined)[] = [];
  // The edges with a `--from` are exactly the values naming a stage, in file order.
  for (const { from: stage, to: target, via } of edges) {
    if (!via) continue;
    if (target === stage) {
      const value = resolvedFrom(via, model.escape) ?? '';
      ctx.report({ range: ctx.range(via.start, via.end), message: `Stage ${code(value)} copies from itself; its files do not exist until it is built.` });
      continue;
    }
    if (component[target.index] !== component[stage.index]) continue;
    const tree = (trees[target.index] ??= shortestEdges(graph, component, target.index));
    const chain = pathBack(graph, target.index, stage.index, tree);
    if (chain) {
      const value = resolvedFrom(via, model.escape) ?? '';
      const path = [stage, target, ...chain.map((e) => edges[e]!.to)];
      const names = path.map((s) => s.name ?? String(s.index)).join(' → ');
      ctx.report({ range: ctx.range(via.start, via.end), message: `Copying from ${code(value)} closes a circular dependency between stages: ${names}.` });
    }
  }
}
