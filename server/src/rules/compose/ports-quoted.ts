import { isScalar, Scalar } from 'yaml';
import { makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, seqItems, valueOf } from '../shared/compose-nodes';
import { quoteEdit } from '../shared/compose-text-edits';

export const meta: ComposeRuleMeta = {
  id: 'ports-quoted',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: 'A `ports` or `expose` entry is not quoted.',
  docs: {
    description:
      'Quoting every port entry keeps the file uniform and avoids the YAML 1.1 base-60 trap (`22:22` read as 1342 by older ' +
      'tools) without having to remember which values trigger it. The correctness half is `ports-unquoted-base60`.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 8080:80\n',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n',
    fix: 'Quotes the entry. Safe: Compose reads the same value.',
    notes: 'Off by default (style). The `quoteStyle` option picks `double` (default) or `single` quotes for the fix.',
  },
  fix: 'safe',
  aliases: ['dclint:require-quotes-in-ports'],
  options: { quoteStyle: 'double' },
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const quote = ctx.options.quoteStyle === 'single' ? "'" : '"';
  for (const s of eachService(ctx.model)) {
    for (const key of ['ports', 'expose']) {
      for (const item of seqItems(s.doc, valueOf(s.doc, s.body, key))) {
        if (!isScalar(item) || item.type !== Scalar.PLAIN) continue;
        const r = nodeRange(item);
        if (!r) continue;
        const edit = quoteEdit(ctx.document, ctx.model.text, item, quote);
        ctx.report({
          range: ctx.range(r[0], r[1]),
          message: `Entry ${code(ctx.model.text.slice(r[0], r[1]))} in the \`${key}\` of service ${code(s.name)} is not quoted.`,
          fix: edit ? makeFix('Quote the entry', 'safe', [edit]) : undefined,
        });
      }
    }
  }
}
