import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { baseName, SHELLS, type ShellError } from '../../model/shell';
import { docSpan, contiguous, type MappedText } from '../../model/mapped-text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { lastBefore } from '../../model/dockerfile/queries';
import { withTriggers } from '../shared/dockerfile-syntax';
import { isPosixShell } from '../shared/run-context';
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
    notes: 'Skipped after a `SHELL` that is not a POSIX shell (PowerShell, cmd), in stages from a Windows image (whose ' +
      'default shell is cmd), and for heredocs run by another ' +
      'interpreter (`#!/usr/bin/env python3`).',
  },
  fix: 'none',
  aliases: ['SC1xxx'],
};

function posixShell(model: DockerfileModel, instruction: InstructionNode): boolean {
  const shell = lastBefore(instruction, 'SHELL');
  // The default shell: `cmd` on a Windows image.
  if (!shell) return isPosixShell(model, instruction);
  if (shell.jsonStrings.length === 0) return true;
  return SHELLS.has(baseName(shell.jsonStrings[0].value).replace(/\.exe$/i, '').toLowerCase());
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const reporter = new Reporter(ctx);
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'RUN' || !posixShell(ctx.model, instruction)) continue;
    if (instruction.shell && !instruction.execForm) scan(reporter, instruction, instruction.argsText, instruction.shell.errors);
    for (const h of instruction.heredocs) {
      if (!h.script || h.contentStart < 0) continue;
      const body = contiguous(ctx.model.text.slice(h.contentStart, h.contentEnd), h.contentStart);
      scan(reporter, instruction, body, h.script.errors);
    }
  }
}

/** Reports the lexer's errors of `source` (those about `${…}` excepted); without any, its structure problems. */
function scan(reporter: Reporter, run: InstructionNode, source: MappedText, lexErrors: readonly ShellError[]): void {
  let lexed = false;
  for (const e of lexErrors) {
    if (e.message.includes('${')) continue;
    lexed = true;
    reporter.report(run, e.start, e.end, e.message.replace(/\.$/, '') + ': the shell will reject this script.');
  }
  if (lexed) return;
  for (const p of shellStructureProblems(source.text)) {
    const [start, end] = docSpan(source, p.start, p.end);
    reporter.report(run, start, end, p.message);
  }
}

/** Reports a spot once per RUN: its line and its heredocs may find the same one. */
class Reporter {
  private run: InstructionNode | undefined;
  private readonly starts = new Set<number>();

  constructor(private readonly ctx: RuleContext<DockerfileModel>) {}

  report(run: InstructionNode, start: number, end: number, message: string): void {
    if (run !== this.run) {
      this.run = run;
      this.starts.clear();
    }
    if (this.starts.has(start)) return;
    this.starts.add(start);
    this.ctx.report({ range: this.ctx.range(start, end), message });
  }
}
