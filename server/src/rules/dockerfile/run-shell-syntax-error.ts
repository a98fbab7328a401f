import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { baseName, SHELLS } from '../../model/shell';
import { docSpan, contiguous, type MappedText } from '../../model/mapped-text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { lastBefore } from '../../model/dockerfile/queries';
import { withTriggers } from '../shared/dockerfile-syntax';
import { shellStructureProblems } from '../shared/shell-structure';

export const meta: DockerfileRuleMeta = {
  id: 'run-shell-syntax-error',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'Shell text in `RUN` that no POSIX shell can parse.',
  docs: {
    description:
      'The shell reads a `RUN` command only when the step runs, possibly minutes into the build. An unterminated quote, ' +
      '`$(` or backtick, an unmatched `(` or `{`, an `if` without `fi`, a `do` without `done`, a `case` without `esac`, ' +
      'or a script ending in `&&`, `||` or `|` (usually a lost `\\` at the end of a line) fails there with a syntax ' +
      'error. Heredoc scripts are checked the same way.',
    incorrect: 'FROM alpine:3.20\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release; &&',
    correct: 'FROM alpine:3.20\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release; fi',
    notes: 'Skipped after a `SHELL` that is not a POSIX shell (PowerShell, cmd) and for heredocs run by another ' +
      'interpreter (`#!/usr/bin/env python3`).',
  },
  fix: 'none',
  aliases: ['SC1xxx'],
};

function posixShell(instruction: InstructionNode): boolean {
  const shell = lastBefore(instruction, 'SHELL');
  if (!shell || shell.jsonStrings.length === 0) return true;
  return SHELLS.has(baseName(shell.jsonStrings[0].value).replace(/\.exe$/i, '').toLowerCase());
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'RUN' || !posixShell(instruction)) continue;
    const seen = new Set<number>();
    const report = (start: number, end: number, message: string) => {
      if (seen.has(start)) return;
      seen.add(start);
      ctx.report({ range: ctx.range(start, end), message });
    };
    const scan = (source: MappedText, errors: { message: string; start: number; end: number }[]) => {
      for (const e of errors) report(e.start, e.end, e.message.replace(/\.$/, '') + ': the shell will reject this script.');
      if (errors.length > 0) return;
      for (const p of shellStructureProblems(source.text)) {
        const [start, end] = docSpan(source, p.start, p.end);
        report(start, end, p.message);
      }
    };
    if (instruction.shell && !instruction.execForm) scan(instruction.argsText, instruction.shell.errors.filter((e) => !e.message.includes('${')));
    for (const h of instruction.heredocs) {
      if (!h.script || h.contentStart < 0) continue;
      const body = contiguous(ctx.model.text.slice(h.contentStart, h.contentEnd), h.contentStart);
      scan(body, h.script.errors.filter((e) => !e.message.includes('${')));
    }
  }
}
