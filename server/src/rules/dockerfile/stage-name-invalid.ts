import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'stage-name-invalid',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A stage name does not start with a letter or holds characters other than letters, digits, `_`, `-`, `.`.',
  docs: {
    description:
      'A stage name (`FROM … AS <name>`) must start with a letter and may then hold letters, digits, `_`, `-` and `.`. ' +
      'Names such as `1st`, `build:prod` or `my stage` are rejected, because `COPY --from` could not tell them from a ' +
      'stage index or an image reference.',
    incorrect: 'FROM golang:1.23 AS build:prod',
    correct: 'FROM golang:1.23 AS build-prod',
  },
  fix: 'none',
  aliases: ['DU:INVALID_BUILD_STAGE_NAME'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    if (stage.nameStart < 0) continue;
    const name = ctx.model.text.slice(stage.nameStart, stage.nameEnd);
    if (/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name) || name.includes('$')) continue;
    ctx.report({
      range: ctx.range(stage.nameStart, stage.nameEnd),
      message: /^[A-Za-z]/.test(name)
        ? `Stage name ${code(name)} may only hold letters, digits, \`_\`, \`-\` and \`.\`.`
        : `Stage name ${code(name)} must start with a letter.`,
    });
  }
}
