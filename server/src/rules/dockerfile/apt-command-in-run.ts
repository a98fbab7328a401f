import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'apt-command-in-run',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`apt` is the interactive front end; scripts should use `apt-get` or `apt-cache`.',
  docs: {
    description:
      '`apt` is meant for people at a terminal: its output and options may change between releases, and it prints ' +
      '"WARNING: apt does not have a stable CLI interface. Use with caution in scripts." into every build log. ' +
      '`apt-get` and `apt-cache` do the same work with an interface Debian keeps stable for scripts.',
    incorrect: 'FROM ubuntu:24.04\nRUN apt update && apt install -y curl',
    correct: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl',
    fix:
      'Replaces `apt` with `apt-get` for install, remove, purge, update, upgrade, dist-upgrade, autoremove and clean, and with ' +
      '`apt-cache` for search, show and policy. Safe: these subcommands behave the same. Not offered for `apt list` and other ' +
      'subcommands that have no direct counterpart.',
  },
  fix: 'safe',
  aliases: ['DL3027', 'CKV_DOCKER_9', 'KICS:b84a0b47'],
};

const TO_APT_GET = new Set(['install', 'remove', 'purge', 'update', 'upgrade', 'dist-upgrade', 'autoremove', 'clean', 'autoclean']);
const TO_APT_CACHE = new Set(['search', 'show', 'policy', 'showsrc', 'depends', 'rdepends']);

/** It reports only `apt` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apt');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'apt') continue;
    const word = command.toolWord;
    const sub = command.sub?.value;
    const replacement = sub && TO_APT_GET.has(sub) ? 'apt-get' : sub && TO_APT_CACHE.has(sub) ? 'apt-cache' : undefined;
    const nameStart = word.end - 'apt'.length;
    const plain = !word.quoted && !word.expansion && word.raw.endsWith('apt');
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: replacement
        ? `${code('apt ' + sub)} uses the interactive front end; use ${code(replacement + ' ' + sub)} in scripts.`
        : `${code('apt' + (sub ? ' ' + sub : ''))} uses the interactive front end, whose command line is not stable in scripts.`,
      fix: replacement && plain ? makeFix(`Use ${replacement}`, 'safe', [replaceEdit(ctx.document, nameStart, word.end, replacement)]) : undefined,
    });
  }
}
