import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'from-as-casing',
  target: 'dockerfile',
  category: 'style',
  severity: 'warning',
  summary: '`AS` is not in the same case as its `FROM`.',
  docs: {
    description:
      '`FROM node:22 as build` works, but the keyword pair reads as one unit: BuildKit warns when `AS` and `FROM` ' +
      'differ in case, so write `FROM … AS …` or `from … as …`.',
    incorrect: 'FROM node:22 as build',
    correct: 'FROM node:22 AS build',
    fix: 'Re-cases `AS` to match `FROM`. Safe: keywords are case-insensitive.',
  },
  fix: 'safe',
  aliases: ['BK:FromAsCasing'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const { from } = stage;
    if (from.args.length < 3 || from.args[1].value.toLowerCase() !== 'as') continue;
    const as = from.args[1];
    const fromUpper = from.rawKeyword === 'FROM';
    const fromLower = from.rawKeyword === 'from';
    if (!fromUpper && !fromLower) continue;
    const wanted = fromUpper ? 'AS' : 'as';
    if (as.value === wanted) continue;
    ctx.report({
      range: ctx.range(as.start, as.end),
      message: `${code(as.value)} does not match the case of ${code(from.rawKeyword)}; write ${code(wanted)}.`,
      fix: makeFix(`Write ${wanted}`, 'safe', [replaceEdit(ctx.document, as.start, as.end, wanted)]),
    });
  }
}
