import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'legacy-key-value-format',
  target: 'dockerfile',
  category: 'style',
  severity: 'warning',
  summary: '`ENV` or `LABEL` uses the legacy `key value` form without `=`.',
  docs: {
    description:
      '`ENV key value` sets one variable to the whole rest of the line, spaces included, while `ENV key=value` sets ' +
      'one pair per word. The legacy form is easy to misread (`ENV A 1 B 2` sets `A` to `1 B 2`) and BuildKit warns ' +
      'that it may be removed. Write `key=value`, quoting values that hold spaces.',
    incorrect: 'FROM alpine:3.20\nENV APP_HOME /srv/app\nLABEL maintainer Jane Doe',
    correct: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nLABEL maintainer="Jane Doe"',
    fix: 'Rewrites the pair as `key="value"` with the same value. Safe: the value is unchanged.',
    notes: 'No fix when the value mixes quotes or backslashes with other text, or spans continuation lines, where a ' +
      'rewrite could change it.',
  },
  fix: 'safe',
  aliases: ['BK:LegacyKeyValueFormat'],
};

/** It reads only ENV and LABEL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ENV', 'LABEL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { text } = ctx.model;
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') continue;
    const props = instruction.properties;
    if (props.length !== 1) continue;
    const p = props[0];
    if (p.operator !== null || p.value === null || p.name === '') continue;
    const raw = text.slice(p.valueStart, p.valueEnd);
    let rewritten: string | undefined;
    if (/^"(?:[^"\\]|\\.)*"$|^'[^']*'$/.test(raw)) rewritten = raw;
    else if (!/["'\\\n\r]/.test(raw)) rewritten = /\s/.test(raw) || raw === '' ? `"${raw}"` : raw;
    const name = text.slice(p.nameStart, p.nameEnd);
    ctx.report({
      range: ctx.range(p.nameStart, p.nameEnd),
      message: `${code(`${instruction.rawKeyword} ${name} …`)} uses the legacy form; write ${code(`${name}=…`)}.`,
      fix: rewritten !== undefined
        ? makeFix(`Write ${name}=${rewritten}`, 'safe', [replaceEdit(ctx.document, p.nameStart, p.valueEnd, `${name}=${rewritten}`)])
        : undefined,
    });
  }
}
