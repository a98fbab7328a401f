import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Word } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'instruction-extra-arguments',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'An instruction has more arguments than it takes.',
  docs: {
    description:
      '`STOPSIGNAL` and `USER` take exactly one argument, and `HEALTHCHECK NONE` takes none. The builder rejects the ' +
      'instruction when more words follow, which usually means two lines were joined or a comment was written on the ' +
      'same line.',
    incorrect: 'FROM alpine:3.20\nUSER app app\nSTOPSIGNAL SIGTERM SIGKILL',
    correct: 'FROM alpine:3.20\nUSER app:app\nSTOPSIGNAL SIGTERM',
    fix: 'Deletes the surplus words. Safe: the builder rejects the instruction as written.',
  },
  fix: 'safe',
  aliases: ['DU:ARGUMENT_EXTRA', 'DU:ARGUMENT_UNNECESSARY'],
};

/** It reads only USER, STOPSIGNAL and HEALTHCHECK instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'USER', 'STOPSIGNAL', 'HEALTHCHECK');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    const { keyword, args } = instruction;
    let keep: Word | undefined;
    let surplus: Word[] = [];
    let message = '';
    if ((keyword === 'USER' || keyword === 'STOPSIGNAL') && args.length > 1) {
      keep = args[0];
      surplus = args.slice(1);
      message = `${code(instruction.rawKeyword)} takes exactly one argument; ${code(surplus[0].value)} is one too many.`;
    } else if (keyword === 'HEALTHCHECK' && args.length > 1 && args[0].value.toUpperCase() === 'NONE') {
      keep = args[0];
      surplus = args.slice(1);
      message = `\`HEALTHCHECK NONE\` takes no arguments; remove ${code(surplus[0].value)}.`;
    }
    if (!keep || surplus.length === 0) continue;
    const last = surplus[surplus.length - 1];
    ctx.report({
      range: ctx.range(surplus[0].start, surplus[0].end),
      message,
      fix: makeFix('Delete the surplus arguments', 'safe', [replaceEdit(ctx.document, keep.end, last.end, '')]),
    });
  }
}
