import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'copy-from-invalid-value',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`COPY --from=` value cannot name a stage, index or image.',
  docs: {
    description:
      '`COPY --from` takes a stage name, a stage index, an image reference or a named build context. All of those start ' +
      'with a letter or a digit, so a value such as `--from=-build`, `--from=.` or `--from=/out` can name nothing and ' +
      'the build fails.',
    incorrect: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=.build /out/app /app',
    correct: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app',
    notes: 'Names that are well formed but unknown are `copy-from-unknown-stage`\'s.',
  },
  fix: 'none',
  aliases: ['DU:FLAG_INVALID_FROM_VALUE'],
};

/** It reads only `COPY --from` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY') && facts.flags.has('from');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'COPY') continue;
    for (const flag of instruction.flags) {
      if (flag.name.toLowerCase() !== 'from' || !flag.value) continue;
      if (/^[A-Za-z0-9$]/.test(flag.value)) continue;
      ctx.report({
        range: ctx.range(flag.valueStart, flag.valueEnd),
        message: `${code(flag.value)} cannot name a stage, stage index or image: it must start with a letter or digit.`,
      });
    }
  }
}
