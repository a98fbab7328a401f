import { isMap } from 'yaml';
import { lineSpan, makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { getPair, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'version-obsolete',
  target: 'compose',
  category: 'deprecated',
  severity: 'warning',
  summary: 'The top-level `version` key is obsolete.',
  docs: {
    description:
      'Compose V2 follows the Compose Specification, which has no file versions: `version` is ignored, and every command ' +
      'prints "the attribute `version` is obsolete". Keeping it suggests that features depend on it, which they do not.',
    incorrect: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27',
    correct: 'services:\n  web:\n    image: nginx:1.27',
    fix: 'Deletes the `version` line. Safe: Compose ignores the key. Not offered while the file has YAML errors.',
  },
  fix: 'safe',
  aliases: ['dclint:no-version-field', 'compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const doc of ctx.model.yamlDocs) {
    if (!isMap(doc.contents)) continue;
    const pair = getPair(doc.contents, 'version');
    const key = nodeRange(pair?.key as never);
    if (!pair || !key) continue;
    const valueEnd = nodeRange(pair.value as never)?.[1] ?? key[1];
    const [lineStart] = lineSpan(text, key[0]);
    const [, lineEnd] = lineSpan(text, Math.max(valueEnd - 1, key[0]));
    // Only block-style keys that own their lines can be deleted line-wise. With YAML errors in the file, taking the
    // first key away can change how the lines after it read (`name|` then `: x` on the next line became 48 errors).
    const ownsLine = text.slice(lineStart, key[0]).trim() === '' && !/[,}]/.test(text.slice(valueEnd, lineEnd).replace(/#.*$/s, ''));
    ctx.report({
      range: ctx.range(key[0], key[1]),
      message: 'The top-level `version` key is obsolete: Compose ignores it and warns on every command.',
      fix: ownsLine && ctx.model.errors.length === 0 ? makeFix('Remove the obsolete version key', 'safe', [replaceEdit(ctx.document, lineStart, lineEnd, '')]) : undefined,
    });
  }
}
