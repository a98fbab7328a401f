import { isAlias, isSeq, Node, YAMLMap } from 'yaml';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { walkDocument } from '../../model/compose/walk';
import { pairLines } from '../shared/compose-services';
import { isMergeKey, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'yaml-merge-key-duplicate',
  target: 'compose',
  category: 'yaml',
  severity: 'error',
  summary: 'A mapping has more than one `<<` merge key.',
  docs: {
    description:
      'A mapping may hold one `<<` merge key; to merge several anchors, list them: `<<: [*a, *b]`. Compose 2.17 and later ' +
      'reject repeated `<<` keys as duplicate keys, and older parsers kept only one of them, silently dropping the other ' +
      "anchor's settings.",
    incorrect: 'x-a: &a\n  restart: always\nx-b: &b\n  init: true\nservices:\n  web:\n    <<: *a\n    <<: *b\n    image: nginx:1.27',
    correct: 'x-a: &a\n  restart: always\nx-b: &b\n  init: true\nservices:\n  web:\n    <<: [*a, *b]\n    image: nginx:1.27',
    fix: 'Combines the merge keys into one `<<: [*a, *b]` in the order written. Unsafe: when both anchors set the same key, the first listed now wins, which is not what every older parser did.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const doc of ctx.model.yamlDocs) {
    for (const map of walkDocument(doc).maps) {
      if (mergeKeyCount(map) < 2) continue;
      const merges = map.items.filter((p) => isMergeKey(p.key));
      const firstValue = spanOf(merges[0]!.value as Node);
      // Sources as written: alias text, or the items of a flow list of aliases.
      const sources: string[] = [];
      let fixable = !!firstValue;
      for (const pair of merges) {
        const value = pair.value as Node | null;
        const items = isSeq(value) ? value.items : [value];
        for (const item of items) {
          const span = spanOf(item as Node);
          if (!isAlias(item) || !span) fixable = false;
          else sources.push(text.slice(span[0], span[1]));
        }
      }
      const deletions = merges.slice(1).map((p) => pairLines(text, { key: p.key as Node, value: p.value as Node }));
      if (deletions.some((d) => !d)) fixable = false;
      const fix = fixable
        ? makeFix('Combine the merge keys into one list', 'unsafe', [
            replaceEdit(ctx.document, firstValue![0], firstValue![1], `[${sources.join(', ')}]`),
            ...deletions.map((d) => replaceEdit(ctx.document, d![0], d![1], '')),
          ])
        : undefined;
      merges.slice(1).forEach((pair, i) => {
        const span = spanOf(pair.key as Node)!;
        ctx.report({
          range: ctx.range(span[0], span[1]),
          message: 'A second `<<` merge key in the same mapping: Compose rejects it. List the anchors in one `<<: [*a, *b]`.',
          fix: i === 0 ? fix : undefined,
        });
      });
    }
  }
}

/** How many `<<` keys a mapping holds (counted without building a list: most mappings have none). */
function mergeKeyCount(map: YAMLMap): number {
  let n = 0;
  for (const pair of map.items) if (isMergeKey(pair.key)) n++;
  return n;
}
