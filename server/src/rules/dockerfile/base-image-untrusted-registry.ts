import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { parseImageReference } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { stageImage } from '../shared/base-image';
import { fromValues, resolvedFrom, stageNamedBy } from '../shared/stage-graph';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-untrusted-registry',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'off',
  summary: 'An image comes from a registry outside the configured `trustedRegistries`.',
  docs: {
    description:
      'Organisations that mirror or vet images want every base image, `COPY --from` image and mounted image to come from ' +
      'their own registries. With `trustedRegistries` configured, any other registry is reported. Patterns accept `*` ' +
      'wildcards (`*`, `*.example.com`, `registry*`); names without a registry (`node:22`) come from `docker.io`.',
    incorrect: 'FROM ghcr.io/acme/base:1.4\nCOPY --from=quay.io/tools/jq:1.7 /jq /usr/local/bin/jq',
    correct: 'FROM registry.example.com/acme/base:1.4\nCOPY --from=registry.example.com/tools/jq:1.7 /jq /usr/local/bin/jq',
    notes:
      'Does nothing until `trustedRegistries` lists at least one pattern; turn it on with that option, for example ' +
      '`base-image-untrusted-registry: { severity: warning, options: { trustedRegistries: [registry.example.com] } }`. ' +
      'The examples here assume `trustedRegistries: [registry.example.com]`.',
  },
  fix: 'none',
  aliases: ['DL3026'],
  options: { trustedRegistries: [] },
};

function globToRegExp(pattern: string): RegExp {
  return new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$', 'i');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const option = ctx.options.trustedRegistries;
  const patterns = Array.isArray(option) ? option.filter((p): p is string => typeof p === 'string' && p !== '') : [];
  if (patterns.length === 0) return;
  const trusted = patterns.map(globToRegExp);
  const judge = (reference: string, start: number, end: number, what: string) => {
    const registry = parseImageReference(reference).normalizedRegistry;
    if (trusted.some((r) => r.test(registry))) return;
    ctx.report({
      range: ctx.range(start, end),
      message: `${what} ${code(reference)} comes from ${code(registry)}, which is not in \`trustedRegistries\`.`,
    });
  };
  for (const stage of ctx.model.stages) {
    const image = stageImage(stage, ctx.model.stages);
    if (image) judge(image.text, image.start, image.end, 'Base image');
    for (const instruction of stage.instructions) {
      for (const from of fromValues(instruction)) {
        const value = resolvedFrom(from, ctx.model.escape);
        if (value === undefined || value === '' || /^\d+$/.test(value) || stageNamedBy(value, ctx.model.stages, stage)) continue;
        if (value === 'context' || parseImageReference(value).diagnostics.length > 0) continue;
        judge(value, from.start, from.end, 'Image');
      }
    }
  }
}
