import { makeFix, replaceEdit } from '../../engine/edits';
import { before as textBefore } from '../../engine/text';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind } from '../shared/compose-schema';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'schema-duplicate-item',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'The same item twice in a list whose items must be unique (`cap_add`, `dns`, `environment`…).',
  docs: {
    description:
      'Lists such as `environment`, `labels`, `extra_hosts`, `cap_add`, `cap_drop`, `dns`, `profiles`, `security_opt` and ' +
      '`expose` must not repeat an item; Compose refuses the file. A repeated item is usually a merge leftover.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN',
    fix: 'Deletes the repeated item. Safe: it is identical to the first one.',
  },
  fix: 'safe',
  aliases: ['dclint:invalid-schema'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const located of problemsOfKind(ctx.model, 'duplicate')) {
    const entry = entryAt(located.doc, located.problem.path);
    const span = entry && !entry.viaAlias ? itemSpan(text, located.start, located.end) : undefined;
    ctx.report({
      range: ctx.range(located.start, located.end),
      message: located.problem.message,
      fix: span ? makeFix('Delete the repeated item', 'safe', [replaceEdit(ctx.document, span[0], span[1], '')]) : undefined,
    });
  }
}

/**
 * The whole `- item` line of a block list, or the item with its preceding comma in a flow list. Read from the item
 * outwards: slicing the line (or the text) before each item was quadratic in a long list on one line.
 */
function itemSpan(text: string, start: number, end: number): [number, number] | undefined {
  const lineEnd = text.indexOf('\n', end);
  const dash = blanksBefore(text, start) - 1;
  if (text[dash] === '-') {
    const lineStart = blanksBefore(text, dash);
    const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    if ((lineStart === 0 || text[lineStart - 1] === '\n') && textBefore(after, '#').trim() === '') return [lineStart, lineEnd < 0 ? text.length : lineEnd + 1];
  }
  // A comma before the item, with only blanks between them.
  const comma = blanksBefore(text, start) - 1;
  return text[comma] === ',' ? [comma, end] : undefined;
}

/** Where the blanks (white space other than a line break) that end just before `offset` start. */
function blanksBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1]) && text[at - 1] !== '\n') at--;
  return at;
}
