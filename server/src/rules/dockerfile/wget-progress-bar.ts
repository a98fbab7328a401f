import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { parseImageReference } from '../../knowledge/dockerfile';
import { stageChain } from '../../model/dockerfile/queries';
import { commandName, effectiveArgs, resolveWord } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';
import { argValues, posixSites, stageOf } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'wget-progress-bar',
  target: 'dockerfile',
  category: 'shell',
  severity: 'info',
  summary: '`wget` without a quiet or progress option floods the build log with its progress bar.',
  docs: {
    description:
      'Without a terminal, `wget` falls back to printing a dot or a line for every few kilobytes it downloads. A large ' +
      'download turns into thousands of lines of build log that hide the output you need. `--progress=dot:giga` keeps a ' +
      'short progress report; `-q` or `-nv` silence it.',
    incorrect: 'FROM debian:bookworm-slim\nRUN wget https://example.com/app.tar.gz',
    correct: 'FROM debian:bookworm-slim\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
    fix:
      'Inserts `--progress=dot:giga` after `wget`. Safe: only the log output changes. Not offered on Alpine and BusyBox ' +
      'bases, whose built-in wget has no `--progress` option.',
    notes:
      'Satisfied by `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, `-o`/`--output-file` and `-a`/`--append-output`. A ' +
      'word starting with a variable whose value is unknown may hide one of them, so it keeps the rule silent.',
  },
  fix: 'safe',
  aliases: ['DL3047'],
};

const LONG = ['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output'];

/** It reports only `wget` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'wget');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const site of posixSites(ctx.model)) {
    if (commandName(site.command) !== 'wget') continue;
    const args = effectiveArgs(site.command);
    const rest = args.slice(1);
    // Most wget commands are quiet in words as written: no variable to resolve then.
    if (rest.some(quietsAsWritten)) continue;
    const values = argValues(rest, site.instruction);
    // A word with an unknown variable could hide an option, unless it starts with literal text (a URL).
    const hidden = rest.some((w) => resolveWord(w, site.instruction.scope) === undefined && /^[-$`]/.test(w.value));
    if (hidden || values.some((v) => v !== undefined && quiets(v))) continue;
    const word = args[0];
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: '`wget` without `--progress`, `-q` or `-nv` floods the build log with progress output.',
      fix: busyboxWget(ctx.model, site.instruction) ? undefined : makeFix('Add --progress=dot:giga', 'safe', [insertEdit(ctx.document, word.end, ' --progress=dot:giga')]),
    });
  }
}

function quietsAsWritten(word: ShellWord): boolean {
  return !word.expansion && quiets(word.value);
}

function quiets(v: string): boolean {
  for (const l of LONG) if (v.startsWith(l) && (v.length === l.length || v[l.length] === '=')) return true;
  if (v === '-nv') return true;
  // A short-option cluster (`-qO-`): the letters before the first option that takes a value.
  if (/^-[A-Za-z]/.test(v) && !v.startsWith('-n')) return /[qoa]/.test(v.slice(1).split(/[^A-Za-z]|[OPTtUeYDQlwAR]/)[0]);
  return false;
}

/** Alpine and BusyBox images ship BusyBox wget, which rejects `--progress`. */
function busyboxWget(model: DockerfileModel, instruction: InstructionNode): boolean {
  const chain = stageChain(stageOf(model, instruction));
  const image = chain[chain.length - 1]?.image.resolved;
  if (!image) return true;
  const ref = parseImageReference(image);
  return /^(alpine|busybox)$/.test(ref.repository) || /alpine/.test(ref.tag ?? '');
}
