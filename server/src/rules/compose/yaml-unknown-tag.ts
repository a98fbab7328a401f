import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { walkDocument } from '../../model/compose/walk';
import { spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'yaml-unknown-tag',
  target: 'compose',
  category: 'yaml',
  severity: 'warning',
  summary: 'A YAML tag that Compose does not know, such as `!Reset`, `!env` or `!include`.',
  docs: {
    description:
      'Compose gives a meaning to `!reset` (drop the inherited value), `!override` (replace instead of merge) and the merge ' +
      'tag; besides those only the YAML core tags (`!!str`, `!!int`…) are understood. Any other tag is rejected or ' +
      'ignored depending on the Compose version, so the value may not be what you wrote. Tags are case-sensitive.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    ports: !Reset []',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports: !reset []',
    fix: 'Renames the tag to the nearest known one (`!Reset` → `!reset`). Unsafe: the value changes meaning.',
  },
  fix: 'unsafe',
  aliases: ['RH-YAML'],
};

const COMPOSE_TAGS = ['!reset', '!override', '!merge'];
const CORE = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq|binary|timestamp|merge|omap|pairs|set)$/;

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const doc of ctx.model.yamlDocs) {
    for (const n of walkDocument(doc).withProps) {
      if (!n.tag || !n.range) continue;
      if (COMPOSE_TAGS.includes(n.tag) || CORE.test(n.tag)) continue;
      const span = tagSpan(text, spanOf(n)![0]);
      if (!span) continue;
      const written = text.slice(span[0], span[1]);
      const suggestion = closest(written, COMPOSE_TAGS, 2);
      ctx.report({
        range: ctx.range(span[0], span[1]),
        message: `Unknown tag ${code(written)}: Compose understands only \`!reset\`, \`!override\`, the merge tag and the YAML core tags.${suggestion ? ` Did you mean ${code(suggestion)}?` : ''}`,
        fix: suggestion ? makeFix(`Change to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, span[0], span[1], suggestion)]) : undefined,
      });
    }
  }
}

/** The tag token written before a node (only spaces, line breaks and an anchor may separate them). */
function tagSpan(text: string, nodeStart: number): [number, number] | undefined {
  const head = text.slice(Math.max(0, nodeStart - 400), nodeStart);
  const m = /(!(?:<[^>]*>|[^\s,\[\]{}]*))(?:[ \t]+&[^\s,\[\]{}]+)?[ \t]*(?:#[^\n]*)?[\s]*$/.exec(head);
  if (!m) return undefined;
  const start = nodeStart - head.length + m.index;
  return [start, start + m[1]!.length];
}
