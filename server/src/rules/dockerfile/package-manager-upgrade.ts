import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands, PackageCommand } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'package-manager-upgrade',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: 'A whole-system upgrade in RUN makes the image depend on the day it was built.',
  docs: {
    description:
      '`apt-get upgrade`, `apk upgrade`, `dnf upgrade`, `zypper update` and the like upgrade every package of the base image ' +
      'to whatever the mirror holds today. The result differs from build to build and from the base image the tag names. ' +
      'Pulling a fresh base image (or pinning a newer one) gets the same fixes reproducibly. Off by default: some teams ' +
      'upgrade on purpose to pick up security fixes between base-image releases.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get upgrade -y',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --only-upgrade openssl',
    notes:
      'Checked: `apt-get`/`apt` `upgrade`, `dist-upgrade`, `full-upgrade`; `apk upgrade`; `yum`/`dnf`/`microdnf` `update` or ' +
      '`upgrade` with no package names; `zypper` `update`, `up`, `dist-upgrade`, `dup`. hadolint dropped its apt variant ' +
      '(DL3005); this rule keeps it.',
  },
  fix: 'none',
  aliases: ['DL3035', 'DS-0024', 'KICS:682fe378', 'KICS:09fda05e', 'KICS:989ab888', 'KICS:8f6456be', 'KICS:d4895357'],
};

const APT = new Set(['upgrade', 'dist-upgrade', 'full-upgrade']);
const RPM = new Set(['update', 'upgrade']);
const ZYPPER = new Set(['update', 'up', 'dist-upgrade', 'dup']);

function isSystemUpgrade(c: PackageCommand): boolean {
  const sub = c.sub?.value ?? '';
  switch (c.tool) {
    case 'apt-get':
    case 'apt':
      return APT.has(sub);
    case 'apk':
      return sub === 'upgrade';
    case 'yum':
    case 'dnf':
    case 'microdnf':
    case 'tdnf':
      return RPM.has(sub) && c.operands.length === 0;
    case 'zypper':
      return ZYPPER.has(sub);
    default:
      return false;
  }
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (!isSystemUpgrade(command)) continue;
    const word = command.sub!.word;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code(command.tool + ' ' + command.sub!.value)} upgrades every package, so the image depends on the build date; refresh the base image instead.`,
    });
  }
}
