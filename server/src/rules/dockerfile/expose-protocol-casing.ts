import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';
import { exposeSpecs } from '../shared/expose-ports';

export const meta: DockerfileRuleMeta = {
  id: 'expose-protocol-casing',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: 'An `EXPOSE` protocol is not written in lower case.',
  docs: {
    description:
      'Protocols are `tcp`, `udp` and `sctp` in lower case. Upper-case spellings (`80/TCP`) are accepted today only ' +
      'through a lenient conversion that BuildKit warns about, and other tools reading image metadata may not apply it.',
    incorrect: 'FROM nginx:1.27\nEXPOSE 80/TCP',
    correct: 'FROM nginx:1.27\nEXPOSE 80/tcp',
    fix: 'Lower-cases the protocol. Safe: the builder already treats it that way.',
  },
  fix: 'safe',
  aliases: ['BK:ExposeProtoCasing'],
};

/** It reads only EXPOSE instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'EXPOSE');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const spec of exposeSpecs(instruction, ctx.model.escape)) {
      if (spec.proto === '' || spec.proto === spec.proto.toLowerCase() || !/^(tcp|udp|sctp)$/i.test(spec.proto)) continue;
      const start = spec.word.start + spec.protoStart;
      const end = start + spec.proto.length;
      ctx.report({
        range: spec.literal ? ctx.range(start, end) : ctx.range(spec.word.start, spec.word.end),
        message: `Write the protocol in lower case: ${code(spec.proto.toLowerCase())}, not ${code(spec.proto)}.`,
        fix: spec.literal ? makeFix(`Use ${spec.proto.toLowerCase()}`, 'safe', [replaceEdit(ctx.document, start, end, spec.proto.toLowerCase())]) : undefined,
      });
    }
  }
}
