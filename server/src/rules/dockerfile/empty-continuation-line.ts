import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'empty-continuation-line',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: 'A blank line inside a `\\`-continued instruction.',
  docs: {
    description:
      'When a line ends with the escape character, the instruction goes on at the next line that holds something. ' +
      'Blank lines in between are skipped today, but they hide that the instruction continues, and BuildKit has ' +
      'announced that it will turn them into an error. A comment line is fine.',
    incorrect: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl',
    correct: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
    fix: 'Deletes the blank lines. Safe: the builder skips them anyway.',
  },
  fix: 'safe',
  aliases: ['BK:NoEmptyContinuation', 'DU:EMPTY_CONTINUATION_LINE'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { text, document, heredocLines } = ctx.model;
  for (const instruction of ctx.model.instructions) {
    if (instruction.endLine === instruction.line) continue;
    for (let line = instruction.line + 1; line < instruction.endLine; line++) {
      if (heredocLines.has(line)) continue;
      const start = document.offsetAt({ line, character: 0 });
      const next = document.offsetAt({ line: line + 1, character: 0 });
      const lineText = text.slice(start, next);
      if (lineText.trim() !== '') continue;
      const contentEnd = start + lineText.replace(/\r?\n$/, '').length;
      ctx.report({
        range: ctx.range(start, contentEnd),
        message: 'Blank line inside a continued instruction; the instruction goes on below it.',
        fix: makeFix('Delete the blank line', 'safe', [replaceEdit(document, start, next, '')]),
      });
    }
  }
}
