import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { resourceAt, setting, type ValueKind } from '../shared/compose-resources';
import { services, valueSpan } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'resource-limit-conflict',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A short resource key (`cpus`, `mem_limit`…) and its `deploy.resources` twin set different values.',
  docs: {
    description:
      'Several resource settings can be written two ways: `cpus`, `mem_limit`, `mem_reservation` and `pids_limit` on the ' +
      'service, or under `deploy.resources`. Compose accepts both forms only when they agree; with two different values it ' +
      'refuses the file rather than guess. Keep one form, preferably `deploy.resources`.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    mem_limit: 512m\n    deploy:\n      resources:\n        limits:\n          memory: 1g',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 1g',
    notes: 'Values are compared after parsing (`512m` equals `536870912`). Values holding `${…}` are not compared.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const PAIRS: readonly { short: string[]; deploy: string[]; kind: ValueKind }[] = [
  { short: ['cpus'], deploy: ['deploy', 'resources', 'limits', 'cpus'], kind: 'cpus' },
  { short: ['mem_limit'], deploy: ['deploy', 'resources', 'limits', 'memory'], kind: 'bytes' },
  { short: ['mem_reservation'], deploy: ['deploy', 'resources', 'reservations', 'memory'], kind: 'bytes' },
  { short: ['pids_limit'], deploy: ['deploy', 'resources', 'limits', 'pids'], kind: 'count' },
];

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    for (const pair of PAIRS) {
      const short = resourceAt(service, pair.short, pair.kind);
      const deploy = resourceAt(service, pair.deploy, pair.kind);
      if (!short || !deploy || short.amount === deploy.amount) continue;
      const span = valueSpan(service.doc, short.path);
      if (!span) continue;
      report({
        range: ctx.range(span[0], span[1]),
        message: `Service ${code(service.name)} sets ${setting(pair.short, short)} and ${setting(pair.deploy, deploy)}: Compose refuses two different values. Keep one.`,
      });
    }
  }
}
