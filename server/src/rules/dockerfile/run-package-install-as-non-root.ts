import { type DockerfileFacts, runsAnyCommand } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { INSTALL_SUBCOMMANDS, isSystemInstall, packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { baseName } from '../../model/shell';
import { effectiveUser, isRootUser, posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'run-package-install-as-non-root',
  target: 'dockerfile',
  category: 'shell',
  severity: 'warning',
  summary: 'A system package install after `USER` switched to a non-root user fails with "permission denied".',
  docs: {
    description:
      '`apt-get install`, `apk add`, `dnf install`, `zypper install` and the like write to system folders only root may ' +
      'change. After `USER app`, every RUN runs as `app`, so the install stops with a permission error (apt: "Could not open ' +
      'lock file … Permission denied"). Install packages before switching users, or switch back to root around the install.',
    incorrect: 'FROM debian:bookworm-slim\nUSER app\nRUN apt-get install -y curl',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get install -y curl\nUSER app',
    fix:
      'Puts `USER root` before the RUN and the current USER back after it. Unsafe: everything else in that RUN now runs as ' +
      'root too, and files it creates belong to root.',
    notes:
      'Installs run through `sudo` or `doas` are left to `run-sudo`. A USER from a variable without a known value, and ONBUILD ' +
      'triggers (the user is not known), are skipped.',
  },
  fix: 'unsafe',
  aliases: [],
};

const INSTALL_TOOLS = Object.keys(INSTALL_SUBCOMMANDS);

/** It reports only system package installs. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsAnyCommand(facts, INSTALL_TOOLS);
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const reported = new Set<InstructionNode>();
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (!isSystemInstall(command)) continue;
    const instruction = command.site.instruction;
    const first = command.site.command.args[0];
    if (reported.has(instruction) || (first && /^(sudo|doas)$/.test(baseName(first.value)))) continue;
    const user = effectiveUser(ctx.model, instruction);
    if (!user?.name || isRootUser(user.name)) continue;
    reported.add(instruction);
    const text = ctx.model.text;
    const lineStart = text.lastIndexOf('\n', instruction.start - 1) + 1;
    const indent = text.slice(lineStart, instruction.start);
    const eol = eolOf(text);
    const word = command.toolWord;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code(command.tool + ' ' + command.sub?.value)} runs as user ${code(user.name)}, who cannot install system packages.`,
      fix: makeFix(`Run this RUN as root, then USER ${user.name} again`, 'unsafe', [
        insertEdit(ctx.document, instruction.start, `USER root${eol}${indent}`),
        insertEdit(ctx.document, instruction.end, `${eol}${indent}USER ${user.name}`),
      ]),
    });
  }
}
