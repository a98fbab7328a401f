import { isScalar } from 'yaml';
import { hasInterpolation } from '../../knowledge/compose';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { walkDocument } from '../../model/compose/walk';
import { spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'interpolation-in-key',
  target: 'compose',
  category: 'interpolation',
  severity: 'warning',
  summary: 'A `$` expression in a mapping key: Compose never interpolates keys.',
  docs: {
    description:
      'Compose substitutes variables in values only. A key such as a service name or an `environment:` variable name ' +
      'keeps the `${…}` text literally, so the container gets a variable literally called `${PREFIX}_URL`. To build ' +
      'variable names from variables, use the list form of `environment`, whose items are values.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      ${PREFIX}_URL: http://api',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      - ${PREFIX}_URL=http://api',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const doc of ctx.model.yamlDocs) {
    for (const pair of walkDocument(doc).pairs) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string' || !hasInterpolation(key.value)) continue;
      const span = spanOf(key);
      if (!span) continue;
      ctx.report({
        range: ctx.range(span[0], span[1]),
        message: `The key ${code(key.value)} holds a \`$\` expression, but Compose interpolates only values: the key stays as written.`,
      });
    }
  }
}
