import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { runInstructions } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'run-security-insecure',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: '`RUN --security=insecure` runs the step privileged, which builders refuse by default.',
  docs: {
    description:
      'An insecure RUN step gets full access to the build host\'s kernel, like `docker run --privileged`. Builders ' +
      'refuse it unless both the daemon and the command allow the `security.insecure` entitlement ' +
      '(`--allow security.insecure`), so the Dockerfile only builds on specially configured machines, and a compromised ' +
      'dependency in that step can take over the host.',
    incorrect: 'FROM debian:bookworm-slim\nRUN --security=insecure mount -t tmpfs none /mnt',
    correct: 'FROM debian:bookworm-slim\nRUN --mount=type=tmpfs,target=/mnt ls /mnt',
    notes: '`--security=sandbox` (the default) is fine.',
  },
  fix: 'none',
  aliases: [],
};

/** It reads only `--security` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('security');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const i of runInstructions(ctx.model.instructions)) {
    for (const flag of i.flags) {
      if (flag.name !== 'security' || flag.value?.toLowerCase() !== 'insecure') continue;
      ctx.report({
        range: ctx.range(flag.start, flag.end),
        message: '`--security=insecure` runs this step with host privileges and needs the `security.insecure` entitlement.',
      });
    }
  }
}
