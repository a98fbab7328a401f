import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { docSpan } from '../../model/mapped-text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

/** Instructions whose arguments the builder splits itself (shell text is `run-shell-syntax-error`'s). */
const NON_SHELL = new Set(['ENV', 'ARG', 'LABEL', 'FROM', 'COPY', 'ADD', 'EXPOSE', 'USER', 'WORKDIR', 'VOLUME', 'STOPSIGNAL']);

export const meta: DockerfileRuleMeta = {
  id: 'unterminated-quote',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A quote opened in the instruction is never closed.',
  docs: {
    description:
      'Outside shell commands, the builder splits arguments itself and honours `"…"` and `\'…\'`. A quote that is not ' +
      'closed before the end of the instruction (continuation lines included) makes it fail with "unexpected end of ' +
      'statement". An apostrophe in an unquoted value (`LABEL description=Bob\'s app`) is the usual cause.',
    incorrect: 'FROM alpine:3.20\nLABEL description="A small tool\nENV GREETING=\'hello',
    correct: 'FROM alpine:3.20\nLABEL description="A small tool"\nENV GREETING=\'hello\'',
    notes: 'Shell-form RUN, CMD and ENTRYPOINT are shell text, checked by `run-shell-syntax-error`; exec form is JSON.',
  },
  fix: 'none',
  aliases: ['DU:SYNTAX_MISSING_SINGLE_QUOTE', 'DU:SYNTAX_MISSING_DOUBLE_QUOTE'],
};

/** Index of the first quote left open in `text`, or -1. */
export function unclosedQuote(text: string, escape: string): number {
  if (!text.includes('"') && !text.includes("'")) return -1; // most arguments have no quote at all
  let open = -1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
      continue;
    }
    if (ch === escape) {
      i++;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      open = i;
    }
  }
  return quote ? open : -1;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (!NON_SHELL.has(instruction.keyword) || instruction.execForm) continue;
    const source = instruction.argsText;
    const at = unclosedQuote(source.text, ctx.model.escape);
    if (at < 0) continue;
    const [start, end] = docSpan(source, at, at + 1);
    const kind = source.text[at] === '"' ? 'double' : 'single';
    ctx.report({ range: ctx.range(start, end), message: `This ${kind} quote is never closed before the end of the instruction.` });
  }
}
