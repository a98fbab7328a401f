import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { composeTree, NODE_VISIT_LIMIT, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'yaml-alias-expansion-limit',
  target: 'compose',
  category: 'yaml',
  severity: 'error',
  summary: 'Expanding aliases and merge keys visits more nodes than Compose allows (an alias bomb).',
  docs: {
    description:
      'Aliases that repeat anchors which themselves hold aliases grow exponentially: a few lines can expand to billions of ' +
      `nodes ("billion laughs"). Compose stops after ${NODE_VISIT_LIMIT.toLocaleString('en-US')} visited nodes and refuses the file. ` +
      'Ordinary files with hundreds of aliases are far below the limit.',
    incorrect:
      'x-a: &a [x, x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
      'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nx-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nx-f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n' +
      'services:\n  web:\n    image: nginx:1.27',
    correct: 'x-a: &a [x, x]\nx-b: [*a, *a]\nservices:\n  web:\n    image: nginx:1.27',
    notes: 'Stevedore counts visits the way compose-go does and stops there too, so the editor stays responsive; the other schema checks are skipped for such a file.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const at = composeTree(ctx.model).exceededAt;
  const span = spanOf(at);
  if (!span) return;
  ctx.report({
    range: ctx.range(span[0], span[1]),
    message: `Expanding this alias takes the file past ${NODE_VISIT_LIMIT.toLocaleString('en-US')} nodes: Compose refuses it as an alias bomb.`,
  });
}
