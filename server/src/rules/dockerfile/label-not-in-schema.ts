import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { labelEntries, labelSchema } from '../shared/labels';

export const meta: DockerfileRuleMeta = {
  id: 'label-not-in-schema',
  target: 'dockerfile',
  category: 'labels',
  severity: 'off',
  summary: 'With strict labels on, a LABEL key the label schema does not list.',
  docs: {
    description:
      'A strict label schema keeps image metadata consistent: every label has an agreed name, so a typo such as ' +
      '`org.opencontainers.image.licence` does not silently create a new label. The rule does nothing until `strict` ' +
      'is enabled and a schema is configured.',
    incorrect: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/api" team="payments"',
    correct: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/api"',
    notes:
      'Configure `options: { strict: true, schema: { <key>: <type> } }` (hadolint\'s `strict-labels` and `label-schema`). ' +
      'Without both, the rule reports nothing, as in hadolint.',
  },
  fix: 'none',
  aliases: ['DL3050'],
  options: { strict: false, schema: {} },
};

/** It reads only LABEL instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'LABEL');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const schema = labelSchema(ctx.options);
  if (ctx.options.strict !== true || schema.size === 0) return;
  for (const label of labelEntries(ctx.model)) {
    if (schema.has(label.key) || label.key.includes('$')) continue;
    ctx.report({ range: ctx.range(label.keyStart, label.keyEnd), message: `Label ${code(label.key)} is not in the label schema.` });
  }
}
