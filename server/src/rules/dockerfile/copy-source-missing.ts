import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { BuildContext, buildContextOf, contextRelative, isGitIgnored, matchSource } from '../shared/build-context';
import { CopyPath, copyInstructions, hasWildcard, isRemoteSource } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'copy-source-missing',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'warning',
  summary: 'A `COPY`/`ADD` source matches nothing in the build context.',
  docs: {
    description:
      'A path that does not exist in the build context (or that `.dockerignore` removes from it) makes the build fail ' +
      'with "not found". Usually it is a typo, a renamed file, or a Dockerfile that moved to another folder.',
    incorrect: 'FROM python:3.12-slim\nWORKDIR /app\n# the context has requirements.txt, not requirement.txt\nCOPY requirement.txt .',
    correct: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .',
    notes:
      'The Dockerfile\'s folder is taken as the context (a compose `build.context` elsewhere is not followed yet). A wildcard ' +
      'source is reported only when every source of the instruction matches nothing, so `COPY requirements.tx[t] ./` stays ' +
      'a legal "optional file". Paths usually produced before `docker build` are exempt: anything under `target/`, ' +
      '`build/`, `dist/`, `out/`, `bin/` or `publish/`, and anything the context\'s `.gitignore` lists. Untitled buffers ' +
      'and folders the editor cannot read are not checked.',
  },
  fix: 'none',
  aliases: [],
};

const GENERATED = new Set(['target', 'build', 'dist', 'out', 'bin', 'publish']);

/** It reads only COPY and ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const context = buildContextOf(ctx.fs, ctx.fileName);
  if (!context) return;
  for (const copy of copyInstructions(ctx.model)) {
    if (copy.from !== undefined) continue;
    const sources = copy.sources.filter((s) => !s.heredoc && s.resolved !== undefined && !isRemoteSource(s.resolved));
    const missing = sources.filter((s) => isMissing(context, s));
    const allMissing = missing.length === copy.sources.length;
    for (const source of missing) {
      if (hasWildcard(source.resolved ?? '') && !allMissing) continue;
      ctx.report({
        range: ctx.range(source.start, source.end),
        message: hasWildcard(source.resolved ?? '')
          ? `${code(source.raw)} matches nothing in the build context.`
          : `${code(source.raw)} does not exist in the build context, so the build fails with "not found".`,
      });
    }
  }
}

function isMissing(context: BuildContext, source: CopyPath): boolean {
  const relative = contextRelative(source.resolved ?? '');
  if (relative === undefined || relative === '') return false;
  if (relative.split('/').some((part) => GENERATED.has(part))) return false;
  if (isGitIgnored(context, relative.replace(/\/[^/]*[*?[].*$/, ''))) return false;
  return matchSource(context, relative).length === 0;
}
