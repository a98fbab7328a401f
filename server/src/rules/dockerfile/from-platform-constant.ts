import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { removeFlagEdit } from '../shared/flag-edits';
import { normalizePlatform } from '../shared/platforms';

export const meta: DockerfileRuleMeta = {
  id: 'from-platform-constant',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'warning',
  summary: '`FROM --platform` pins the stage to one constant platform.',
  docs: {
    description:
      'A constant `--platform=linux/amd64` makes the stage run as amd64 in every build: a multi-platform build then ' +
      'emulates it on the other machines, and an arm64 image may end up holding amd64 binaries. Leave `--platform` out to ' +
      'build for the target, or use `$BUILDPLATFORM` for stages that cross-compile.',
    incorrect: 'FROM --platform=linux/amd64 node:22-slim\nCOPY . /app',
    correct: 'FROM node:22-slim\nCOPY . /app',
    fix: 'Removes the flag. Unsafe: the stage then builds for the target platform, which may be what the pin avoided.',
    notes:
      'Exempt when the stage name contains the pinned OS, architecture or variant (`AS build_amd64`), BuildKit\'s pattern ' +
      'for per-architecture stages. Any variable makes the value non-constant; unlike hadolint DL3029, ' +
      '`--platform=$TARGETOS/$TARGETARCH` is not reported.',
  },
  fix: 'unsafe',
  aliases: ['BK:FromPlatformFlagConstDisallowed', 'DL3029', 'KICS:b16e8501'],
};

/** It reads only `FROM --platform` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('platform');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const flag = stage.platform;
    // On a stage built from another the flag is ignored: `from-platform-on-stage` reports it.
    if (!flag?.value || flag.value.includes('$') || stage.parent) continue;
    const value = flag.value.replace(/^["']|["']$/g, '');
    const platform = normalizePlatform(value);
    const parts = value.toLowerCase().split('/').filter(Boolean);
    if (platform) parts.push(platform.arch);
    if (stage.name !== undefined && parts.some((p) => stage.name?.includes(p))) continue;
    ctx.report({
      range: ctx.range(flag.valueStart, flag.valueEnd),
      message: `${code('--platform=' + flag.value)} pins this stage to one platform, so multi-platform builds emulate it.`,
      fix: makeFix('Remove the --platform flag', 'unsafe', [removeFlagEdit(ctx.document, ctx.model.text, flag)]),
    });
  }
}
