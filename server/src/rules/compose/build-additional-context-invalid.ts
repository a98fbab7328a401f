import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isInterpolated, isRecord, services, valueSpan } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'build-additional-context-invalid',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A `build.additional_contexts` entry `service:x` names a service that does not exist or has no `build`.',
  docs: {
    description:
      '`additional_contexts: {base: service:x}` lets a build use the image another service builds. `x` must be a service of ' +
      'the project and must have a `build` section; otherwise Compose refuses the file.',
    incorrect: 'services:\n  app:\n    build:\n      context: .\n      additional_contexts:\n        base: service:bse\n  base:\n    build: ./base',
    correct: 'services:\n  app:\n    build:\n      context: .\n      additional_contexts:\n        base: service:base\n  base:\n    build: ./base',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const all = services(ctx.model);
  const byName = new Map(all.map((s) => [s.name, s.value]));
  for (const service of all) {
    const build = service.value.build;
    if (!isRecord(build)) continue;
    const contexts = build.additional_contexts;
    const entries: [string | number, unknown][] = Array.isArray(contexts)
      ? contexts.map((c, i) => [i, typeof c === 'string' ? c.slice(c.indexOf('=') + 1) : c])
      : isRecord(contexts)
        ? Object.entries(contexts)
        : [];
    for (const [key, value] of entries) {
      if (typeof value !== 'string' || !value.startsWith('service:') || isInterpolated(value)) continue;
      const target = value.slice('service:'.length);
      const other = byName.get(target);
      if (other && 'build' in other) continue;
      const span = valueSpan(service.doc, [...service.path, 'build', 'additional_contexts', key]);
      if (!span) continue;
      ctx.report({
        range: ctx.range(span[0], span[1]),
        message: other
          ? `Additional context ${code(value)}: service ${code(target)} has no \`build\`, so there is no image to use.`
          : `Additional context ${code(value)}: service ${code(target)} is not defined.`,
      });
    }
  }
}
