import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';
import { exposeSpecs } from '../shared/expose-ports';

export const meta: DockerfileRuleMeta = {
  id: 'expose-host-mapping',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: '`EXPOSE` with a host IP or `host:container` mapping, which has no effect.',
  docs: {
    description:
      'An image cannot choose host ports or addresses: that happens at run time with `docker run -p` or Compose ' +
      '`ports:`. The builder ignores the host part of `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80` today and BuildKit ' +
      'has marked the form for removal, so the line only misleads.',
    incorrect: 'FROM nginx:1.27\nEXPOSE 8080:80',
    correct: 'FROM nginx:1.27\nEXPOSE 80',
    fix: 'Keeps only the container port (and protocol). Safe: the removed part has no effect.',
  },
  fix: 'safe',
  aliases: ['BK:ExposeInvalidFormat'],
};

/** It reads only EXPOSE instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'EXPOSE');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const spec of exposeSpecs(instruction, ctx.model.escape)) {
      if (spec.hostEnd === 0) continue;
      const { word } = spec;
      const kept = spec.value.slice(spec.hostEnd);
      ctx.report({
        range: spec.literal ? ctx.range(word.start, word.start + spec.hostEnd) : ctx.range(word.start, word.end),
        message: `${code(spec.value)}: the host part ${code(spec.value.slice(0, spec.hostEnd))} is ignored; \`EXPOSE\` takes only the container port.`,
        fix: spec.literal ? makeFix(`Keep only ${kept}`, 'safe', [replaceEdit(ctx.document, word.start, word.end, kept)]) : undefined,
      });
    }
  }
}
