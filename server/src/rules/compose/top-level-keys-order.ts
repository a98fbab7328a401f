import { isMap, type Node } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { keyName, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { reportOrder } from '../shared/compose-order';

const ORDER = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

export const meta: ComposeRuleMeta = {
  id: 'top-level-keys-order',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: 'Top-level keys are not in the conventional order.',
  docs: {
    description:
      'The conventional order puts `x-*` extension fields (usually anchors) first, then `version`, `name`, `include`, ' +
      '`services`, and the resources services refer to: `networks`, `volumes`, `secrets`, `configs`. A team convention, not ' +
      'a correctness issue.',
    incorrect: 'volumes:\n  data: {}\nservices:\n  db:\n    image: postgres:17\n',
    correct: 'services:\n  db:\n    image: postgres:17\nvolumes:\n  data: {}\n',
    fix: 'Reorders the top-level keys, each with the comment lines directly above it. Safe: order has no meaning to Compose.',
    notes: 'Off by default (style). `x-*` keys keep their relative order; unknown keys go last. No fix when an anchor would end up after an alias that uses it.',
  },
  fix: 'safe',
  aliases: ['dclint:top-level-properties-order'],
};

function rank(name: string): number {
  if (name.startsWith('x-')) return -1;
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const doc of ctx.model.yamlDocs) {
    if (!isMap(doc.contents)) continue;
    // A key that is not a string (`[x]:`) is named by its text.
    const names = doc.contents.items.map((p) => keyName(p) ?? keyText(ctx.model.text, p.key));
    if (names.includes('<<')) continue;
    const keys = names.map(rank);
    reportOrder(ctx, doc.contents, keys, (a, b) => a - b, (i, before) => `Top-level key ${code(names[i])} should come before ${code(names[before])}.`, 'Reorder the top-level keys');
  }
}

function keyText(text: string, key: unknown): string {
  const range = nodeRange(key as Node);
  return range ? text.slice(range[0], range[1]) : '';
}
