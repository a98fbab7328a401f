import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { directiveLines, isEscapeCharacter } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'escape-directive-invalid',
  target: 'dockerfile',
  category: 'parser-directives',
  severity: 'error',
  summary: '`# escape=` names a character other than `\\` or a backtick.',
  docs: {
    description:
      'The escape directive chooses the character that escapes and continues lines. Only `\\` (the default) and the ' +
      'backtick (for Windows paths) are allowed; anything else makes the builder reject the file.',
    incorrect: '# escape=^\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
    correct: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
    fix: 'Sets the value to `\\`, or (alternative) to a backtick. Unsafe: the choice changes how lines are joined.',
  },
  fix: 'unsafe',
  aliases: ['DU:INVALID_ESCAPE_DIRECTIVE'],
};

/** It reads only parser-directive lines. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const d of directiveLines(ctx.model)) {
    if (!d.inBlock || d.name !== 'escape' || isEscapeCharacter(d.value)) continue;
    const [start, end] = d.value === '' ? [d.nameStart, d.nameEnd] : [d.valueStart, d.valueEnd];
    const set = (value: string, title: string) => makeFix(title, 'unsafe', [replaceEdit(ctx.document, d.valueStart, d.valueEnd, value)]);
    ctx.report({
      range: ctx.range(start, end),
      message: d.value === '' ? '`# escape=` has no value; use `\\` or a backtick.' : `The escape character must be \`\\\` or a backtick, not ${code(d.value)}.`,
      fix: [set('\\', 'Use \\ as the escape character'), set('`', 'Use ` as the escape character')],
    });
  }
}
