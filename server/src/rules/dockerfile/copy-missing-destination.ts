import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'copy-missing-destination',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`COPY` or `ADD` has a source but no destination.',
  docs: {
    description:
      '`COPY` and `ADD` need at least one source and, last, a destination: `COPY app.py /app/`. With a single argument the ' +
      'builder does not know where to put the files and rejects the instruction. A heredoc (`COPY <<EOF /etc/app.conf`) ' +
      'counts as a source.',
    incorrect: 'FROM python:3.13-slim\nCOPY app.py',
    correct: 'FROM python:3.13-slim\nCOPY app.py /app/',
  },
  fix: 'none',
  aliases: ['DU:ARGUMENT_REQUIRES_AT_LEAST_TWO'],
};

/** It reads only COPY and ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
    const words = instruction.execForm ? instruction.jsonStrings : instruction.args;
    if (words.length >= 2) continue;
    // A bare keyword is `instruction-missing-arguments`'.
    if (words.length === 0 && instruction.flags.length === 0) continue;
    const only = words[0];
    const [start, end] = only ? [only.start, only.end] : [instruction.keywordStart, instruction.keywordEnd];
    ctx.report({
      range: ctx.range(start, end),
      message: only
        ? `${code(instruction.rawKeyword)} needs a destination after ${code(only.value)}.`
        : `${code(instruction.rawKeyword)} needs a source and a destination.`,
    });
  }
}
