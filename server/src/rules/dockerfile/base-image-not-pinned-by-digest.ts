import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { stageImage } from '../shared/base-image';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-not-pinned-by-digest',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'off',
  summary: 'The base image is not pinned by digest.',
  docs: {
    description:
      'A tag can be moved to another image at any time; only a digest (`@sha256:…`) names exactly one image. Pinning by ' +
      'digest makes builds reproducible and protects against a tampered or re-pushed tag, at the cost of updating the digest ' +
      'yourself (or with a bot such as Renovate or Dependabot). Off by default: turn it on for teams that pin everything.',
    incorrect: 'FROM alpine:3.22',
    correct: 'FROM alpine:3.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
    notes: '`scratch`, earlier stages and images whose variables have no known value are exempt.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const image = stageImage(stage, ctx.model.stages);
    if (!image || image.ref.digest !== undefined) continue;
    ctx.report({
      range: ctx.range(image.start, image.end),
      message: `Base image ${code(image.text)} is not pinned by digest; its tag can point to a different image tomorrow.`,
    });
  }
}
