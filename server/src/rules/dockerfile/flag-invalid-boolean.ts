import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { getFlagDoc } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'flag-invalid-boolean',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A boolean flag has a value other than `true` or `false`.',
  docs: {
    description:
      'Boolean flags (`--link`, `--parents`, `--keep-git-dir`, `--unpack`) are written alone or as `--flag=true` / ' +
      '`--flag=false`. Other values such as `--link=yes` or `--link=1` are rejected by the builder.',
    incorrect: 'FROM alpine:3.20\nCOPY --link=yes app /app',
    correct: 'FROM alpine:3.20\nCOPY --link app /app',
  },
  fix: 'none',
  aliases: ['DU:FLAG_EXPECTED_BOOLEAN_VALUE', 'DU:FLAG_INVALID_LINK_VALUE'],
};

/** It reads only flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.size > 0;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    for (const flag of instruction.flags) {
      const doc = getFlagDoc(instruction.keyword, flag.name);
      if (!doc || doc.valueKind !== 'boolean' || flag.value === null) continue;
      if (/^(true|false)$/i.test(flag.value)) continue;
      const [start, end] = flag.value === '' ? [flag.start, flag.end] : [flag.valueStart, flag.valueEnd];
      ctx.report({
        range: ctx.range(start, end),
        message: `${code(`--${flag.name}`)} takes \`true\` or \`false\`, not ${flag.value === '' ? 'an empty value' : code(flag.value)}.`,
      });
    }
  }
}
