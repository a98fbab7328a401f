import { isScalar, Scalar } from 'yaml';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isBooleanField, isYaml11BooleanWord } from '../shared/compose-schema';
import { composeTree, pathOf, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'yaml11-boolean',
  target: 'compose',
  category: 'schema',
  severity: 'warning',
  summary: '`yes`, `no`, `on` or `off` on a boolean field: write `true` or `false`.',
  docs: {
    description:
      'YAML 1.1 read `yes`, `no`, `on`, `off`, `y` and `n` as booleans; YAML 1.2, which Compose and most editors use, ' +
      'reads them as strings. Compose still converts them on boolean fields but warns that YAML 1.2 does not support ' +
      'them, and other tools see a string. `true` and `false` mean the same everywhere.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    read_only: yes',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    read_only: true',
    fix: 'Replaces the word with `true` or `false`. Safe: Compose reads it the same way.',
    notes: 'Only boolean fields are checked: `restart: no` is a string value and is correct.',
  },
  fix: 'safe',
  aliases: ['compose-go'],
};

const TRUE_WORDS = /^(y|yes|on)$/i;

export function check(ctx: RuleContext<ComposeModel>): void {
  const seen = new Set<number>();
  for (const doc of composeTree(ctx.model).docs) {
    for (const entry of doc.entries) {
      const node = entry.value;
      // The word is checked first (on any node's value: collections have none): most values are not one, and
      // their path need not be built.
      const word = (node as { value?: unknown } | null)?.value;
      if (!isYaml11BooleanWord(word) || !isScalar(node) || node.type !== Scalar.PLAIN) continue;
      const span = spanOf(node);
      if (!span || seen.has(span[0])) continue;
      if (!isBooleanField(pathOf(entry))) continue;
      seen.add(span[0]);
      const replacement = TRUE_WORDS.test(word) ? 'true' : 'false';
      ctx.report({
        range: ctx.range(span[0], span[1]),
        message: `${code(word)} is a YAML 1.1 boolean: YAML 1.2 reads it as a string. Write \`${replacement}\`.`,
        fix: makeFix(`Replace with ${replacement}`, 'safe', [replaceEdit(ctx.document, span[0], span[1], replacement)]),
      });
    }
  }
}
