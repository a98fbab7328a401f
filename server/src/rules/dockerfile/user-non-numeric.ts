import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { makeFix, replaceEdit } from '../../engine/edits';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { startsFromWindows } from '../shared/base-image';
import { effectiveUser, shippedStages } from '../shared/final-stage';
import { createdUserIds } from '../shared/user-ids';

export const meta: DockerfileRuleMeta = {
  id: 'user-non-numeric',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'info',
  summary: 'The final `USER` is a name, so Kubernetes cannot verify that it is not root.',
  docs: {
    description:
      'Kubernetes\' `runAsNonRoot: true` checks the image\'s user before starting it. It can only check a numeric UID: for ' +
      'a name such as `app` it refuses to start the pod ("image has non-numeric user, cannot verify user is non-root"). ' +
      'Use the UID (and GID) the name stands for.',
    incorrect: 'FROM node:22-slim\nUSER node',
    correct: 'FROM node:22-slim\nUSER 1000:1000',
    notes:
      'Only the USER that takes effect in the final stage is judged. Values from a variable (`USER $APP_UID`) and `root` ' +
      '(reported by `final-user-root`) are exempt, and so are Windows images, which have no numeric user ids.',
    fix:
      'Replaces the name with its UID when the file creates the user with one (`useradd -u 1001 app`, `adduser -u 1001 ' +
      '-D app`): safe. For `nobody`, 65534: unsafe, as the base image decides it (65534 on Debian, Ubuntu, Alpine and Fedora).',
  },
  fix: 'safe',
  aliases: ['DL3066'],
};

/** It needs a USER instruction. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'USER');
}

/** `nobody`'s UID on Debian, Ubuntu, Alpine, BusyBox and Fedora alike. */
const NOBODY = '65534';

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { stage } of shippedStages(ctx)) {
    const word = effectiveUser(stage)?.args[0];
    if (!word || word.value.includes('$')) continue;
    const name = word.value.split(':')[0];
    if (/^\d+$/.test(name) || name === 'root' || name === '') continue;
    // Windows has no numeric user ids (`USER ContainerUser`).
    if (startsFromWindows(stage, ctx.model.stages)) continue;
    // The UID the file gives the user, or nobody's, which the base image decides (unsafe).
    const created = createdUserIds(ctx.model, stage).get(name);
    const uid = created ?? (name === 'nobody' ? NOBODY : undefined);
    const asWritten = ctx.model.text.slice(word.start, word.start + name.length) === name;
    ctx.report({
      range: ctx.range(word.start, word.start + name.length),
      message: `${code(name)} is a user name; use a numeric UID so \`runAsNonRoot\` can verify it.`,
      fix: uid && asWritten
        ? makeFix(`Use UID ${uid} (${name})`, created ? 'safe' : 'unsafe', [replaceEdit(ctx.document, word.start, word.start + name.length, uid)])
        : undefined,
    });
  }
}
