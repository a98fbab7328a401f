import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isInterpolated, isRecord, valueSpan } from '../shared/compose-services';
import { composeTree, entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'project-name-invalid',
  target: 'compose',
  category: 'references',
  severity: 'warning',
  summary: 'The top-level `name` is not a valid project name (lowercase letters, digits, `_` and `-`).',
  docs: {
    description:
      'A project name must match `^[a-z0-9][a-z0-9_-]*$`. Compose silently lower-cases the top-level `name` and strips ' +
      'other characters, so containers, networks and volumes get a prefix other than the one written, and `-p` with the ' +
      'same value is refused.',
    incorrect: 'name: My.App\nservices:\n  web:\n    image: nginx:1.27',
    correct: 'name: myapp\nservices:\n  web:\n    image: nginx:1.27',
    fix: 'Writes the name Compose already uses (lower-cased, invalid characters removed). Safe: nothing changes at run time.',
    notes: 'A name holding `${…}` is checked only once interpolated, which the editor cannot do.',
  },
  fix: 'safe',
  aliases: ['compose-go'],
};

const VALID = /^[a-z0-9][a-z0-9_-]*$/;

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const doc of composeTree(ctx.model).docs) {
    if (!isRecord(doc.value)) continue;
    const name = doc.value.name;
    if (typeof name !== 'string' || name === '' || isInterpolated(name) || VALID.test(name)) continue;
    const span = valueSpan(doc, ['name']);
    if (!span) continue;
    const normalized = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '').replace(/^[_-]+/, '');
    const entry = entryAt(doc, ['name']);
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `${code(name)} is not a valid project name: Compose uses ${normalized ? code(normalized) : 'an empty name'} instead.`,
      fix: normalized && entry && !entry.viaAlias ? makeFix(`Write ${normalized}`, 'safe', [replaceEdit(ctx.document, span[0], span[1], normalized)]) : undefined,
    });
  }
}
