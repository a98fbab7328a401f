import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'apt-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`apt-get install` of a package without `=<version>`.',
  docs: {
    description:
      'Without a version, `apt-get install` takes whatever the mirror has today, so two builds of the same Dockerfile can ' +
      'produce different images. Pinning (`curl=7.88.1-10+deb12u8`) makes the install reproducible, at the price of ' +
      'updating the pins when the distribution drops the old version, which is why the rule is off by default.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends curl',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
    notes:
      'Local `.deb` files and paths are exempt, and so is `pkg/release` (a release choice, not a version); the value of ' +
      '`-t`/`--target-release` is not a package. Packages that come from a variable without a known value are skipped.',
  },
  fix: 'none',
  aliases: ['DL3008', 'KICS:965a08d7'],
};

/** It reports only `apt-get` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apt-get');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'apt-get' || command.sub?.value !== 'install') continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      if (v === undefined || v === '' || v.includes('=') || v.includes('/') || v.endsWith('.deb')) continue;
      ctx.report({
        range: ctx.range(pkg.word.start, pkg.word.end),
        message: `Package ${code(v)} is installed without a pinned version (\`${v}=<version>\`).`,
      });
    }
  }
}
