import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'property-missing-value',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'An `ENV` or `LABEL` property has no value, or a property has no name.',
  docs: {
    description:
      '`ENV` and `LABEL` set `key=value` pairs. A lone key (`ENV DEBUG`), a key without `=` among several pairs ' +
      '(`ENV A=1 B`) or a pair without a name (`ENV =x`) is rejected by the builder. Unlike `ARG`, `ENV` has no ' +
      'declare-only form: write `ENV DEBUG=""` for an empty value.',
    incorrect: 'FROM alpine:3.20\nENV DEBUG\nLABEL version=1.0 stable',
    correct: 'FROM alpine:3.20\nENV DEBUG=""\nLABEL version=1.0 channel=stable',
    notes: '`ARG NAME` without a value is a valid declaration; only `ARG =x` (no name) is reported for ARG.',
  },
  fix: 'none',
  aliases: ['DU:ARGUMENT_REQUIRES_TWO', 'DU:SYNTAX_MISSING_EQUALS', 'DU:SYNTAX_MISSING_NAMES'],
};

/** It reads only ENV, LABEL and ARG instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ENV', 'LABEL', 'ARG');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    const { keyword } = instruction;
    if (keyword !== 'ENV' && keyword !== 'LABEL' && keyword !== 'ARG') continue;
    const props = instruction.properties;
    for (const p of props) {
      if (p.name === '') {
        ctx.report({ range: ctx.range(p.nameStart, p.valueEnd), message: `A property of ${code(instruction.rawKeyword)} has a value but no name.` });
        continue;
      }
      if (keyword === 'ARG' || p.value !== null) continue;
      ctx.report({
        range: ctx.range(p.nameStart, p.nameEnd),
        message: props.length === 1
          ? `${code(instruction.rawKeyword)} ${code(p.name)} has no value; write ${code(`${p.name}=<value>`)}.`
          : `${code(p.name)} has no \`=value\`; every property of ${code(instruction.rawKeyword)} needs one.`,
      });
    }
  }
}
