import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkRpmPinning } from '../shared/rpm-pinning';

export const meta: DockerfileRuleMeta = {
  id: 'yum-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`yum install` of a package without `-<version>`.',
  docs: {
    description:
      'Without a version, `yum install` takes the newest package in the enabled repositories on the day of the build, so ' +
      'two builds can differ. `httpd-2.4.6` pins it; `yum module` streams are pinned with `name:stream`. Pins need updating ' +
      'as repositories move on, so the rule is off by default.',
    incorrect: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    correct: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    notes:
      'Local `.rpm` files, paths and `@group` names are exempt. A package written with a variable (`httpd-${HTTPD_VERSION}`) ' +
      'is taken as pinned when ARG or ENV defines it and skipped when the value is unknown.',
  },
  fix: 'none',
  aliases: ['DL3033', 'KICS:6452c424'],
};

/** It reports only `yum` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'yum');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkRpmPinning(ctx, ['yum'], true);
}
