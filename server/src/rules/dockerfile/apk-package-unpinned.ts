import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'apk-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`apk add` of a package without a version constraint.',
  docs: {
    description:
      'Without a version, `apk add` installs whatever the Alpine repository holds on the day of the build, so rebuilding ' +
      'the same Dockerfile can give a different image. `pkg=1.2.3-r0` or `pkg~1.2` pins it. Alpine removes old package ' +
      'versions from its mirrors, so pins need regular updates: the rule is off by default.',
    incorrect: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    correct: 'FROM alpine:3.20\nRUN apk add --no-cache curl~8',
    notes:
      'Local `.apk` files are exempt; the values of `-t`/`--virtual` and `-X`/`--repository` are not packages. Packages from a ' +
      'variable without a known value are skipped.',
  },
  fix: 'none',
  aliases: ['DL3018', 'KICS:d3499f6d'],
};

/** It reports only `apk` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apk');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'apk' || command.sub?.value !== 'add') continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      if (v === undefined || v === '' || /[=~<>]/.test(v) || v.endsWith('.apk') || v.includes('/')) continue;
      ctx.report({
        range: ctx.range(pkg.word.start, pkg.word.end),
        message: `Package ${code(v)} is installed without a version constraint (\`${v}=<version>\` or \`${v}~<version>\`).`,
      });
    }
  }
}
