import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { splitImageRef } from '../../model/dockerfile/image-ref';
import { namesEarlierStage } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-untagged',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'warning',
  summary: 'The base image has neither a tag nor a digest.',
  docs: {
    description:
      'An image without a tag means `:latest`, which moves whenever the publisher pushes: the same Dockerfile builds a ' +
      'different image next week, and a new major version can break the build or the app without any change on your side. ' +
      'Name the version you tested with, and add a digest (`@sha256:…`) when builds must be reproducible.',
    incorrect: 'FROM node\nCOPY . /app',
    correct: 'FROM node:22.11-bookworm-slim\nCOPY . /app',
    notes:
      '`scratch`, earlier stage names and digests are exempt. An image given by a variable is judged on the value of its ' +
      '`ARG` default; with no known value the rule stays silent.',
  },
  fix: 'none',
  aliases: ['DL3006', 'CKV_DOCKER_7', 'DS-0001', 'KICS:9efb0b2d'],
};

/** Stage names defined before this stage, and the image text to judge (undefined when exempt). */
export function judgedImage(stage: Stage, stages: readonly Stage[]): string | undefined {
  const image = stage.image.resolved;
  if (image === undefined || image === '' || stage.parent) return undefined;
  const lower = image.toLowerCase();
  if (lower === 'scratch' || namesEarlierStage(stages, lower, stage.index)) return undefined;
  return image;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const image = judgedImage(stage, ctx.model.stages);
    if (image === undefined) continue;
    const parts = splitImageRef(image);
    if (parts.tag !== undefined || parts.digest !== undefined) continue;
    const viaVariable = stage.image.raw !== image;
    const variable = stage.image.variables[0];
    ctx.report({
      range: ctx.range(stage.image.start, stage.image.end),
      message: viaVariable
        ? `Base image ${code(image)} (from ARG ${code(variable ?? '?')}) has no tag or digest, so it pulls whatever \`latest\` is at build time.`
        : `Base image ${code(image)} has no tag or digest, so it pulls whatever \`latest\` is at build time.`,
    });
  }
}
