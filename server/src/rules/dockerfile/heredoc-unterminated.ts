import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { partitionPoint } from '../../model/sorted';
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
  let lines: LinesHolding | undefined;
  for (const instruction of withTriggers(ctx.model)) {
    for (const h of instruction.heredocs) {
      if (h.delimiterStart >= 0 || h.name === '') continue;
      lines ??= linesHolding(text, unclosedNames(ctx.model));
      const near = lines.firstAfter(h.name, h.markerEnd);
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

function unclosedNames(model: DockerfileModel): Set<string> {
  const names = new Set<string>();
  for (const instruction of withTriggers(model)) for (const h of instruction.heredocs) if (h.delimiterStart < 0) names.add(h.name);
  return names;
}

interface LinesHolding {
  /** The first line after `offset`'s line that holds `name` between blanks, as written (its `\r` dropped). */
  firstAfter(name: string, offset: number): string | undefined;
}

/**
 * The lines that hold one of the names between blanks, read once: searching the rest of the text for each unclosed
 * heredoc was quadratic in a file of many.
 */
function linesHolding(text: string, names: ReadonlySet<string>): LinesHolding {
  const starts = new Map<string, number[]>();
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const name = text.slice(start, stop).trim();
    if (names.has(name)) {
      const list = starts.get(name);
      if (list) list.push(start);
      else starts.set(name, [start]);
    }
    if (end < 0) break;
    start = end + 1;
  }
  return {
    firstAfter(name, offset) {
      const list = starts.get(name) ?? [];
      const at = partitionPoint(list, (s) => s <= offset);
      if (at === list.length) return undefined;
      // Lines as split at `\r?\n`: a `\r` goes with the line break after it.
      const end = text.indexOf('\n', list[at]);
      return end < 0 ? text.slice(list[at]) : text.slice(list[at], end).replace(/\r$/, '');
    },
  };
}
