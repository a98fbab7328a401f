import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { walkDocument } from '../../model/compose/walk';
import { spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'yaml-alias-undefined',
  target: 'compose',
  category: 'yaml',
  severity: 'error',
  summary: 'An alias `*name` has no `&name` anchor before it.',
  docs: {
    description:
      'An alias repeats the node its anchor marks, and the anchor must come earlier in the same document. A misspelt or ' +
      'missing anchor makes the whole file fail to load ("unknown anchor"), so nothing in it runs.',
    incorrect: 'x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *default\n    image: nginx:1.27',
    correct: 'x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx:1.27',
    fix: 'Renames the alias to the nearest anchor defined before it. Unsafe: it picks which settings get merged.',
    notes: 'Anchors are per document: an anchor in an earlier `---` document does not count.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const doc of ctx.model.yamlDocs) {
    const walk = walkDocument(doc);
    if (walk.aliases.length === 0) continue;
    const anchors: { name: string; at: number }[] = [];
    for (const n of walk.withProps) if (n.anchor && n.range) anchors.push({ name: n.anchor, at: n.range[0] });
    for (const alias of walk.aliases) {
      const span = spanOf(alias);
      if (!span) continue;
      const name = alias.source;
      if (anchors.some((a) => a.name === name && a.at < span[0])) continue;
      const before = anchors.filter((a) => a.at < span[0]).map((a) => a.name);
      const later = anchors.some((a) => a.name === name && a.at > span[0]);
      const suggestion = closest(name, [...new Set(before)], 3);
      const reason = later ? ` is only defined after this alias` : ' is not defined in this document';
      ctx.report({
        range: ctx.range(span[0], span[1]),
        message: `Anchor ${code('&' + name)}${reason}.${suggestion ? ` Did you mean ${code('*' + suggestion)}?` : ''}`,
        fix: suggestion ? makeFix(`Change to *${suggestion}`, 'unsafe', [replaceEdit(ctx.document, span[0], span[1], `*${suggestion}`)]) : undefined,
      });
    }
  }
}
