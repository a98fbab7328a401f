import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { flagNeedsValue } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'flag-missing-value',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A flag that needs `=value` has none, or an empty one.',
  docs: {
    description:
      'Most flags carry a value: `--from=build`, `--chown=app:app`, `--platform=linux/amd64`, `--mount=type=cache,…`, ' +
      '`--interval=30s`. Written alone (`COPY --chown . /app`) or with nothing after `=`, the builder rejects the ' +
      'instruction; a lone flag is often a value that was moved to the next word by a stray space (`--from= build`).',
    incorrect: 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from= build /app/dist /usr/share/nginx/html',
    correct: 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html',
    notes: 'Boolean flags such as `--link` may stand alone; their values are checked by `flag-invalid-boolean`.',
  },
  fix: 'none',
  aliases: ['DU:FLAG_MISSING_VALUE'],
};

/** It reads only flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.size > 0;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    for (const flag of instruction.flags) {
      if (!flagNeedsValue(instruction.keyword, flag.name)) continue;
      if (flag.value !== null && flag.value.trim() !== '') continue;
      ctx.report({
        range: ctx.range(flag.start, flag.end),
        message: flag.value === null
          ? `${code(`--${flag.name}`)} needs a value: ${code(`--${flag.name}=<value>`)}.`
          : `${code(`--${flag.name}=`)} has an empty value.`,
      });
    }
  }
}
