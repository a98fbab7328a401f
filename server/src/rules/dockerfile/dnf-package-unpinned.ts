import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkRpmPinning } from '../shared/rpm-pinning';

export const meta: DockerfileRuleMeta = {
  id: 'dnf-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`dnf install` of a package without `-<version>`.',
  docs: {
    description:
      'Without a version, `dnf install` (or `microdnf install`) takes the newest package in the enabled repositories on the ' +
      'day of the build, so two builds can differ. `nginx-1.26.2` pins it. Pins need updating as repositories move on, so ' +
      'the rule is off by default.',
    incorrect: 'FROM fedora:41\nRUN dnf install -y nginx && dnf clean all',
    correct: 'FROM fedora:41\nRUN dnf install -y nginx-1.26.2 && dnf clean all',
    notes:
      'Local `.rpm` files, paths, `@group` names and `dnf module` commands are exempt. A package ' +
      'written with a variable is taken as pinned when ARG or ENV defines it and skipped when the value is unknown.',
  },
  fix: 'none',
  aliases: ['DL3041', 'KICS:93d88cf7'],
};

/** It reports only `dnf`, `microdnf` and `tdnf` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'dnf', 'microdnf', 'tdnf');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkRpmPinning(ctx, ['dnf', 'microdnf', 'tdnf'], false);
}
