import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { EarlierInChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { contiguous } from '../../model/mapped-text';
import { lexShell } from '../../model/shell';
import { formMismatchInstructions } from '../shared/cmd-entrypoint';
import { isPosixShell, shellArray, shellProgram } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'exec-form-recommended',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: '`CMD` or `ENTRYPOINT` in shell form: the process does not receive stop signals.',
  docs: {
    description:
      'In shell form the builder runs `/bin/sh -c "<command>"`, so the shell is PID 1 and your program is its child. ' +
      '`sh` does not forward `SIGTERM`, so `docker stop` waits its full timeout (10 s) and then kills the app without a clean ' +
      'shutdown. In exec form (a JSON array) the program itself is PID 1 and receives the signal.',
    incorrect: 'FROM node:22-slim\nCMD node server.js',
    correct: 'FROM node:22-slim\nCMD ["node", "server.js"]',
    fix:
      'Rewrites the command as a JSON array of its words. Offered only when the command uses no shell features (variables, ' +
      'pipes, `&&`, redirects, globs). Unsafe: without a shell, anything that relied on one (like `$HOME` expansion) changes.',
    notes:
      'A shell form that starts with `exec ` is exempt (the shell replaces itself). A stage with a `SHELL` instruction is exempt. ' +
      'On a Windows image the default shell is `cmd /S /C`, and the message names it.',
  },
  fix: 'unsafe',
  aliases: ['BK:JSONArgsRecommended', 'DL3025', 'KICS:b86987e1'],
};

const GLOB = /[*?[\]{}~]/;

/** The JSON array for a shell-form command with no shell syntax, or undefined. */
export function toExecForm(text: string): string | undefined {
  const script = lexShell(contiguous(text, 0));
  if (script.errors.length > 0 || script.commands.length !== 1) return undefined;
  const [command] = script.commands;
  if (command.redirects.length > 0 || command.assignments.length > 0 || command.before !== '' || command.after !== '') return undefined;
  if (command.words.some((w) => w.expansion || (!w.quoted && GLOB.test(w.raw)))) return undefined;
  return '[' + command.words.map((w) => JSON.stringify(w.value)).join(', ') + ']';
}

/** cmd reads no backslash escapes: plain words (paths, flags) are taken as written, anything else gets no fix. */
const CMD_PLAIN_WORD = /^[A-Za-z0-9_.:\\/=,+@-]+$/;

/** The JSON array for a `cmd /S /C` command of plain words, or undefined. */
export function toWindowsExecForm(text: string): string | undefined {
  const words = text.trim().split(/[ \t]+/);
  if (!words.every((w) => CMD_PLAIN_WORD.test(w))) return undefined;
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}

/**
 * The exec form of a shell-form instruction, read by the rules of the shell it runs under: a POSIX shell's words, or
 * cmd's plain words on a Windows image. Undefined for any other shell, or when the text needs its shell.
 */
export function execFormOf(model: DockerfileModel, instruction: InstructionNode): string | undefined {
  const program = shellProgram(shellArray(model, instruction));
  if (program === 'cmd') return toWindowsExecForm(instruction.argsText.text);
  return isPosixShell(model, instruction) ? toExecForm(instruction.argsText.text) : undefined;
}

/** It reads only CMD and ENTRYPOINT instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'CMD', 'ENTRYPOINT');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  // `cmd-entrypoint-form-mismatch` owns these: one finding per problem. Worked out on the first shell-form one.
  let mismatched: ReadonlySet<InstructionNode> | undefined;
  // Once per lint, not per CMD: a stage of thousands of CMDs read its chain once for each.
  const afterShell = new EarlierInChain((i) => i.keyword === 'SHELL');
  for (const instruction of ctx.model.instructions) {
    if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
    if (instruction.execForm || instruction.args.length === 0) continue;
    const text = instruction.argsText.text.trim();
    if (text === '' || text.startsWith('[') || /^exec\s/.test(text)) continue;
    mismatched ??= formMismatchInstructions(ctx.model);
    if (mismatched.has(instruction) || afterShell.has(instruction)) continue;
    const start = instruction.args[0].start;
    const end = instruction.args[instruction.args.length - 1].end;
    // No SHELL is in effect here, so this is the default shell: `/bin/sh -c`, or `cmd /S /C` on a Windows image.
    const windows = shellProgram(shellArray(ctx.model, instruction)) === 'cmd';
    const exec = execFormOf(ctx.model, instruction);
    ctx.report({
      range: ctx.range(start, end),
      message: windows
        ? `${code(instruction.keyword)} uses shell form, so \`cmd /S /C\` starts the process instead of running it directly.`
        : `${code(instruction.keyword)} uses shell form, so \`/bin/sh\` runs as PID 1 and the process gets no stop signals.`,
      fix: exec ? makeFix('Convert to exec form', 'unsafe', [replaceEdit(ctx.document, start, end, exec)]) : undefined,
    });
  }
}
