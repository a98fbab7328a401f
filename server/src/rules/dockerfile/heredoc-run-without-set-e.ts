import type { DockerfileFacts } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { runInstructions } from '../../model/dockerfile/queries';
import { effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel, Heredoc, InstructionNode } from '../../model/dockerfile/types';
import { baseName } from '../../model/shell';
import { isPosixShell, shellArray } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'heredoc-run-without-set-e',
  target: 'dockerfile',
  category: 'shell',
  severity: 'warning',
  summary: 'A RUN heredoc script without `set -e` ignores every failure but the last.',
  docs: {
    description:
      'A heredoc body is run as one shell script, and a script\'s exit status is that of its last command. Without ' +
      '`set -e`, a failed `apt-get install` on line 1 is forgotten as soon as line 2 succeeds, and the build goes on with a ' +
      'broken layer. Start the script with `set -e` (or `set -eux`) so the first failure stops the build.',
    incorrect: 'FROM debian:bookworm-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF',
    correct: 'FROM debian:bookworm-slim\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF',
    fix: 'Inserts `set -e` as the first line of the script (after a `#!` line). Unsafe: failures that were ignored now fail the build.',
    notes:
      'Only bodies with commands on two or more lines are checked. Satisfied by `set -e` in any form (`set -eux`, ' +
      '`set -o errexit`), a `#!` line with `-e`, a shell program on the RUN line with `-e` (`RUN bash -e <<EOF`), or a SHELL ' +
      'with `-e`. Bodies for other interpreters (`RUN python3 <<EOF`) are exempt. No hadolint rule covers this (hadolint ' +
      'issue 882 asks for it).',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It reads only heredocs. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.heredocs;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of runInstructions(ctx.model.instructions)) {
    if (instruction.heredocs.length === 0 || !isPosixShell(ctx.model, instruction)) continue;
    for (const heredoc of instruction.heredocs) {
      if (!heredoc.script || heredoc.contentStart < 0) continue;
      if (lineCount(ctx.model, heredoc) < 2 || errexitSet(ctx.model, instruction, heredoc)) continue;
      const body = ctx.model.text.slice(heredoc.contentStart, heredoc.contentEnd);
      const newline = body.indexOf('\n');
      const shebang = body.startsWith('#!');
      const offset = shebang ? heredoc.contentStart + newline + 1 : heredoc.contentStart;
      ctx.report({
        range: ctx.range(heredoc.markerStart, heredoc.markerEnd),
        message: 'This heredoc script has no `set -e`, so only its last command decides whether the RUN fails.',
        fix: shebang && newline < 0 ? undefined : makeFix('Add set -e at the top of the script', 'unsafe', [insertEdit(ctx.document, offset, 'set -e\n')]),
      });
    }
  }
}

/** Physical lines that start a top-level command. */
function lineCount(model: DockerfileModel, heredoc: Heredoc): number {
  const lines = new Set<number>();
  for (const c of heredoc.script?.commands ?? []) {
    if (c.nested || (c.before !== '' && c.before !== '\n') || c.words.length === 0) continue;
    lines.add(model.document.positionAt(c.words[0].start).line);
  }
  return lines.size;
}

/** `-e`, `-eux`, `-o errexit` among options. */
function hasErrexit(options: readonly string[]): boolean {
  return options.some((o, k) => (/^-(?=[A-Za-z]*e)[A-Za-z]*$/.test(o) && !o.startsWith('--')) || (o === 'errexit' && /^-[A-Za-z]*o$/.test(options[k - 1] ?? '')));
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline < 0 ? text : text.slice(0, newline);
}

function errexitSet(model: DockerfileModel, instruction: InstructionNode, heredoc: Heredoc): boolean {
  const body = model.text.slice(heredoc.contentStart, heredoc.contentEnd);
  const shebang = /^#!\s*\S+(.*)$/m.exec(body.startsWith('#!') ? firstLine(body) : '');
  if (shebang && hasErrexit(shebang[1].trim().split(/\s+/))) return true;
  const lineCommand = instruction.shell?.commands.find((c) => c.args.length > 0);
  if (lineCommand && !body.startsWith('#!') && hasErrexit(lineCommand.args.slice(1).map((w) => w.value))) return true;
  if (!lineCommand && !body.startsWith('#!') && hasErrexit(shellArray(model, instruction).slice(1))) return true;
  return (heredoc.script?.commands ?? []).some((c) => {
    const args = effectiveArgs(c);
    return baseName(args[0]?.value ?? '') === 'set' && hasErrexit(args.slice(1).map((w) => w.value));
  });
}
