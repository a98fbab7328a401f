import { isScalar, Scalar } from 'yaml';
import { makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce, seqItems, valueOf } from '../shared/compose-nodes';
import { quoteEdit } from '../shared/compose-text-edits';

export const meta: ComposeRuleMeta = {
  id: 'ports-unquoted-base60',
  target: 'compose',
  category: 'services',
  severity: 'info',
  summary: 'An unquoted port mapping that YAML 1.1 tools read as a base-60 number.',
  docs: {
    description:
      'YAML 1.1 reads digits separated by colons, with every part after the first below 60, as a sexagesimal number: ' +
      '`22:22` becomes 1342. Compose v2 uses YAML 1.2 and reads the mapping correctly, but Compose v1, Ansible, PyYAML and ' +
      'other tools that process the file do not. Quoting the entry makes it a string everywhere.',
    incorrect: 'services:\n  git:\n    image: gitea/gitea:1.24\n    ports:\n      - 2222:22\n',
    correct: 'services:\n  git:\n    image: gitea/gitea:1.24\n    ports:\n      - "2222:22"\n',
    fix: 'Puts the entry in double quotes. Safe: Compose reads the same value.',
  },
  fix: 'safe',
  aliases: ['dclint:require-quotes-in-ports'],
};

/** Digits and colons, every part after the first below 60 (a YAML 1.1 base-60 integer). */
function isBase60(text: string): boolean {
  if (!/^\d+(:\d+)+$/.test(text)) return false;
  return text.split(':').slice(1).every((p) => Number(p) < 60);
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const key of ['ports', 'expose']) {
      for (const item of seqItems(s.doc, valueOf(s.doc, s.body, key))) {
        if (!isScalar(item) || item.type !== Scalar.PLAIN) continue;
        const r = nodeRange(item);
        if (!r) continue;
        const raw = ctx.model.text.slice(r[0], r[1]);
        if (!isBase60(raw)) continue;
        const edit = quoteEdit(ctx.document, ctx.model.text, item);
        report({
          range: ctx.range(r[0], r[1]),
          message: `Unquoted ${code(raw)} in the \`${key}\` of service ${code(s.name)} is a base-60 number to YAML 1.1 tools: quote it.`,
          fix: edit ? makeFix('Quote the port mapping', 'safe', [edit]) : undefined,
        });
      }
    }
  }
}
