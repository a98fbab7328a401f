import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { eolOf, insertEdit, lineSpan, makeFix, needsBreakBefore } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { isUnprivilegedBaseImage, normalizeImageName, parseImageReference } from '../../knowledge/dockerfile';
import { chainRoot, stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { startsFromWindows } from '../shared/base-image';
import { effective } from '../shared/cmd-entrypoint';
import { dropsPrivileges, effectiveUser, isDevContainer, shippedStages } from '../shared/final-stage';

export const meta: DockerfileRuleMeta = {
  id: 'final-user-missing',
  target: 'dockerfile',
  category: 'security',
  severity: 'info',
  summary: 'The final image sets no `USER`, so it runs as root unless the base image says otherwise.',
  docs: {
    description:
      'Without a `USER` instruction the container runs as the base image\'s user, which is root for almost every image. ' +
      'Create an unprivileged user and switch to it, so a compromised process cannot modify the image\'s files or ' +
      'exploit root-only kernel interfaces.',
    incorrect: 'FROM python:3.12-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]',
    correct:
      'FROM python:3.12-slim\nRUN useradd --system --uid 10001 app\nCOPY app.py /app/\nUSER 10001\nCMD ["python", "/app/app.py"]',
    fix:
      'Inserts, before the CMD/ENTRYPOINT, a user for the base family (`adduser` on Alpine, `useradd` elsewhere) and ' +
      '`USER 10001` (the user made in exec form after a SHELL, which may not be a POSIX shell), `USER ContainerUser` on ' +
      'Windows images, or just `USER 65532` for distroless and scratch (appended when the CMD is inherited). Unsafe: files the ' +
      'app writes must be owned by that user. Not offered when the file ends inside its last instruction (a trailing `\\` ' +
      'or an open heredoc), where an appended line would become part of it.',
    notes:
      'Not reported for bases known to run unprivileged (`gcr.io/distroless/*:nonroot`, Chainguard images except `-dev`, ' +
      '`nginxinc/nginx-unprivileged`, `bitnami/*`), for privilege-dropping entrypoints (`gosu`, `su-exec`…, also a stage that ' +
      'installs one and starts an entrypoint script or a script it copies in, the official-image and Laravel Sail pattern), ' +
      'for a final ' +
      'stage with neither CMD nor ENTRYPOINT (a base image for others), for dev containers, and when the base image ' +
      'holds a variable with no known value.',
  },
  fix: 'unsafe',
  aliases: ['CKV_DOCKER_3', 'DS-0002', 'KICS:fd54f200'],
};

/** It needs a CMD or ENTRYPOINT in the file. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'CMD', 'ENTRYPOINT');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { stage, label, appendAt } of shippedStages(ctx)) {
    if (effectiveUser(stage)) continue;
    if (!effective(stage, 'ENTRYPOINT') && !effective(stage, 'CMD')) continue;
    const root = chainRoot(stage);
    const image = root.image.resolved;
    if (image === undefined || isUnprivilegedBaseImage(image)) continue;
    if (dropsPrivileges(ctx.model, stage) || isDevContainer(ctx.model, ctx.fileName, stage)) continue;
    const windows = startsFromWindows(stage, ctx.model.stages);
    ctx.report({
      range: ctx.range(stage.image.start, stage.image.end),
      message: `${label} sets no \`USER\`, so it runs as ${windows ? '`ContainerAdministrator`' : 'root'} (base ${code(image)}).`,
      fix: userFix(ctx, stage, image, appendAt, windows),
    });
  }
}

function userFix(ctx: RuleContext<DockerfileModel>, stage: Stage, image: string, appendAt: number | undefined, windows: boolean) {
  const name = normalizeImageName(parseImageReference(image));
  const tag = parseImageReference(image).tag ?? '';
  const text = ctx.model.text;
  const eol = eolOf(text);
  // The user is made in exec form after a SHELL, which may not be a POSIX shell (or may lack its `-c`).
  const run = (script: string) =>
    stageChain(stage).some((s) => s.instructions.some((i) => i.keyword === 'SHELL')) ? `RUN ["/bin/sh", "-c", ${JSON.stringify(script)}]` : `RUN ${script}`;
  let lines: string[];
  // Windows images have a built-in unprivileged user.
  if (windows) lines = ['USER ContainerUser'];
  else if (image === 'scratch' || name.includes('distroless') || name.startsWith('cgr.dev/')) lines = ['USER 65532'];
  else if (name.includes('alpine') || tag.includes('alpine')) lines = [run('addgroup -S -g 10001 app && adduser -S -u 10001 -G app app'), 'USER 10001'];
  else lines = [run('groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app'), 'USER 10001'];
  const own = stage.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  const at = own ? lineSpan(text, own.start)[0] : appendAt;
  if (at === undefined) return undefined;
  const prefix = !own && needsBreakBefore(text, at) ? eol : '';
  return makeFix('Add an unprivileged USER', 'unsafe', [insertEdit(ctx.document, at, prefix + lines.join(eol) + eol)]);
}
