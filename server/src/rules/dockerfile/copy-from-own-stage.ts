import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { numberedGraph, stronglyConnected } from '../shared/numbered-graph';
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
  // Edges grouped by their source, so each search step reads only its own edges (files with thousands
  // of stages were cubic when every step scanned every edge).
  const next = new Map<Stage, Stage[]>();
  for (const e of edges) {
    const list = next.get(e.from);
    if (list) list.push(e.to);
    else next.set(e.from, [e.to]);
  }
  // Only a `--from` between stages that reach each other (one strongly connected component) closes a loop, so
  // only those are searched: a chain of thousands of stages with one self-copy searched the whole chain per stage.
  const component = stronglyConnected(numberedGraph(model.stages.length, edges.map((e) => e.from.index), edges.map((e) => e.to.index)));
  const dependsOn = (start: Stage, goal: Stage): Stage[] | undefined => {
    // Breadth-first search for a path start → … → goal; returns the stages on it.
    const previous = new Map<Stage, Stage | null>([[start, null]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head];
      if (s === goal) {
        const path: Stage[] = [];
        for (let p: Stage | null | undefined = s; p; p = previous.get(p)) path.unshift(p);
        return path;
      }
      for (const to of next.get(s) ?? []) if (!previous.has(to)) {
        previous.set(to, s);
        queue.push(to);
      }
    }
    return undefined;
  };
  // The edges with a `--from` are exactly the values naming a stage, in file order.
  for (const { from: stage, to: target, via } of edges) {
    if (!via) continue;
    if (target === stage) {
      const value = resolvedFrom(via, model.escape) ?? '';
      ctx.report({ range: ctx.range(via.start, via.end), message: `Stage ${code(value)} copies from itself; its files do not exist until it is built.` });
      continue;
    }
    if (component[target.index] !== component[stage.index]) continue;
    const path = dependsOn(target, stage);
    if (path) {
      const value = resolvedFrom(via, model.escape) ?? '';
      const names = [stage, ...path].map((s) => s.name ?? String(s.index)).join(' → ');
      ctx.report({ range: ctx.range(via.start, via.end), message: `Copying from ${code(value)} closes a circular dependency between stages: ${names}.` });
    }
  }
}
