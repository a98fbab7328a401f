import { joinPath, folderVisible } from '../../engine/fs';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { serviceBuilds, contextDir } from '../shared/compose-build';

export const meta: ComposeRuleMeta = {
  id: 'build-dockerfile-missing',
  target: 'compose',
  category: 'cross-file',
  severity: 'error',
  summary: '`build.dockerfile` names a file that does not exist in the build context.',
  docs: {
    description:
      '`build.dockerfile` is resolved against the build context (not the compose file), unless it is absolute. A wrong ' +
      'path makes the build fail with "failed to read dockerfile: no such file or directory".',
    incorrect: 'services:\n  api:\n    build:\n      context: .\n      dockerfile: /srv/api/Dockerfile.prd\n',
    correct: 'services:\n  api:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM node:22-slim\n',
    notes:
      'A relative path is only checked when the context is a local folder that exists (a missing context is `build-context-missing`\'s) and ' +
      'the path holds no `${…}`. Does nothing for an unsaved buffer.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  for (const { service: s, build } of serviceBuilds(ctx.model)) {
    const file = build?.dockerfile;
    if (!build || !file || build.inline || hasInterpolation(file.text) || file.text === '') continue;
    const dir = contextDir(ctx, build);
    // A relative path is only judged inside an existing context (a missing context is another rule's).
    if (!dir || (!file.text.startsWith('/') && !ctx.fs.isDirectory(dir))) continue;
    const path = joinPath(dir, file.text);
    if (ctx.fs.exists(path) && !ctx.fs.isDirectory(path)) continue;
    ctx.report({
      range: ctx.range(file.start, file.end),
      message: `Dockerfile ${code(file.text)} of service ${code(s.name)} does not exist in build context ${code(build.context?.text ?? '.')}.`,
    });
  }
}
