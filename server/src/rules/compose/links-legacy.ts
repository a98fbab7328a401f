import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, keyRange, reportOnce } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'links-legacy',
  target: 'compose',
  category: 'services',
  severity: 'info',
  summary: '`links` and `external_links` are legacy.',
  docs: {
    description:
      'Services on a shared network already reach each other by service name, so `links` adds nothing but implicit start ' +
      'order dependencies and aliases that are easy to forget. Use `depends_on` for start order, network `aliases` for ' +
      'extra names, and a shared external network instead of `external_links`.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    links:\n      - db\n  db:\n    image: postgres:17\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const key of ['links', 'external_links']) {
      const r = keyRange(findPair(s.doc, s.body, key));
      if (!r) continue;
      report({
        range: ctx.range(r[0], r[1]),
        message: `\`${key}\` on service ${code(s.name)} is legacy: services on a shared network reach each other by name.`,
      });
    }
  }
}
