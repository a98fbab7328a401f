import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'heredoc-unterminated',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A heredoc (`<<EOF`) has no terminator line before the end of the file.',
  docs: {
    description:
      'A heredoc body runs until a line that holds exactly the delimiter (`EOF`). Without one, the rest of the file ' +
      'becomes the body and the builder stops with "unterminated heredoc". The delimiter must start the line: `<<-EOF` ' +
      'strips leading tabs, never spaces, and trailing spaces make the line a different word.',
    incorrect: 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\n  EOF',
    correct: 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF',
  },
  fix: 'none',
  aliases: [],
};

/** It reads only heredocs. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.heredocs;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  for (const instruction of withTriggers(ctx.model)) {
    for (const h of instruction.heredocs) {
      if (h.delimiterStart >= 0 || h.name === '') continue;
      const after = text.slice(h.markerEnd).split(/\r?\n/).slice(1);
      const near = after.find((l) => l.trim() === h.name);
      let hint = '';
      if (near !== undefined) {
        if (/^[ \t]*\S/.test(near) && /^\s/.test(near)) hint = ` A line ${code(near)} exists, but it is indented with spaces; only \`<<-\` strips leading tabs.`;
        else hint = ` A line ${code(near)} exists, but it has trailing spaces.`;
      }
      ctx.report({
        range: ctx.range(h.markerStart, h.markerEnd),
        message: `The heredoc ${code(h.name)} is never closed: no line holds just ${code(h.name)}.${hint}`,
      });
    }
  }
}
