import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code, editDistance } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'healthcheck-unknown-type',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`HEALTHCHECK` is followed by something other than `CMD` or `NONE`.',
  docs: {
    description:
      'After its flags, `HEALTHCHECK` takes either `CMD <command>` or `NONE` (which turns off a check inherited from ' +
      'the base image). Anything else, such as a command written without `CMD` or a misspelt `CMD`, fails the build.',
    incorrect: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s curl -f http://localhost/ || exit 1',
    correct: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1',
    fix: 'Replaces a near miss of `CMD` (`CDM`, `CMND`, `RUN`) with `CMD`. Unsafe: the word may have been meant differently.',
  },
  fix: 'unsafe',
  aliases: ['DU:UNKNOWN_TYPE'],
};

/** It reads only HEALTHCHECK instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'HEALTHCHECK');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'HEALTHCHECK') continue;
    const word = instruction.args[0];
    if (!word || /^(CMD|NONE)$/i.test(word.value) || word.value.startsWith('-')) continue;
    const upper = word.value.toUpperCase();
    const near = (upper.length <= 4 && editDistance(upper, 'CMD', 2) <= 2 && upper !== 'NON') || upper === 'RUN';
    const cmd = instruction.rawKeyword === instruction.rawKeyword.toLowerCase() ? 'cmd' : 'CMD';
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `\`HEALTHCHECK\` expects \`CMD\` or \`NONE\` here, not ${code(word.value)}.`,
      fix: near ? makeFix(`Replace ${word.value} with ${cmd}`, 'unsafe', [replaceEdit(ctx.document, word.start, word.end, cmd)]) : undefined,
    });
  }
}
