import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { getFlagDoc } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'run-network-security-invalid',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`RUN --network` or `RUN --security` has a value the builder does not know.',
  docs: {
    description:
      '`RUN --network` accepts `default`, `none` and `host`; `RUN --security` accepts `sandbox` and `insecure`. Any ' +
      'other value, such as a Compose network name (`--network=backend`), fails the build: a build step cannot join a ' +
      'user-defined network.',
    incorrect: 'FROM alpine:3.20\nRUN --network=off ./offline-tests.sh',
    correct: 'FROM alpine:3.20\nRUN --network=none ./offline-tests.sh',
    notes: '`host` and `insecure` are valid but also need a builder entitlement (`--allow network.host`, `--allow security.insecure`).',
  },
  fix: 'none',
  aliases: [],
};

/** It reads only `--network` and `--security` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('network') || facts.flags.has('security');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'RUN') continue;
    for (const flag of instruction.flags) {
      const name = flag.name.toLowerCase();
      if ((name !== 'network' && name !== 'security') || !flag.value || flag.value.includes('$')) continue;
      const values = getFlagDoc('RUN', name)?.values ?? [];
      if (values.includes(flag.value)) continue;
      ctx.report({
        range: ctx.range(flag.valueStart, flag.valueEnd),
        message: `\`--${name}\` takes ${values.map((v) => code(v)).join(', ')}; ${code(flag.value)} is not one of them.`,
      });
    }
  }
}
