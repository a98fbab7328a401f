import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { eolOf, indentationAt, insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { baseName, ShellWord } from '../../model/shell';
import { EffectiveUser, effectiveUser, isRootUser, ownerOf, posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'run-sudo',
  target: 'dockerfile',
  category: 'shell',
  severity: 'warning',
  summary: '`sudo` in RUN: the build already runs as the current USER, and sudo is rarely installed.',
  docs: {
    description:
      'RUN executes as the user the last `USER` named (root by default) with no terminal and no password prompt. `sudo` is ' +
      'usually not installed in base images, and when it is it adds a setuid binary and unpredictable TTY and environment ' +
      'handling. Switch users with `USER root` … `USER app` around the commands that need root instead.',
    incorrect: 'FROM debian:bookworm-slim\nRUN sudo apt-get update',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get update',
    fix:
      'When the RUN already runs as root and sudo has no `-u`, `-g`, `-i` or `-s`, removes `sudo` and its options. Safe: ' +
      'the command runs as the same user either way. When the stage runs as another user, puts `USER root` before the RUN ' +
      'and that user back after it, and removes every `sudo` of the RUN. Unsafe: the other commands of the RUN then run as ' +
      'root too, and the files they create belong to root.',
    notes:
      'Also checked in heredoc scripts and ONBUILD triggers (no fix there: the user is not known), and when the USER comes ' +
      'from a variable without a known value (no fix either). `sudo -u`/`-g` (another user) and `sudo -i`/`-s` (a login or ' +
      'interactive shell, with its own environment and start-up files) get no fix: dropping them would change more than ' +
      'who runs the command.',
  },
  fix: 'safe',
  aliases: ['DL3004', 'CKV2_DOCKER_1', 'DS-0010', 'KICS:8ada6e80'],
};

const WITH_VALUE = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group', '--prompt']);

interface SudoUse {
  word: ShellWord;
  /** Offset of the command after sudo and its options. */
  commandStart: number;
  options: string[];
}

/** It reports only commands that start with `sudo`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'sudo');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const byRun = new Map<InstructionNode, SudoUse[]>();
  for (const site of posixSites(ctx.model)) {
    const args = site.command.args;
    if (args.length === 0 || baseName(args[0].value) !== 'sudo') continue;
    const options: string[] = [];
    let k = 1;
    while (k < args.length && args[k].value.startsWith('-')) {
      options.push(args[k].value);
      if (args[k].value === '--') {
        k++;
        break;
      }
      k += WITH_VALUE.has(args[k].value) ? 2 : 1;
    }
    const use = { word: args[0], commandStart: args[k]?.start ?? -1, options };
    const list = byRun.get(site.instruction) ?? [];
    list.push(use);
    byRun.set(site.instruction, list);
  }
  for (const [instruction, uses] of byRun) {
    const user = effectiveUser(ctx.model, instruction);
    const wrap = wrapFix(ctx, instruction, uses, user);
    for (const use of uses) {
      ctx.report({
        range: ctx.range(use.word.start, use.word.end),
        message: '`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead.',
        fix: dropFix(ctx, instruction, use, user) ?? wrap,
      });
    }
  }
}

/** sudo runs the command as root in the caller's environment: no other user, no login or interactive shell. */
function plainSudo(use: SudoUse): boolean {
  if (use.commandStart < 0) return false;
  return !use.options.some((o) => /^-[A-Za-z]*[ugis]/.test(o) || ['--user', '--group', '--login', '--shell'].includes(o));
}

/** As root already: drop sudo and its options. */
function dropFix(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode, use: SudoUse, user: EffectiveUser | undefined): Fix | undefined {
  if (user?.name === undefined || !isRootUser(user.name) || !plainSudo(use) || ownerOf(ctx.model, instruction) !== instruction) return undefined;
  return makeFix('Remove sudo', 'safe', [removeSudo(ctx, use)]);
}

/**
 * As another user: `USER root` before the RUN, the USER line's value back after it, every sudo of the RUN
 * dropped. The same fix on each finding of the RUN, so applying them together applies it once.
 */
function wrapFix(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode, uses: SudoUse[], user: EffectiveUser | undefined): Fix | undefined {
  if (user?.name === undefined || isRootUser(user.name) || !user.instruction || ownerOf(ctx.model, instruction) !== instruction) return undefined;
  if (!uses.every(plainSudo)) return undefined;
  const text = ctx.model.text;
  const eol = eolOf(text);
  const indent = indentationAt(text, instruction.start);
  // The value as written, so `USER ${APP_USER}` stays a variable.
  const previous = user.instruction.argsText.text.trim();
  return makeFix(`Run this RUN as root with USER root … USER ${previous} and remove sudo`, 'unsafe', [
    insertEdit(ctx.document, instruction.start, `USER root${eol}${indent}`),
    ...uses.map((use) => removeSudo(ctx, use)),
    insertEdit(ctx.document, instruction.end, `${eol}${indent}USER ${previous}`),
  ]);
}

function removeSudo(ctx: RuleContext<DockerfileModel>, use: SudoUse) {
  return replaceEdit(ctx.document, use.word.start, use.commandStart, '');
}
