import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { before, code } from '../../engine/text';
import { nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce, scalarString, seqItems, Str, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'environment-duplicate-key',
  target: 'compose',
  category: 'services',
  severity: 'warning',
  summary: 'A variable is set twice, with different values, in one `environment` list.',
  docs: {
    description:
      'In the list form of `environment` a variable can appear twice; the last entry wins and the first is silently ignored. ' +
      'That is usually an edit that added a new value without removing the old one, and readers of the file may trust the ' +
      'wrong line.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    environment:\n      - LOG_LEVEL=info\n      - PORT=8080\n      - LOG_LEVEL=debug\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    environment:\n      - PORT=8080\n      - LOG_LEVEL=debug\n',
    fix: 'Deletes the earlier, ignored entry. Unsafe: check which value you meant.',
    notes: 'Identical repeated entries are `schema-duplicate-item`\'s; repeated keys in the mapping form are `yaml-duplicate-key`\'s.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const text = ctx.model.text;
  for (const s of eachService(ctx.model)) {
    const entries = seqItems(s.doc, valueOf(s.doc, s.body, 'environment'))
      .map((i) => scalarString(ctx.model, i))
      .filter((e): e is Str => e !== undefined);
    if (entries.length < 2) continue;
    const nameOf = (e: Str) => before(e.text, '=');
    const names = entries.map(nameOf);
    // For each entry, the next entry setting the same name (found from the end, in one pass).
    const nextSame: (number | undefined)[] = [];
    const lastSeen = new Map<string, number>();
    for (let i = entries.length - 1; i >= 0; i--) {
      nextSame[i] = lastSeen.get(names[i]!);
      lastSeen.set(names[i]!, i);
    }
    entries.forEach((e, i) => {
      const next = nextSame[i];
      const later = next === undefined ? undefined : entries[next];
      if (!later || later.text === e.text) return;
      // Only a later entry with another value makes this one dead; the fix deletes this entry's line.
      const r = nodeRange(e.node);
      let fix;
      if (r) {
        const lineStart = text.lastIndexOf('\n', r[0] - 1) + 1;
        const nl = text.indexOf('\n', r[1]);
        const lineEnd = nl < 0 ? text.length : nl + 1;
        if (/^[ \t]*-[ \t]*$/.test(text.slice(lineStart, r[0])) && /^[ \t]*(#.*)?\r?\n?$/.test(text.slice(r[1], lineEnd))) {
          fix = makeFix(`Delete the ignored ${nameOf(e)} entry`, 'unsafe', [replaceEdit(ctx.document, lineStart, lineEnd, '')]);
        }
      }
      report({
        range: ctx.range(e.start, e.end),
        message: `${code(nameOf(e))} is set again later in the \`environment\` of service ${code(s.name)}, so this value is ignored.`,
        related: [{ range: ctx.range(later.start, later.end), message: 'the value that wins' }],
        fix,
      });
    });
  }
}
