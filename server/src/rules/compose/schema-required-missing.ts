import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind } from '../shared/compose-schema';

export const meta: ComposeRuleMeta = {
  id: 'schema-required-missing',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'A required key is missing: `extends.service`, a long-syntax port `target`, a mount `type`…',
  docs: {
    description:
      'Some mappings cannot work without one key: `extends` needs `service`, a long-syntax port needs its container ' +
      '`target`, a long-syntax mount needs `type` and `target`, a `develop.watch` rule needs `path` and `action`, a secret ' +
      'or config reference needs `source`, an `include` entry needs `path`. Compose refuses the file without them.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - published: 8080',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - published: 8080\n        target: 80',
    notes: 'The finding sits on the key of the mapping that lacks the key, or on the first key of a list item.',
  },
  fix: 'none',
  aliases: ['dclint:invalid-schema', 'RH-YAML'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const located of problemsOfKind(ctx.model, 'required')) {
    ctx.report({ range: ctx.range(located.start, located.end), message: located.problem.message });
  }
}
