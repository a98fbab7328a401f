import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { directiveLines } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'parser-directive-casing',
  target: 'dockerfile',
  category: 'parser-directives',
  severity: 'info',
  summary: 'A parser directive name is not in lower case.',
  docs: {
    description:
      'Directive names are matched without regard to case, so `# ESCAPE=\\` works, but readers and many tools take ' +
      'an upper-case line for an ordinary comment. Lower case is the documented spelling.',
    incorrect: '# SYNTAX=docker/dockerfile:1\nFROM alpine:3.20',
    correct: '# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    fix: 'Lower-cases the name. Safe: the builder reads both the same way.',
  },
  fix: 'safe',
  aliases: ['DU:CASING_DIRECTIVE'],
};

/** It reads only parser-directive lines. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const d of directiveLines(ctx.model)) {
    if (!d.inBlock || d.rawName === d.name) continue;
    ctx.report({
      range: ctx.range(d.nameStart, d.nameEnd),
      message: `Write the directive name in lower case: ${code(d.name)}, not ${code(d.rawName)}.`,
      fix: makeFix(`Lower-case to ${d.name}`, 'safe', [replaceEdit(ctx.document, d.nameStart, d.nameEnd, d.name)]),
    });
  }
}
