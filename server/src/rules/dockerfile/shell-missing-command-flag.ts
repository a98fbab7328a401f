import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { SHELLS } from '../../model/shell';
import { shellInstruction, shellProgram } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'shell-missing-command-flag',
  target: 'dockerfile',
  category: 'shell',
  severity: 'error',
  summary: 'A `SHELL` array that does not end with the command flag (`-c`, `/C`, `-Command`).',
  docs: {
    description:
      'The builder runs a shell-form instruction as the SHELL array followed by the command text. Without `-c` at the end, ' +
      '`["/bin/bash", "-o", "pipefail"]` makes bash treat the command as the name of a script file to open, so every ' +
      'following shell-form RUN fails with "No such file or directory". The last element must be the flag that takes a ' +
      'command: `-c` for POSIX shells, `/C` for cmd, `-Command` (or `-c`) for PowerShell.',
    incorrect: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail"]\nRUN curl -fsSL https://example.com | tar -xz',
    correct: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com | tar -xz',
    fix: 'Appends the command flag (`-c`, `/C` or `-Command`) to the array. Safe: every following shell-form instruction fails today.',
    notes:
      'Only reported when a shell-form RUN, CMD or ENTRYPOINT uses the SHELL. Combined flags such as `-ec` count. cmd and ' +
      'PowerShell read everything after the flag as the command, so for them the flag may come earlier (the official ' +
      'images\' `["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]`). Shell programs the rule does not know ' +
      'are not checked.',
  },
  fix: 'safe',
  aliases: [],
};


/** It reports only SHELL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'SHELL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const used = new Set<InstructionNode>();
  for (const instruction of ctx.model.instructions) {
    const target = instruction.trigger ?? instruction;
    if (!['RUN', 'CMD', 'ENTRYPOINT'].includes(target.keyword) || target.execForm || target.args.length === 0) continue;
    const shell = shellInstruction(ctx.model, instruction);
    if (shell) used.add(shell);
  }
  for (const shell of used) {
    const strings = shell.jsonStrings;
    if (strings.length === 0) continue;
    const program = shellProgram(strings.map((s) => s.value));
    const flag = commandFlag(program);
    if (!flag) continue;
    const last = strings[strings.length - 1];
    // A POSIX shell needs the flag last; cmd and PowerShell take everything after it as the command
    // (`["powershell", "-Command", "$Pref = …;"]`).
    const afterProgram = strings.slice(1);
    if ((SHELLS.has(program) ? afterProgram.slice(-1) : afterProgram).some((s) => isCommandFlag(program, s.value))) continue;
    ctx.report({
      range: ctx.range(last.start, last.end),
      message: `This SHELL array does not end with ${code(flag)}, so each command is passed to ${code(program)} as a script file name.`,
      fix: makeFix(`Append "${flag}" to the SHELL array`, 'safe', [insertEdit(ctx.document, last.end, `, "${flag}"`)]),
    });
  }
}

function commandFlag(program: string): string | undefined {
  if (SHELLS.has(program)) return '-c';
  if (program === 'cmd') return '/C';
  if (program === 'powershell' || program === 'pwsh') return '-Command';
  return undefined;
}

function isCommandFlag(program: string, value: string): boolean {
  if (SHELLS.has(program)) return /^-(?=[A-Za-z]*c)[A-Za-z]*$/.test(value);
  if (program === 'cmd') return /^\/[cCkK]$/.test(value);
  return /^-(c|command)$/i.test(value);
}
