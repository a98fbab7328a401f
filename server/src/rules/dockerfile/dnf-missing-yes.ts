import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkMissingYes } from '../shared/package-rules';

export const meta: DockerfileRuleMeta = {
  id: 'dnf-missing-yes',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'warning',
  summary: '`dnf`/`microdnf`/`tdnf install` without `-y` stops at a prompt the build cannot answer.',
  docs: {
    description:
      '`dnf install` (and `groupinstall`, `localinstall`, and the same in `microdnf` and `tdnf`) asks for confirmation before ' +
      'changing the system. A build has no terminal to answer it, so the RUN fails. `-y` (`--assumeyes`) answers it.',
    incorrect: 'FROM fedora:41\nRUN dnf install nginx && dnf clean all',
    correct: 'FROM fedora:41\nRUN dnf install -y nginx && dnf clean all',
    fix: 'Inserts `-y` after the subcommand. Safe: without it the command cannot succeed in a build.',
    notes: 'Short-option clusters holding `y` count. An unknown variable on the command line keeps the rule silent.',
  },
  fix: 'safe',
  aliases: ['DL3038', 'KICS:7ebd323c'],
};

/** It reports only `dnf`, `microdnf` and `tdnf` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'dnf', 'microdnf', 'tdnf');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkMissingYes(ctx, {
    tools: ['dnf', 'microdnf', 'tdnf'],
    subcommands: ['install', 'groupinstall', 'localinstall'],
    longNames: ['--assumeyes'],
    shortLetters: 'y',
  });
}
