import { isMap, isSeq } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { deref, keyName } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, scalarString } from '../shared/compose-nodes';
import { compareNames, reportOrder } from '../shared/compose-order';

export const meta: ComposeRuleMeta = {
  id: 'depends-on-order',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: '`depends_on` entries are not sorted.',
  docs: {
    description: 'Sorted dependencies are easier to scan and compare between services. Compose starts dependencies by the graph, not by list order, so sorting changes nothing at run time.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    depends_on:\n      - redis\n      - db\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    depends_on:\n      - db\n      - redis\n',
    fix: 'Sorts the entries (short or long form), each with the comment lines directly above it. Safe: start order follows the dependency graph.',
    notes: 'Off by default (style).',
  },
  fix: 'safe',
  aliases: ['dclint:service-dependencies-alphabetical-order'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const s of eachService(ctx.model)) {
    const pair = findPair(s.doc, s.body, 'depends_on');
    const deps = deref(s.doc, pair?.value);
    let names: string[];
    if (isSeq(deps)) names = deps.items.map((i) => scalarString(ctx.model, deref(s.doc, i))?.text ?? '');
    else if (isMap(deps)) {
      names = deps.items.map((p) => keyName(p) ?? '');
      if (names.includes('<<')) continue;
    } else continue;
    reportOrder(ctx, deps, names, compareNames, (i, before) => `Dependency ${code(names[i])} of service ${code(s.name)} should come before ${code(names[before])}.`, 'Sort depends_on');
  }
}
