import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'yaml-syntax-error',
  target: 'compose',
  category: 'yaml',
  severity: 'error',
  summary: 'The file is not valid YAML.',
  docs: {
    description:
      'Compose refuses a file it cannot parse, and every later key is then unknown to it. Common causes: a tab used for ' +
      'indentation, a key without `:`, an unclosed quote or bracket, or list items indented differently from their siblings. ' +
      'Stevedore recovers after the error, so the rest of the file is still checked; only a file nested thousands of levels ' +
      'deep is not read at all, and says so.',
    incorrect: 'services:\n  web:\n    image: "nginx:1.27\n    ports:\n      - "8080:80"',
    correct: 'services:\n  web:\n    image: "nginx:1.27"\n    ports:\n      - "8080:80"',
  },
  fix: 'none',
  aliases: ['dclint:invalid-yaml'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const error of ctx.model.errors) {
    const [start, end] = visibleSpan(ctx.model.text, error.start, error.end);
    ctx.report({ range: ctx.range(start, end), message: `Invalid YAML: ${error.message}` });
  }
}

/** An error the parser places at the very end (an unclosed quote) is shown on the last line that has text. */
function visibleSpan(text: string, rawStart: number, rawEnd: number): [number, number] {
  const start = Math.min(rawStart, text.length);
  const end = Math.min(rawEnd, text.length);
  if (end > start) return [start, end];
  const trimmed = text.trimEnd().length;
  if (start < trimmed) return [start, start + 1];
  const lineStart = text.lastIndexOf('\n', trimmed - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0].length ?? 0;
  return trimmed > 0 ? [Math.min(lineStart + indent, trimmed - 1), trimmed] : [0, 0];
}
