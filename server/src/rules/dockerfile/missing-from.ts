import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { KEYWORDS } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'missing-from',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'The file has no `FROM`, or an instruction other than `ARG` comes before the first `FROM`.',
  docs: {
    description:
      'A build starts from a base image, so the first instruction must be `FROM`; only `ARG` may come before it (to ' +
      'parameterise the image), besides comments and parser directives. Anything else before the first `FROM`, or a ' +
      'file with no `FROM` at all, is rejected by the builder.',
    incorrect: 'WORKDIR /app\nFROM python:3.13-slim',
    correct: 'FROM python:3.13-slim\nWORKDIR /app',
    notes: 'An empty file is not reported, so a new Dockerfile does not turn red while it is being typed.',
  },
  fix: 'none',
  aliases: ['DL3061', 'DU:NO_SOURCE_IMAGE'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { instructions } = ctx.model;
  if (instructions.length === 0) return;
  const hasFrom = instructions.some((i) => i.keyword === 'FROM');
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') return;
    if (instruction.keyword === 'ARG' && hasFrom) continue;
    // Unknown words are `unknown-instruction`'s.
    if (!KEYWORDS.has(instruction.keyword)) continue;
    ctx.report({
      range: ctx.range(instruction.keywordStart, instruction.keywordEnd),
      message: hasFrom
        ? `${code(instruction.rawKeyword)} comes before the first \`FROM\`; only \`ARG\` may.`
        : 'This Dockerfile has no `FROM`: every build needs a base image (or `FROM scratch`).',
    });
    return;
  }
}
