import { isMap } from 'yaml';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { deref, getPair, keyName } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { compareNames, reportOrder } from '../shared/compose-order';

export const meta: ComposeRuleMeta = {
  id: 'services-order',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: 'Services are not sorted by name.',
  docs: {
    description: 'Sorted services are easier to find in a long file and produce smaller diffs when services are added. A team convention, not a correctness issue.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n  web:\n    image: nginx:1.27\n',
    fix: 'Sorts the services, each with the comment lines directly above it. Safe: order has no meaning to Compose.',
    notes: 'Off by default (style). Names compare case-insensitively, by code point. No fix when an alias would end up before its anchor; sections with a merge key are skipped.',
  },
  fix: 'safe',
  aliases: ['dclint:services-alphabetical-order'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const doc of ctx.model.yamlDocs) {
    if (!isMap(doc.contents)) continue;
    const services = deref(doc, getPair(doc.contents, 'services')?.value);
    if (!isMap(services) || services.items.some((p) => keyName(p) === '<<')) continue;
    const names = services.items.map((p) => keyName(p) ?? '');
    reportOrder(ctx, services, names, compareNames, (i, before) => `Service ${code(names[i])} should come before ${code(names[before])} (services sorted by name).`, 'Sort services by name');
  }
}
