import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkCacheCleaned } from '../shared/package-rules';

export const meta: DockerfileRuleMeta = {
  id: 'dnf-cache-not-cleaned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`dnf`/`microdnf` install without `clean all` in the same RUN leaves the cache in the layer.',
  docs: {
    description:
      '`dnf` and `microdnf` keep repository metadata and downloaded packages under `/var/cache/dnf` (`/var/cache/yum` for ' +
      'microdnf). Whatever is there when the RUN ends is stored in the layer for good. Finish the RUN with `dnf clean all` ' +
      '(or `microdnf clean all`).',
    incorrect: 'FROM fedora:41\nRUN dnf install -y nginx',
    correct: 'FROM fedora:41\nRUN dnf install -y nginx && dnf clean all',
    fix: 'Appends `&& dnf clean all` (or `microdnf clean all`) to the RUN. Safe: it only drops caches.',
    notes:
      'Install, upgrade and reinstall are checked. Also satisfied by `rm -rf /var/cache/dnf` (or `/var/cache/yum`) after the ' +
      'install, or a `cache`/`tmpfs` mount on those folders.',
  },
  fix: 'safe',
  aliases: ['DL3040', 'DS-0019', 'DS-0027', 'KICS:295acb63'],
};

const FILLS = new Set(['install', 'groupinstall', 'localinstall', 'upgrade', 'update', 'reinstall']);
const CLEANERS = new Set(['dnf', 'microdnf', 'yum']);

/** It reports only `dnf` and `microdnf` installs. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'dnf', 'microdnf');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkCacheCleaned(ctx, {
    fills: (c) => (c.tool === 'dnf' || c.tool === 'microdnf') && FILLS.has(c.sub?.value ?? ''),
    cleans: (_site, c) => c !== undefined && CLEANERS.has(c.tool) && c.sub?.value === 'clean' && c.operands.some((o) => o.value === 'all'),
    folders: ['/var/cache/dnf', '/var/cache/yum'],
    cleanCommand: (c) => `${c.tool} clean all`,
    message: (c) => `${code(c.tool + ' ' + c.sub?.value)} leaves the package cache in the layer; run \`${c.tool} clean all\` in the same RUN.`,
  });
}
