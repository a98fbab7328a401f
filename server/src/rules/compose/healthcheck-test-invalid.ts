import { isSeq, Node } from 'yaml';
import { indentationAt, insertEdit, makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { isInterpolated, isRecord, services, valueSpan } from '../shared/compose-services';
import { entryAt, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'healthcheck-test-invalid',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A list-form `healthcheck.test` does not start with `CMD`, `CMD-SHELL` or `NONE`.',
  docs: {
    description:
      'In list form, the first item of `healthcheck.test` says how to run the rest: `CMD` runs it directly, `CMD-SHELL` ' +
      'through the shell, `NONE` disables the check. `["curl", "-f", "http://localhost"]` is refused by Compose. The ' +
      'string form (`test: curl -f http://localhost`) runs through the shell and needs no prefix.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["curl", "-f", "http://localhost"]',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]',
    fix: 'Prepends `"CMD"`, which runs the command as written. Safe: Compose refuses the file today.',
  },
  fix: 'safe',
  aliases: ['compose-go'],
};

const PREFIXES = ['CMD', 'CMD-SHELL', 'NONE'];

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const service of services(ctx.model)) {
    const hc = service.value.healthcheck;
    if (!isRecord(hc) || !Array.isArray(hc.test) || hc.test.length === 0) continue;
    const first = hc.test[0];
    if (typeof first !== 'string' || PREFIXES.includes(first) || isInterpolated(first)) continue;
    const path = [...service.path, 'healthcheck', 'test'];
    const span = valueSpan(service.doc, [...path, 0]);
    if (!span) continue;
    const list = entryAt(service.doc, path);
    let fix;
    if (list && !list.viaAlias && isSeq(list.value)) {
      const item = spanOf(list.value.items[0] as Node)!;
      const quote = text[item[0]] === "'" ? "'" : '"';
      const edit = list.value.flow
        ? insertEdit(ctx.document, item[0], `${quote}CMD${quote}, `)
        : insertEdit(ctx.document, item[0], `${quote}CMD${quote}\n${indentationAt(text, item[0])}- `);
      fix = makeFix('Prepend "CMD"', 'safe', [edit]);
    }
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `${code(first)} is not a healthcheck form: a list-form \`test\` starts with \`CMD\`, \`CMD-SHELL\` or \`NONE\`.`,
      fix,
    });
  }
}
