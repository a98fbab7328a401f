import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { hasOption, packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'gem-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`gem install <gem>` without a version.',
  docs: {
    description:
      'Without a version, `gem install` takes the newest release on rubygems.org at build time, so a rebuild can pull in ' +
      'a breaking release. `gem install rails:7.2.1` or `-v 7.2.1` pins it; a Gemfile.lock with `bundle install` is better ' +
      'still. Off by default, because most projects pin in the lock file.',
    incorrect: 'FROM ruby:3.3-slim\nRUN gem install bundler',
    correct: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22',
    notes: 'Local `.gem` files are exempt, and so is every gem of a command with `-v`/`--version`. Unknown variables are skipped.',
  },
  fix: 'none',
  aliases: ['DL3028', 'KICS:22cd11f7'],
};

/** It reports only `gem` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'gem');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'gem' || (command.sub?.value !== 'install' && command.sub?.value !== 'i')) continue;
    if (hasOption(command, ['-v', '--version'])) continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      if (v === undefined || v === '' || v.includes(':') || v.endsWith('.gem') || v.includes('/')) continue;
      ctx.report({
        range: ctx.range(pkg.word.start, pkg.word.end),
        message: `Gem ${code(v)} is installed without a version (\`${v}:<version>\`).`,
      });
    }
  }
}
