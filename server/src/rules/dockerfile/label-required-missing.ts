import { eolOf, insertEdit, lineSpan, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { chainLabels, labelSchema } from '../shared/labels';

export const meta: DockerfileRuleMeta = {
  id: 'label-required-missing',
  target: 'dockerfile',
  category: 'labels',
  severity: 'off',
  summary: 'A label the configured label schema requires is missing from a stage.',
  docs: {
    description:
      'Teams that rely on image labels (source repository, owner, licence, build date) list them in a label schema. ' +
      'This rule reports each schema label a stage does not set, so registries and scanners always find them. It does ' +
      'nothing until a schema is configured.',
    incorrect: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title="api"',
    correct: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title="api" org.opencontainers.image.source="https://example.com/api"',
    fix: 'Inserts `LABEL <key>=""` stubs for every missing label after the FROM line. Safe: labels are metadata only.',
    notes:
      'Configure in `.stevedore.yaml`: `label-required-missing: { severity: warning, options: { schema: { ' +
      'org.opencontainers.image.source: url } } }` (the same map as hadolint\'s `label-schema`). Labels inherited through ' +
      '`FROM <stage>` count. Without a schema the rule reports nothing, as in hadolint. Stages a build never outputs are ' +
      'judged too, since any of them can be a `--target`.',
  },
  fix: 'safe',
  aliases: ['DL3049'],
  options: { schema: {} },
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const schema = labelSchema(ctx.options);
  if (schema.size === 0) return;
  const text = ctx.model.text;
  const eol = eolOf(text);
  for (const stage of ctx.model.stages) {
    const present = new Set(chainLabels(ctx.model, stage).map((l) => l.key));
    const missing = [...schema.keys()].filter((k) => !present.has(k));
    if (missing.length === 0) continue;
    const [, lineEnd] = lineSpan(text, Math.max(stage.from.start, stage.from.end - 1));
    const stub = missing.map((k) => `LABEL ${/[\s"=]/.test(k) ? JSON.stringify(k) : k}=""`).join(eol);
    const insertion = (text.slice(0, lineEnd).endsWith('\n') ? '' : eol) + stub + eol;
    // One fix for all missing labels: every finding offers the same edit, so applying them all inserts it once.
    const fix = makeFix('Add stubs for the missing labels', 'safe', [insertEdit(ctx.document, lineEnd, insertion)]);
    for (const key of missing) {
      ctx.report({
        range: ctx.range(stage.image.start, stage.image.end),
        message: `This stage has no ${code(key)} label, which the label schema requires.`,
        fix,
      });
    }
  }
}
