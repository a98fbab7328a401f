import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'shell-not-json',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`SHELL` is not written as a JSON array of strings.',
  docs: {
    description:
      'Unlike `RUN` or `CMD`, `SHELL` has no shell form: it must be a JSON array such as `["/bin/bash", "-o", ' +
      '"pipefail", "-c"]`, with double quotes. Plain words (`SHELL /bin/bash -c`) or single quotes make the builder ' +
      'reject the file.',
    incorrect: 'FROM debian:12\nSHELL /bin/bash -o pipefail -c',
    correct: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    fix: 'Writes the words as a JSON array. Safe: the file cannot build as written.',
    notes: 'An empty array (`SHELL []`) is reported by `instruction-missing-arguments`.',
  },
  fix: 'safe',
  aliases: ['DU:SHELL_JSON_FORM', 'DU:SHELL_REQUIRES_ONE'],
};

/** The words the author meant, from plain words or a broken array (`['/bin/sh', '-c']`). */
export function intendedWords(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    return t
      .slice(1, -1)
      .split(',')
      .map((w) => w.trim().replace(/^(['"‘’“”])(.*)(['"‘’“”])$/s, '$2'))
      .filter((w) => w !== '');
  }
  return t.split(/\s+/).filter((w) => w !== '');
}

/** It reads only SHELL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'SHELL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'SHELL' || instruction.execForm || instruction.args.length === 0) continue;
    const first = instruction.args[0];
    const last = instruction.args[instruction.args.length - 1];
    const words = intendedWords(instruction.argsText.text);
    ctx.report({
      range: ctx.range(first.start, last.end),
      message: '`SHELL` must be a JSON array of strings, such as `["/bin/sh", "-c"]`.',
      fix: words.length > 0
        ? makeFix('Write as a JSON array', 'safe', [replaceEdit(ctx.document, first.start, last.end, JSON.stringify(words).replace(/","/g, '", "'))])
        : undefined,
    });
  }
}
