import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { baseName, ShellWord } from '../../model/shell';
import { effectiveUser, isRootUser, ownerOf, posixSites } from '../shared/run-context';

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
      'the command runs as the same user either way.',
    notes:
      'Also checked in heredoc scripts and ONBUILD triggers (no fix there: the user is not known). When the stage runs as ' +
      'another user, move the command before the `USER` line or wrap it in `USER root` … `USER <user>`; no automatic fix ' +
      'is offered for that, because everything else in the RUN would then run as root too.',
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
    for (const use of uses) {
      ctx.report({
        range: ctx.range(use.word.start, use.word.end),
        message: '`sudo` in RUN: the build already runs as the current USER; switch with `USER` instead.',
        fix: fixFor(ctx, instruction, use, user?.name),
      });
    }
  }
}

function fixFor(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode, use: SudoUse, user: string | undefined): Fix | undefined {
  if (user === undefined || !isRootUser(user) || use.commandStart < 0 || ownerOf(ctx.model, instruction) !== instruction) return undefined;
  if (use.options.some((o) => /^-[A-Za-z]*[ugis]/.test(o) || ['--user', '--group', '--login', '--shell'].includes(o))) return undefined;
  return makeFix('Remove sudo', 'safe', [replaceEdit(ctx.document, use.word.start, use.commandStart, '')]);
}
