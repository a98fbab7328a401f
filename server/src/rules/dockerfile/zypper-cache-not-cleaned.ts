import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { checkCacheCleaned } from '../shared/package-rules';

export const meta: DockerfileRuleMeta = {
  id: 'zypper-cache-not-cleaned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`zypper install` without `zypper clean` in the same RUN leaves the cache in the layer.',
  docs: {
    description:
      '`zypper install` keeps repository metadata and packages under `/var/cache/zypp`. Whatever is there when the RUN ends ' +
      'is stored in the layer for good. Finish the RUN with `zypper clean` (`zypper cc`).',
    incorrect: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
    correct: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a',
    fix: 'Appends `&& zypper clean` to the RUN. Safe: it only drops caches.',
    notes: 'Also satisfied by `rm -rf /var/cache/zypp` after the install, or a `cache`/`tmpfs` mount on `/var/cache/zypp`.',
  },
  fix: 'safe',
  aliases: ['DL3036', 'DS-0020', 'KICS:38300d1a'],
};

/** It reports only `zypper` installs. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'zypper');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkCacheCleaned(ctx, {
    fills: (c) => c.tool === 'zypper' && (c.sub?.value === 'install' || c.sub?.value === 'in'),
    cleans: (_site, c) => c !== undefined && c.tool === 'zypper' && (c.sub?.value === 'clean' || c.sub?.value === 'cc'),
    folders: ['/var/cache/zypp'],
    cleanCommand: () => 'zypper clean',
    message: (c) => `${code('zypper ' + c.sub?.value)} leaves the zypper cache in the layer; run \`zypper clean\` in the same RUN.`,
  });
}
