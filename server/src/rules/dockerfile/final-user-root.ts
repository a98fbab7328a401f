import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix, needsBreakBefore } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { dropsPrivileges, effectiveUser, isDevContainer, isRootUser, shippedStages } from '../shared/final-stage';

export const meta: DockerfileRuleMeta = {
  id: 'final-user-root',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'The final image runs as root because its last `USER` is root.',
  docs: {
    description:
      'A process running as root inside the container is root on any file or device it can reach, and a container ' +
      'escape starts with full privileges. Switch back to an unprivileged user once the steps that need root are done.',
    incorrect: 'FROM node:22-slim\nUSER root\nRUN apt-get update && apt-get install -y curl\nCMD ["node", "server.js"]',
    correct: 'FROM node:22-slim\nUSER root\nRUN apt-get update && apt-get install -y curl\nUSER 1000\nCMD ["node", "server.js"]',
    fix:
      'Appends `USER 65534` (the `nobody` user of Debian, Ubuntu and Alpine) at the end of the file. Unsafe: the ' +
      'application may need to write files owned by root; a user of your own is usually better. Not offered when the file ' +
      'ends inside its last instruction (a trailing `\\` or an open heredoc), where the line would become part of it.',
    notes:
      'Only the final stage chain is judged (build stages need root; hadolint DL3002 reports them too). Exempt when the ' +
      'ENTRYPOINT or CMD drops privileges itself with `gosu`, `su-exec`, `setpriv`, `runuser`, `chpst`, `s6-setuidgid` ' +
      'or `su -c` (also inside an entrypoint script written in this file, or when the stage installs one of them and ' +
      'starts an entrypoint script, the official-image pattern), and for dev containers.',
  },
  fix: 'unsafe',
  aliases: ['DL3002', 'CKV_DOCKER_8', 'DS-0002', 'KICS:67fd0c4a'],
};

/** It needs a USER instruction. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'USER');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  const eol = eolOf(text);
  for (const { stage, label, appendAt } of shippedStages(ctx)) {
    const word = effectiveUser(stage)?.args[0];
    if (!word || !isRootUser(word.value)) continue;
    if (dropsPrivileges(ctx.model, stage) || isDevContainer(ctx.model, ctx.fileName, stage)) continue;
    const image = label === 'The final stage' ? 'The final image' : label.replace(/,$/, '');
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${image} runs as ${code(word.value)}; switch to an unprivileged user after the steps that need root.`,
      fix: appendAt === undefined ? undefined : makeFix('Append USER 65534', 'unsafe', [insertEdit(ctx.document, appendAt, (needsBreakBefore(text, appendAt) ? eol : '') + 'USER 65534' + eol)]),
    });
  }
}
