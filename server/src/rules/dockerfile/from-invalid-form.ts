import { insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { code, editDistance } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';

const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export const meta: DockerfileRuleMeta = {
  id: 'from-invalid-form',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`FROM` is not `FROM <image>` or `FROM <image> AS <name>`.',
  docs: {
    description:
      '`FROM` takes one image, optionally followed by `AS <stage name>`. Any other number of words, or a middle word ' +
      'other than `AS`, makes the builder reject the file: `FROM node:20 builder` forgot the `AS`, and ' +
      '`FROM node:20 AS` forgot the name.',
    incorrect: 'FROM node:20 builder\nRUN npm ci',
    correct: 'FROM node:20 AS builder\nRUN npm ci',
    fix: 'Turns a near miss of `AS` (`SA`, `AD`, `ASS`) into `AS`, or inserts `AS` before a lone stage name. Unsafe: the ' +
      'second word might have been meant as something else.',
  },
  fix: 'unsafe',
  aliases: ['DU:ARGUMENT_REQUIRES_ONE_OR_THREE', 'DU:INVALID_AS'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const from of ctx.model.instructions) {
    if (from.keyword !== 'FROM') continue;
    const args = from.args;
    const as = from.rawKeyword === from.rawKeyword.toLowerCase() ? 'as' : 'AS';
    if (args.length === 2) {
      const second = args[1];
      if (second.value.toUpperCase() === 'AS') {
        ctx.report({ range: ctx.range(second.start, second.end), message: '`AS` needs a stage name after it.' });
        continue;
      }
      let fix: Fix | undefined;
      if (STAGE_NAME.test(second.value)) {
        fix = makeFix(`Insert ${as} before ${second.value}`, 'unsafe', [insertEdit(ctx.document, second.start, `${as} `)]);
      }
      ctx.report({
        range: ctx.range(second.start, second.end),
        message: `\`FROM\` takes one image or \`<image> AS <name>\`; ${code(second.value)} is unexpected. Did you forget \`AS\`?`,
        fix,
      });
    } else if (args.length === 3 && args[1].value.toUpperCase() !== 'AS') {
      const middle = args[1];
      const near = ['SA', 'AD', 'ASS', 'AAS', 'A', 'S', 'AZ', 'SS'].includes(middle.value.toUpperCase()) || editDistance(middle.value.toUpperCase(), 'AS', 1) <= 1;
      ctx.report({
        range: ctx.range(middle.start, middle.end),
        message: `Expected \`AS\` between the image and the stage name, found ${code(middle.value)}.`,
        fix: near ? makeFix(`Replace ${middle.value} with ${as}`, 'unsafe', [replaceEdit(ctx.document, middle.start, middle.end, as)]) : undefined,
      });
    } else if (args.length >= 4) {
      const extra = args[3];
      ctx.report({
        range: ctx.range(extra.start, extra.end),
        message: `\`FROM\` takes at most \`<image> AS <name>\`; ${code(extra.value)} and what follows are extra.`,
      });
    }
  }
}
