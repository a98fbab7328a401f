import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkMissingYes } from '../shared/package-rules';

export const meta: DockerfileRuleMeta = {
  id: 'yum-missing-yes',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'warning',
  summary: '`yum install` without `-y` stops at a prompt the build cannot answer.',
  docs: {
    description:
      '`yum install`, `groupinstall` and `localinstall` always ask "Is this ok [y/N]" before installing. A build has no ' +
      'terminal, so yum reads no answer, gives up, and the RUN fails. `-y` (`--assumeyes`) answers the question.',
    incorrect: 'FROM centos:7\nRUN yum install httpd && yum clean all',
    correct: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    fix: 'Inserts `-y` after the subcommand. Safe: without it the command cannot succeed in a build.',
    notes: 'Short-option clusters holding `y` (`-qy`) count. An unknown variable on the command line keeps the rule silent.',
  },
  fix: 'safe',
  aliases: ['DL3030', 'KICS:6e19193a'],
};

/** It reports only `yum` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'yum');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkMissingYes(ctx, { tools: ['yum'], subcommands: ['install', 'groupinstall', 'localinstall'], longNames: ['--assumeyes'], shortLetters: 'y' });
}
