import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'npm-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`npm install <pkg>` without `@version`.',
  docs: {
    description:
      'Without a version, `npm install <pkg>` takes the newest release on the registry at build time, so a rebuild can ' +
      'pull in a breaking major version. `pkg@1.2.3` pins it; installing from a committed `package-lock.json` (`npm ci`) ' +
      'is better still. Off by default, because most projects pin in the lock file.',
    incorrect: 'FROM node:22-slim\nRUN npm install -g typescript',
    correct: 'FROM node:22-slim\nRUN npm install -g typescript@5.6.3',
    notes:
      'A bare `npm install` (from package.json) is fine. Git URLs and `user/repo` shorthands need a `#ref`; tarballs, folders ' +
      'and `file:` specs are exempt. Unknown variables are skipped.',
  },
  fix: 'none',
  aliases: ['DL3016', 'KICS:e36d8880'],
};

const INSTALL = new Set(['install', 'i', 'in', 'add', 'isntall']);

/** It reports only `npm` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'npm');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'npm' || !INSTALL.has(command.sub?.value ?? '')) continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      if (v === undefined || v === '') continue;
      const problem = unpinned(v);
      if (problem) ctx.report({ range: ctx.range(pkg.word.start, pkg.word.end), message: problem });
    }
  }
}

/** Why the spec is not pinned, or undefined when it is (or is local). */
function unpinned(spec: string): string | undefined {
  if (/^(\.|\/|~|file:)/.test(spec) || /\.(tgz|tar\.gz|tar)$/.test(spec)) return undefined;
  const gitLike = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /\.git(#|$)/.test(spec) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec);
  if (gitLike) return spec.includes('#') ? undefined : `Git dependency ${code(spec)} names no ref (\`#<tag or commit>\`).`;
  if (/^https?:/.test(spec)) return undefined;
  if (spec.lastIndexOf('@') > 0) return undefined;
  return `Package ${code(spec)} is installed without a version (\`${spec}@<version>\`).`;
}
