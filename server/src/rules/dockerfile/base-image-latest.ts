import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { splitImageRef } from '../../model/dockerfile/image-ref';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { judgedImage } from './base-image-untagged';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-latest',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'warning',
  summary: 'The base image uses the `latest` tag.',
  docs: {
    description:
      '`latest` is not a version: it is whatever the publisher pushed last. Builds stop being repeatable, caches go stale ' +
      'unpredictably, and a major upgrade can arrive in the middle of an unrelated change. Pin the version you tested with; ' +
      'pair it with a digest when you need byte-for-byte reproducible builds.',
    incorrect: 'FROM python:latest',
    correct: 'FROM python:3.13-slim-bookworm',
    notes: 'A `latest` tag together with a digest (`python:latest@sha256:…`) is exempt: the digest pins it.',
  },
  fix: 'none',
  aliases: ['DL3007', 'CKV_DOCKER_7', 'DS-0001', 'KICS:f45ea400'],
};

const LATEST = /latest/i;

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const image = judgedImage(stage, ctx.model.stages);
    // The tag is part of the reference: no `latest` in it, nothing to split.
    if (image === undefined || !LATEST.test(image)) continue;
    const parts = splitImageRef(image);
    if (parts.tag?.toLowerCase() !== 'latest' || parts.digest !== undefined) continue;
    // Point at the tag itself when it is written literally; otherwise at the whole reference.
    const literal = stage.image.raw === image;
    const start = literal ? stage.image.start + parts.tagStart : stage.image.start;
    const end = literal ? start + 'latest'.length : stage.image.end;
    ctx.report({
      range: ctx.range(start, end),
      message: `Base image ${code(image)} uses the \`latest\` tag, which changes whenever the publisher pushes.`,
    });
  }
}
