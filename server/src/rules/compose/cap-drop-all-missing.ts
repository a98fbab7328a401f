import { isSeq, YAMLSeq } from 'yaml';
import { insertEdit, makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import { deref, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, keyRange, reportOnce, scalarString, seqItems } from '../shared/compose-nodes';
import { appendLinesEdit, insertAfterPairEdit } from '../shared/compose-text-edits';

export const meta: ComposeRuleMeta = {
  id: 'cap-drop-all-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service adds capabilities without dropping the default set (`cap_drop: [ALL]`).',
  docs: {
    description:
      'Containers start with a default set of about fourteen capabilities. A service that needs one more usually needs few ' +
      'of the defaults: dropping `ALL` and adding back exactly what it uses keeps the container at least privilege.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: [NET_BIND_SERVICE]\n',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]\n',
    fix: 'Adds `ALL` to `cap_drop` (creating the key after `cap_add`). Unsafe: the service may need default capabilities it did not list.',
    notes: 'Off by default (a hardening check).',
  },
  fix: 'unsafe',
  aliases: ['KICS:ce76b7d0'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const text = ctx.model.text;
  for (const s of eachService(ctx.model)) {
    const add = findPair(s.doc, s.body, 'cap_add');
    if (!add || seqItems(s.doc, add.value).length === 0) continue;
    const drop = findPair(s.doc, s.body, 'cap_drop');
    const dropped = seqItems(s.doc, drop?.value).map((i) => scalarString(ctx.model, i)?.text.trim().toUpperCase().replace(/^CAP_/, ''));
    if (dropped.includes('ALL')) continue;
    let edit: TextEdit | undefined;
    const list = deref(s.doc, drop?.value);
    if (!drop && s.body.items.includes(add)) edit = insertAfterPairEdit(ctx.document, text, s.body, add, ['cap_drop: [ALL]']);
    else if (drop && s.body.items.includes(drop) && isSeq(list) && list.flow) {
      const r = nodeRange(list);
      if (r) edit = insertEdit(ctx.document, r[1] - 1, list.items.length ? ', ALL' : 'ALL');
    } else if (drop && s.body.items.includes(drop) && isSeq(list)) edit = appendLinesEdit(ctx.document, text, list as YAMLSeq, ['- ALL']);
    const r = keyRange(add);
    if (!r) continue;
    report({
      range: ctx.range(r[0], r[1]),
      message: `Service ${code(s.name)} adds capabilities without \`cap_drop: [ALL]\`, so it keeps the whole default set too.`,
      fix: edit ? makeFix('Drop all other capabilities (cap_drop: [ALL])', 'unsafe', [edit]) : undefined,
    });
  }
}
