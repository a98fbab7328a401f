import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { numberedGraph, pathBack, plainCycleFrom, plainCycles, SearchTrees, stronglyConnected } from '../shared/numbered-graph';
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
    notes:
      'Each `--from` that closes a loop is reported, with the loop from its stage around; a loop of more than seven stages ' +
      'is named by its first four and last two stages and its length.',
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
  // Each `--from` between stages of one component searches from the stage it names.
  const searches = edges.filter(({ from, to, via }) => via && to !== from && component[to.index] === component[from.index]);
  const trees = new SearchTrees(graph, component, searches.map((e) => e.to.index));
  const plain = plainCycles(graph, component);
  const cycles = new Map<number, { order: number[]; at: Map<number, number> }>();
  // The edges with a `--from` are exactly the values naming a stage, in file order.
  for (const { from: stage, to: target, via } of edges) {
    if (!via) continue;
    if (target === stage) {
      const value = resolvedFrom(via, model.escape) ?? '';
      ctx.report({ range: ctx.range(via.start, via.end), message: `Stage ${code(value)} copies from itself; its files do not exist until it is built.` });
      continue;
    }
    if (component[target.index] !== component[stage.index]) continue;
    const value = resolvedFrom(via, model.escape) ?? '';
    const message = (loop: string) => `Copying from ${code(value)} closes a circular dependency between stages: ${loop}.`;
    if (plain.has(component[stage.index]!)) {
      // The loop is the whole component, from this stage around to it: walked once, read from each stage's place.
      const c = component[stage.index]!;
      let cycle = cycles.get(c);
      if (!cycle) cycles.set(c, (cycle = placed(plainCycleFrom(graph, component, stage.index))));
      const { order, at } = cycle;
      const first = at.get(stage.index)!;
      ctx.report({ range: ctx.range(via.start, via.end), message: message(loopText(order.length + 1, (i) => model.stages[order[(first + i) % order.length]!]!)) });
      continue;
    }
    const chain = pathBack(graph, target.index, stage.index, trees.take(target.index));
    if (chain) {
      const path = [stage, target, ...chain.map((e) => edges[e]!.to)];
      ctx.report({ range: ctx.range(via.start, via.end), message: message(loopText(path.length, (i) => path[i]!)) });
    }
  }
}

/**
 * The stages of a loop, `a → b → a`. A long one is shortened to its first and last stages and its length: each
 * `--from` of a ring of thousands named all of them, and the messages grew with the square of the ring.
 */
function loopText(length: number, stageAt: (i: number) => Stage): string {
  const name = (i: number) => stageAt(i).name ?? String(stageAt(i).index);
  const shown = length <= 8 ? Array.from({ length }, (_, i) => name(i)) : [0, 1, 2, 3].map(name).concat('…', name(length - 2), name(length - 1));
  return length <= 8 ? shown.join(' → ') : `${shown.join(' → ')} (${length - 1} stages)`;
}

/** Nodes in cycle order, and where each sits. */
function placed(order: number[]): { order: number[]; at: Map<number, number> } {
  return { order, at: new Map(order.map((node, i) => [node, i])) };
}
