import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkCacheCleaned } from '../shared/package-rules';

export const meta: DockerfileRuleMeta = {
  id: 'yum-cache-not-cleaned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`yum install` without `yum clean all` in the same RUN leaves the yum cache in the layer.',
  docs: {
    description:
      '`yum install` keeps repository metadata and downloaded packages under `/var/cache/yum`. Whatever is there when the RUN ' +
      'ends is stored in the layer, and cleaning it in a later RUN does not make the image smaller. Finish the RUN with ' +
      '`yum clean all`.',
    incorrect: 'FROM centos:7\nRUN yum install -y httpd',
    correct: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    fix: 'Appends `&& yum clean all` to the RUN (a line before the closing delimiter in a heredoc). Safe: it only drops caches.',
    notes: 'Also satisfied by `rm -rf /var/cache/yum` after the install, or a `cache`/`tmpfs` mount on `/var/cache/yum`.',
  },
  fix: 'safe',
  aliases: ['DL3032', 'DS-0015', 'KICS:00481784'],
};

const INSTALLS = new Set(['install', 'groupinstall', 'localinstall']);

/** It reports only `yum` installs. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'yum');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkCacheCleaned(ctx, {
    fills: (c) => c.tool === 'yum' && INSTALLS.has(c.sub?.value ?? ''),
    cleans: (_site, c) => c !== undefined && (c.tool === 'yum' || c.tool === 'dnf') && c.sub?.value === 'clean' && c.operands.some((o) => o.value === 'all'),
    folders: ['/var/cache/yum'],
    cleanCommand: () => 'yum clean all',
    message: (c) => `${code('yum ' + c.sub?.value)} leaves the yum cache in the layer; run \`yum clean all\` in the same RUN.`,
  });
}
