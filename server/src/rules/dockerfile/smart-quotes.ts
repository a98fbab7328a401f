import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { instructionTextSpans } from '../shared/instruction-text';

export const meta: DockerfileRuleMeta = {
  id: 'smart-quotes',
  target: 'dockerfile',
  category: 'typography',
  severity: 'warning',
  summary: 'Typographic quotes (‘ ’ “ ”) in an instruction: they are ordinary characters, not quotes.',
  docs: {
    description:
      'Text copied from web pages, chat or word processors often carries curly quotes. Neither the Dockerfile parser nor ' +
      'the shell treats them as quotes. In exec form they break the JSON, so `CMD [“python”, “app.py”]` silently runs as ' +
      'a shell command named `[“python”,`; inside a JSON string they travel into the argument, so ' +
      '`"--ip=‘0.0.0.0’"` hands the curly quotes to the program.',
    incorrect: 'FROM python:3.12-slim\nCMD [“python”, “app.py”]',
    correct: 'FROM python:3.12-slim\nCMD ["python", "app.py"]',
    fix:
      'Replaces each character with its ASCII quote (escaped inside a JSON string); inside an exec-form string, quotes ' +
      'that wrap a whole `=value` are deleted, since exec form never strips quotes. Unsafe: quoting changes how the ' +
      'text is split.',
    notes: 'Comments, LABEL values and COPY/ADD heredoc bodies are not checked; `’` between two letters is an apostrophe (`It’s`).',
  },
  fix: 'unsafe',
  aliases: [],
};

const SINGLE = '‘’‚′';
const DOUBLE = '“”„″';
const ALL = /[‘’‚′“”„″]/g;
const ANY = /[‘’‚′“”„″]/;

/** Smart quotes are outside ASCII. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.nonAscii;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  if (!ANY.test(text)) return; // most files have none: skip the per-line scans
  for (const span of instructionTextSpans(ctx.model)) {
    const line = text.slice(span.start, span.end);
    for (const m of line.matchAll(ALL)) {
      const at = span.start + (m.index ?? 0);
      const ch = m[0];
      if (ch === '’' && /\p{L}/u.test(text[at - 1] ?? '') && /\p{L}/u.test(text[at + 1] ?? '')) continue;
      const replacement = replacementFor(span.instruction, text, at, ch);
      ctx.report({
        range: ctx.range(at, at + 1),
        message: `${code(ch)} is a typographic quote, not a quote character; the builder and the shell read it literally.`,
        fix: makeFix(replacement === '' ? `Delete ${ch}` : `Replace ${ch} with ${replacement}`, 'unsafe', [replaceEdit(ctx.document, at, at + 1, replacement)]),
      });
    }
  }
}

/** What replaces the quote at `at`. */
function replacementFor(i: InstructionNode, text: string, at: number, ch: string): string {
  const ascii = SINGLE.includes(ch) ? "'" : '"';
  if (!i.argsText.text.trimStart().startsWith('[')) return ascii;
  const word = i.jsonStrings.find((w) => at > w.start && at < w.end - 1);
  if (!i.execForm || !word) return '"'; // broken JSON: the quote is structural
  const inner = text.slice(word.start + 1, word.end - 1);
  const wrap = /=([‘’‚′“”„″])(.*)([‘’‚′“”„″])$/.exec(inner);
  if (wrap) {
    const open = word.start + 1 + (wrap.index ?? 0) + 1;
    const close = word.end - 2;
    if (at === open || at === close) return '';
  }
  return DOUBLE.includes(ch) ? '\\"' : "'";
}
