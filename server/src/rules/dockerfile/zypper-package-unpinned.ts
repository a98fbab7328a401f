import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'zypper-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`zypper install` of a package without a version.',
  docs: {
    description:
      'Without a version, `zypper install` takes the newest package in the repositories on the day of the build, so two ' +
      'builds can differ. `curl=8.6.0` or a range (`curl>=8`) pins it. Pins need updating as repositories move on, so the ' +
      'rule is off by default.',
    incorrect: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean',
    correct: 'FROM opensuse/leap:15.6\nRUN zypper -n install "curl>=8.6" && zypper clean',
    notes: 'Local `.rpm` files and paths are exempt; values of `-t`, `-r` and `--from` are not packages. Unknown variables are skipped.',
  },
  fix: 'none',
  aliases: ['DL3037', 'KICS:562952e4'],
};

/** It reports only `zypper` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'zypper');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'zypper' || (command.sub?.value !== 'install' && command.sub?.value !== 'in')) continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      if (v === undefined || v === '' || /[=<>]/.test(v) || v.endsWith('.rpm') || v.includes('/')) continue;
      ctx.report({
        range: ctx.range(pkg.word.start, pkg.word.end),
        message: `Package ${code(v)} is installed without a version (\`${v}=<version>\`).`,
      });
    }
  }
}
