import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { valueSuggestions } from '../../knowledge/compose';
import { closest } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind } from '../shared/compose-schema';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'schema-enum-invalid',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'A value outside the allowed set: `condition`, `pull_policy`, mount `type`, `cgroup`, watch `action`…',
  docs: {
    description:
      'Several keys take one of a fixed set of words: `depends_on` conditions, `pull_policy`, a mount `type`, ' +
      '`bind.propagation`-style options, `cgroup`, `develop.watch` actions, `order` of update and rollback settings. ' +
      'Compose refuses anything else. The message lists the allowed values.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: healthy\n  db:\n    image: postgres:17',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17',
    fix: 'Replaces the value with the nearest allowed one. Unsafe: it may not be the one you meant.',
    notes: 'Values holding `${…}` are only known after interpolation and are skipped. `restart` has its own rule, `restart-invalid`.',
  },
  fix: 'unsafe',
  aliases: ['dclint:invalid-schema', 'RH-YAML'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const located of problemsOfKind(ctx.model, 'enum')) {
    const path = located.problem.path;
    if (path.length === 3 && path[0] === 'services' && path[2] === 'restart') continue;
    const entry = entryAt(located.doc, path);
    const written = (entry?.value as { value?: unknown } | null)?.value;
    const allowed = valueSuggestions(path).filter((v) => !v.includes('<'));
    const nearest = typeof written === 'string' && entry && !entry.viaAlias ? nearestValue(written, allowed) : undefined;
    ctx.report({
      range: ctx.range(located.start, located.end),
      message: located.problem.message,
      fix: nearest ? makeFix(`Replace with ${nearest}`, 'unsafe', [replaceEdit(ctx.document, located.start, located.end, nearest)]) : undefined,
    });
  }
}

/** The nearest allowed value by spelling, or one that contains what was written (`healthy` → `service_healthy`). */
function nearestValue(written: string, allowed: readonly string[]): string | undefined {
  const spelled = closest(written, allowed, 2);
  if (spelled) return spelled;
  const lower = written.toLowerCase();
  const containing = allowed.filter((v) => lower.length >= 3 && v.toLowerCase().includes(lower));
  return containing.length === 1 ? containing[0] : undefined;
}
