import { isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { deref, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'volumes-unquoted',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: 'A service `volumes` entry is quoted.',
  docs: {
    description: 'Some teams write mount specifications without quotes, like paths on a command line. Quotes are only needed when YAML would otherwise misread the value.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - "./html:/usr/share/nginx/html:ro"\n',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n',
    fix: 'Removes the quotes. Safe: offered only when YAML reads the bare text as the same string.',
    notes: 'Off by default (style). Entries that need their quotes (a `: ` or ` #` inside, a leading `*`, `&`, `!`, `{`…) are not reported.',
  },
  fix: 'safe',
  aliases: ['dclint:no-quotes-in-volumes'],
};

/** True when the text, written bare at this place, reads back as the same string. */
function plainSafe(value: string, inFlow: boolean): boolean {
  if (value === '' || /[\r\n]/.test(value) || value !== value.trim()) return false;
  if (inFlow && /[,[\]{}]/.test(value)) return false;
  const doc = parseDocument(value);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  return isScalar(doc.contents) && doc.contents.type === Scalar.PLAIN && doc.contents.value === value;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const s of eachService(ctx.model)) {
    const list = deref(s.doc, findPair(s.doc, s.body, 'volumes')?.value);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isScalar(item) || (item.type !== Scalar.QUOTE_DOUBLE && item.type !== Scalar.QUOTE_SINGLE) || typeof item.value !== 'string') continue;
      const r = nodeRange(item);
      if (!r || !plainSafe(item.value, list.flow === true)) continue;
      ctx.report({
        range: ctx.range(r[0], r[1]),
        message: `Volume entry ${code(item.value)} of service ${code(s.name)} is quoted.`,
        fix: makeFix('Remove the quotes', 'safe', [replaceEdit(ctx.document, r[0], r[1], item.value)]),
      });
    }
  }
}
