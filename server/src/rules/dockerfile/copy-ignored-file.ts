import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { buildContextOf, contextRelative } from '../shared/build-context';
import { copyInstructions, isRemoteSource } from '../shared/copy-add-paths';
import { decidingPattern, isIgnored } from '../shared/dockerignore';

export const meta: DockerfileRuleMeta = {
  id: 'copy-ignored-file',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'warning',
  summary: 'A `COPY`/`ADD` source is excluded by `.dockerignore`, so the builder never sees it.',
  docs: {
    description:
      'Files that `.dockerignore` excludes are not sent to the builder. Copying one fails with "not found", or, for a ' +
      'folder, silently copies less than you meant. Either remove the pattern from `.dockerignore` or stop copying the path.',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\n# .dockerignore contains: dist\nCOPY dist/ ./dist/',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY src/ ./src/',
    notes:
      'Reads `<Dockerfile>.dockerignore` beside the Dockerfile, else `.dockerignore` in its folder, which is taken as the ' +
      'build context (a compose `build.context` elsewhere is not followed yet). Like BuildKit, the rule stays silent when ' +
      'the ignore file has `!` exceptions, and reports `COPY . …` only when every top-level entry is ignored. `--from` ' +
      'sources and URLs are not from the context. Untitled buffers are not checked.',
  },
  fix: 'none',
  aliases: ['BK:CopyIgnoredFile'],
};

/** It reads only COPY and ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const context = buildContextOf(ctx.fs, ctx.fileName);
  const ignore = context?.ignore;
  if (!context || !ignore || ignore.hasNegation || ignore.patterns.length === 0) return;
  const ignoreName = ignore.path.slice(ignore.path.lastIndexOf('/') + 1);
  for (const copy of copyInstructions(ctx.model)) {
    if (copy.from !== undefined) continue;
    for (const source of copy.sources) {
      if (source.heredoc || source.resolved === undefined || isRemoteSource(source.resolved)) continue;
      const relative = contextRelative(source.resolved);
      if (relative === undefined) continue;
      if (relative === '') {
        const entries = context.fs.readDirectory(context.root).filter((n) => n !== ignoreName);
        if (entries.length === 0 || !entries.every((n) => isIgnored(n, ignore.patterns))) continue;
        ctx.report({
          range: ctx.range(source.start, source.end),
          message: `Every entry of the build context is excluded by ${code(ignoreName)}, so ${code(source.raw)} copies nothing.`,
        });
        continue;
      }
      const pattern = decidingPattern(relative, ignore.patterns);
      if (!pattern || pattern.negated) continue;
      ctx.report({
        range: ctx.range(source.start, source.end),
        message: `${code(source.raw)} is excluded by ${code(pattern.text)} in ${code(ignoreName)}, so the builder does not see it.`,
      });
    }
  }
}
