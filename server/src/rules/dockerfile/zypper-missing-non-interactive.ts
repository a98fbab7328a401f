import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { optionName, packageCommands, ParsedOption } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'zypper-missing-non-interactive',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'warning',
  summary: '`zypper install` without `-n` stops at a prompt the build cannot answer.',
  docs: {
    description:
      '`zypper install`, `remove`, `source-install` and `patch` ask for confirmation before they change the system. A build ' +
      'has no terminal to answer, so the command fails. The global `-n` (`--non-interactive`) option, or `-y` ' +
      '(`--no-confirm`) after the subcommand, answers for you.',
    incorrect: 'FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean',
    correct: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean',
    fix: 'Inserts `-n` right after `zypper`. Safe: without it the command cannot succeed in a build.',
    notes:
      '`-n` only counts before the subcommand: after `install` it means `--name`. An unknown variable on the command line ' +
      'keeps the rule silent.',
  },
  fix: 'safe',
  aliases: ['DL3034', 'KICS:45e1fca5'],
};

const SUBCOMMANDS = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch']);

/** It reports only `zypper` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'zypper');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    const sub = command.sub?.value;
    if (command.tool !== 'zypper' || sub === undefined || !SUBCOMMANDS.has(sub) || command.unknown) continue;
    if (command.globalOptions.some((o) => has(o, ['--non-interactive'], 'n'))) continue;
    if (command.options.some((o) => has(o, ['--no-confirm'], 'y'))) continue;
    const word = command.sub!.word;
    const tool = command.toolWord;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code('zypper ' + sub)} runs without \`-n\` (\`--non-interactive\`), so it aborts at the confirmation prompt.`,
      fix: tool.expansion ? undefined : makeFix('Add -n to zypper', 'safe', [insertEdit(ctx.document, tool.end, ' -n')]),
    });
  }
}

function has(option: ParsedOption, longNames: string[], letter: string): boolean {
  const name = optionName(option);
  return longNames.includes(name) || (/^-[A-Za-z]+$/.test(name) && name.includes(letter));
}
