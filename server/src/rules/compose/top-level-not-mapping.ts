import { isMap, isScalar, Node } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'top-level-not-mapping',
  target: 'compose',
  category: 'yaml',
  severity: 'error',
  summary: 'The document is a list or a plain value instead of a mapping of top-level keys.',
  docs: {
    description:
      'A Compose file is a mapping: `services:`, `networks:`, `volumes:` and the other top-level keys. A document that ' +
      'starts with `- ` or is a single value cannot be loaded ("Top-level object must be a mapping"). Often the first ' +
      'line lost its `services:` key, or the whole file is indented one level too deep.',
    incorrect: '- web:\n    image: nginx:1.27',
    correct: 'services:\n  web:\n    image: nginx:1.27',
    notes: 'An empty document (a new file, or `---` with nothing after it) is not reported while you type.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const doc of ctx.model.yamlDocs) {
    const root = doc.contents as Node | null;
    if (!root || isMap(root)) continue;
    if (isScalar(root) && (root.value === null || root.value === '')) continue;
    const span = spanOf(root);
    if (!span) continue;
    // Only the first line of a long list.
    const lineEnd = text.indexOf('\n', span[0]);
    const end = lineEnd >= 0 && lineEnd < span[1] ? lineEnd : span[1];
    ctx.report({
      range: ctx.range(span[0], text.slice(span[0], end).trimEnd().length + span[0]),
      message: `The document is ${isScalar(root) ? 'a plain value' : 'a list'}: a Compose file must be a mapping of top-level keys such as \`services:\`.`,
    });
  }
}
