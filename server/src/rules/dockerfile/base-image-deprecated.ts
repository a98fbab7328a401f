import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { stageImage, stageImageLifecycle } from '../shared/base-image';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-deprecated',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'warning',
  summary: 'The base image repository or tag family is deprecated.',
  docs: {
    description:
      'Some images are no longer published at all: `openjdk` (since 2022), `java`, `adoptopenjdk`, `centos`, the ' +
      '`mcr.microsoft.com/dotnet/core/*` and `microsoft/dotnet` repositories, the `-onbuild` tags of official images and ' +
      'versioned `bitnami/*` tags. They still pull, but never get another security fix. Move to the maintained successor.',
    incorrect: 'FROM openjdk:21-jdk-slim\nCOPY app.jar /app.jar',
    correct: 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar',
    fix:
      'Switches to the successor when there is exactly one: `mcr.microsoft.com/dotnet/core/sdk:3.1` → ' +
      '`mcr.microsoft.com/dotnet/sdk:3.1`, `java:8` → `eclipse-temurin:8`. Unsafe: the new image differs in content.',
    notes:
      'When the tag also names a version past its end of life, only `base-image-end-of-life` reports the image, so one ' +
      '`FROM` gets one finding. Early-access `openjdk` tags are exempt.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const image = stageImage(stage, ctx.model.stages);
    if (!image) continue;
    const result = stageImageLifecycle(image, ctx.now);
    if (result.status !== 'deprecated' || !result.deprecation) continue;
    const { rule, replacement } = result.deprecation;
    let fix;
    const nameSpan = image.ref.offsets.name;
    const registrySpan = image.ref.offsets.registry;
    const nameStart = image.start + (registrySpan ? registrySpan.start : nameSpan.start);
    const nameEnd = image.start + nameSpan.end;
    const tag = image.ref.tag;
    if (image.literal && rule.rename) {
      fix = makeFix(`Switch to ${replacement}`, 'unsafe', [replaceEdit(ctx.document, nameStart, nameEnd, replacement)]);
    } else if (image.literal && /^[a-z0-9][a-z0-9._/-]*$/.test(replacement) && (tag === undefined || /^\d+$/.test(tag))) {
      fix = makeFix(`Switch to ${replacement}`, 'unsafe', [replaceEdit(ctx.document, nameStart, nameEnd, replacement)]);
    }
    ctx.report({
      range: ctx.range(image.start, image.end),
      message: `${code(image.text)}: ${result.deprecation.message}`,
      fix,
    });
  }
}
