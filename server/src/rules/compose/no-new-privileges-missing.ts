import { isSeq, YAMLSeq } from 'yaml';
import { insertEdit, makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import { deref, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, keyRange, reportOnce, scalarString, seqItems } from '../shared/compose-nodes';
import { appendLinesEdit } from '../shared/compose-text-edits';

export const meta: ComposeRuleMeta = {
  id: 'no-new-privileges-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service does not set `no-new-privileges:true` in `security_opt`.',
  docs: {
    description:
      '`no-new-privileges` stops processes in the container from gaining privileges through setuid binaries or file ' +
      'capabilities, which closes a common path from a compromised application user to root inside the container.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    security_opt:\n      - no-new-privileges:true\n',
    fix: 'Adds `no-new-privileges:true` to `security_opt` (creating the key when needed). Unsafe: tools that rely on setuid (`sudo`, `ping` on some images) stop working.',
    notes: 'Off by default (a hardening check, as in KICS). `no-new-privileges=true` and a bare `no-new-privileges` count as set.',
  },
  fix: 'unsafe',
  aliases: ['KICS:27fcc7d6', 'KICS:610e266e'],
};

const SET = /^no-new-privileges(?:[:=]true)?$/i;

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const text = ctx.model.text;
  for (const s of eachService(ctx.model)) {
    const pair = findPair(s.doc, s.body, 'security_opt');
    const items = seqItems(s.doc, pair?.value).map((i) => scalarString(ctx.model, i)?.text.trim() ?? '');
    if (items.some((i) => SET.test(i)) || items.some((i) => i.includes('$'))) continue;
    let edit: TextEdit | undefined;
    const own = pair && s.body.items.includes(pair);
    const list = deref(s.doc, pair?.value);
    if (!pair) edit = appendLinesEdit(ctx.document, text, s.body, ['security_opt:', '  - no-new-privileges:true']);
    else if (own && isSeq(list) && list.flow) {
      const r = nodeRange(list);
      if (r) edit = insertEdit(ctx.document, r[1] - 1, list.items.length ? ', "no-new-privileges:true"' : '"no-new-privileges:true"');
    } else if (own && isSeq(list)) edit = appendLinesEdit(ctx.document, text, list as YAMLSeq, ['- no-new-privileges:true']);
    const r = pair ? keyRange(pair) : [s.keyStart, s.keyEnd];
    if (!r) continue;
    report({
      range: ctx.range(r[0], r[1]),
      message: `Service ${code(s.name)} does not set \`no-new-privileges:true\`: processes can gain privileges through setuid binaries.`,
      fix: edit ? makeFix('Add no-new-privileges:true to security_opt', 'unsafe', [edit]) : undefined,
    });
  }
}
