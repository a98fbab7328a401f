import { isSeq } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { deref, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair } from '../shared/compose-nodes';
import { compareNames, reportOrder } from '../shared/compose-order';
import { servicePorts } from '../shared/compose-ports';

export const meta: ComposeRuleMeta = {
  id: 'ports-order',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: '`ports` entries are not sorted.',
  docs: {
    description: 'Sorted port lists make it easy to see which host ports a service takes and to spot clashes. Order has no effect on the engine.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "443:443"\n      - "80:80"\n',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n      - "443:443"\n',
    fix: 'Sorts the entries. Safe: the engine publishes them all regardless of order.',
    notes: 'Off by default (style). Entries sort by host port number (the container port when none is published), then by container port, then by text; entries holding `${…}` sort by text after the numeric ones.',
  },
  fix: 'safe',
  aliases: ['dclint:service-ports-alphabetical-order'],
};

type Key = { port: number; container: number; text: string };

function compare(a: Key, b: Key): number {
  return a.port - b.port || a.container - b.container || compareNames(a.text, b.text);
}

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const s of eachService(ctx.model)) {
    const list = deref(s.doc, findPair(s.doc, s.body, 'ports')?.value);
    if (!isSeq(list)) continue;
    const entries = servicePorts(ctx.model, s.doc, s.body);
    if (entries.length !== list.items.length) continue;
    const keys: Key[] = entries.map((e) => {
      const r = nodeRange(e.node);
      const text = r ? ctx.model.text.slice(r[0], r[1]) : '';
      const port = e.interpolated ? Infinity : (e.publishedRange?.[0] ?? e.containerRange?.[0] ?? Infinity);
      return { port, container: e.containerRange?.[0] ?? Infinity, text };
    });
    const shown = (k: Key) => k.text.replace(/^["']|["']$/g, '');
    reportOrder(ctx, list, keys, (a, b) => (a.port === b.port && a.port === Infinity ? compareNames(a.text, b.text) : compare(a, b)), (i, before) => `Port ${code(shown(keys[i]))} of service ${code(s.name)} should come before ${code(shown(keys[before]))}.`, 'Sort ports');
  }
}
