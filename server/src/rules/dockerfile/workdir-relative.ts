import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { lastBefore } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'workdir-relative',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: 'The first `WORKDIR` of a stage is relative, so it depends on the base image.',
  docs: {
    description:
      'A relative `WORKDIR` is resolved against the working folder the base image left behind, which this Dockerfile does ' +
      'not state and which can change with the base image. Start each stage with an absolute path. `~` is not expanded: ' +
      '`WORKDIR ~/app` creates a folder literally named `~`.',
    incorrect: 'FROM node:22-slim\nWORKDIR app',
    correct: 'FROM node:22-slim\nWORKDIR /app',
    fix: 'Prefixes the path with `/`. Unsafe: if the base image\'s working folder is not `/`, the files move.',
    notes:
      'Only the first WORKDIR of a stage chain is judged: later relative ones build on an absolute path and are ' +
      'deterministic. Paths starting with a variable, Windows drive paths (`C:\\app`) and quoted absolute paths are exempt.',
  },
  fix: 'unsafe',
  aliases: ['DL3000', 'BK:WorkdirRelativePath', 'DU:WORKDIR_IS_NOT_ABSOLUTE', 'CKV_DOCKER_10', 'DS-0009', 'KICS:6b376af8'],
};

/** It reads only WORKDIR instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'WORKDIR');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const i of ctx.model.instructions) {
    if (i.keyword !== 'WORKDIR' || i.args.length === 0) continue;
    const word = i.args[0];
    const path = word.value[0] === '"' || word.value[0] === "'" ? word.value.replace(/^(["'])(.*)\1$/, '$2') : word.value;
    if (path.startsWith('$') || path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]?/.test(path)) continue;
    // Only the first WORKDIR of a stage chain is judged (looked up for relative paths only).
    if (lastBefore(i, 'WORKDIR') !== undefined) continue;
    const tilde = path.startsWith('~');
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: tilde
        ? `${code(path)} is not expanded: \`~\` is not a shell here, so this creates a folder named \`~\`.`
        : `${code(path)} is relative; the first WORKDIR of a stage should be absolute.`,
      fix: tilde ? undefined : makeFix('Make the path absolute', 'unsafe', [insertEdit(ctx.document, word.start + (word.value.length - path.length) / 2, '/')]),
    });
  }
}
