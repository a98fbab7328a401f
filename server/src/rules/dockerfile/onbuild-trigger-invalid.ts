import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const meta: DockerfileRuleMeta = {
  id: 'onbuild-trigger-invalid',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`ONBUILD` wraps `ONBUILD`, `FROM` or `MAINTAINER`, which it cannot.',
  docs: {
    description:
      '`ONBUILD <instruction>` stores an instruction to run when another image builds `FROM` this one. Chaining ' +
      '(`ONBUILD ONBUILD …`) is not allowed, and neither are `FROM` and `MAINTAINER` as triggers: the builder rejects them.',
    incorrect: 'FROM node:22-slim\nONBUILD ONBUILD COPY . /app',
    correct: 'FROM node:22-slim\nONBUILD COPY . /app',
  },
  fix: 'none',
  aliases: ['DL3043', 'DU:ONBUILD_CHAINING_DISALLOWED', 'DU:ONBUILD_TRIGGER_DISALLOWED'],
};

/** It reads only ONBUILD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ONBUILD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of ctx.model.instructions) {
    if (instruction.keyword !== 'ONBUILD') continue;
    const word = instruction.args[0];
    if (!word || !FORBIDDEN.has(word.value.toUpperCase())) continue;
    const upper = word.value.toUpperCase();
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: upper === 'ONBUILD' ? '`ONBUILD` cannot be chained: `ONBUILD ONBUILD` is not allowed.' : `${code(upper)} cannot be an \`ONBUILD\` trigger.`,
    });
  }
}
