import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { buildContextOf, contextRelative, matchSource, type BuildContext } from '../shared/build-context';
import { copyInstructions, hasWildcard, isRemoteSource, type CopyInstruction } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'copy-multiple-sources-dest-not-dir',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'error',
  summary: '`COPY`/`ADD` with several sources needs a destination ending in `/`.',
  docs: {
    description:
      'When an instruction copies more than one file, the destination must be a folder, written with a trailing `/`. ' +
      'Without it the builder stops with "When using COPY with more than one source file, the destination must be a ' +
      'directory and end with a /".',
    incorrect: 'FROM node:22-slim\nCOPY package.json package-lock.json /app',
    correct: 'FROM node:22-slim\nCOPY package.json package-lock.json /app/',
    fix: 'Appends `/` to the destination. Safe: the build cannot succeed without it.',
    notes:
      'A single wildcard source (`COPY *.json /app`) is judged only when the build context is visible, by counting what ' +
      'it matches. Destinations holding a variable with no known value and heredoc sources are not reported.',
  },
  fix: 'safe',
  aliases: ['DL3021', 'DU:INVALID_DESTINATION', 'DS-0011', 'KICS:6db6e0c2'],
};

/** It reads only COPY and ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const context = buildContextOf(ctx.fs, ctx.fileName);
  for (const copy of copyInstructions(ctx.model)) {
    const dest = copy.destination;
    if (!dest || dest.resolved === undefined || copy.sources.some((s) => s.heredoc)) continue;
    if (/[/\\]$/.test(dest.resolved)) continue;
    if (copy.sources.length < 2 && !singleWildcardMatchesMany(copy, context)) continue;
    ctx.report({
      range: ctx.range(dest.start, dest.end),
      message: `${code(dest.raw)} must end with \`/\`: ${copy.keyword} with more than one source copies into a folder.`,
      fix: makeFix('Append / to the destination', 'safe', [insertEdit(ctx.document, dest.end, '/')]),
    });
  }
}

function singleWildcardMatchesMany(copy: CopyInstruction, context: BuildContext | undefined): boolean {
  const source = copy.sources[0];
  if (!context || copy.from !== undefined || source.resolved === undefined || !hasWildcard(source.resolved)) return false;
  if (isRemoteSource(source.resolved)) return false;
  const relative = contextRelative(source.resolved);
  return relative !== undefined && matchSource(context, relative).length >= 2;
}
