import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'healthcheck-invalid-retries',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`HEALTHCHECK --retries` is not a whole number of at least 1.',
  docs: {
    description:
      '`--retries` is how many failed checks in a row mark the container unhealthy. The builder accepts only a whole ' +
      'number of at least 1; `--retries=0`, `--retries=-1` or `--retries=three` fails the build.',
    incorrect: 'FROM nginx:1.27\nHEALTHCHECK --retries=0 CMD curl -f http://localhost/ || exit 1',
    correct: 'FROM nginx:1.27\nHEALTHCHECK --retries=3 CMD curl -f http://localhost/ || exit 1',
  },
  fix: 'none',
  aliases: ['DU:INVALID_SYNTAX', 'DU:FLAG_AT_LEAST_ONE'],
};

/** It reads only HEALTHCHECK instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'HEALTHCHECK');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'HEALTHCHECK') continue;
    for (const flag of instruction.flags) {
      if (flag.name.toLowerCase() !== 'retries' || !flag.value || flag.value.includes('$')) continue;
      const range = ctx.range(flag.valueStart, flag.valueEnd);
      if (!/^[-+]?\d+$/.test(flag.value)) {
        ctx.report({ range, message: `\`--retries\` must be a whole number, not ${code(flag.value)}.` });
      } else if (Number(flag.value) < 1) {
        ctx.report({ range, message: `\`--retries\` must be at least 1, not ${code(flag.value)}.` });
      }
    }
  }
}
