import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { contextRelative } from '../shared/build-context';
import { copyInstructions, isRemoteSource } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'copy-source-outside-context',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'warning',
  summary: 'A `COPY`/`ADD` source climbs out of the build context with `..`.',
  docs: {
    description:
      'The builder only sees the build context, and it confines every source path to it: `../shared/lib` is cut back ' +
      'to `shared/lib` inside the context, which is either a different folder or not there at all. To use files from a ' +
      'parent folder, make that folder the context (`docker build -f app/Dockerfile .`) or add a named context ' +
      '(`--build-context shared=../shared` with `COPY --from=shared`).',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\nCOPY ../shared/lib ./lib',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY --from=shared lib ./lib',
    notes: '`--from` sources (stages, images, named contexts) are not in the build context and are not checked.',
  },
  fix: 'none',
  aliases: [],
};

/** It reads only COPY and ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const copy of copyInstructions(ctx.model)) {
    if (copy.from !== undefined) continue;
    for (const source of copy.sources) {
      const path = source.resolved;
      // Only a `..` can climb above the context.
      if (source.heredoc || path === undefined || !path.includes('..') || isRemoteSource(path)) continue;
      if (contextRelative(path) !== undefined) continue;
      ctx.report({
        range: ctx.range(source.start, source.end),
        message: `${code(source.raw)} climbs above the build context; the builder cannot read outside it.`,
      });
    }
  }
}
