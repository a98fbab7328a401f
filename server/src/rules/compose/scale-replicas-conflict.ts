import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { resourceAt, setting } from '../shared/compose-resources';
import { services, valueSpan } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'scale-replicas-conflict',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: '`scale` and `deploy.replicas` disagree, or one of them is negative.',
  docs: {
    description:
      '`scale` and `deploy.replicas` both say how many containers a service runs. Compose accepts both only when they agree, ' +
      'and neither may be negative; otherwise it refuses the file. Keep one of them, preferably `deploy.replicas`.',
    incorrect: 'services:\n  worker:\n    image: acme/worker:1.4\n    scale: 2\n    deploy:\n      replicas: 3',
    correct: 'services:\n  worker:\n    image: acme/worker:1.4\n    deploy:\n      replicas: 3',
    notes: 'Values holding `${…}` are not compared.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const SCALE = ['scale'];
const REPLICAS = ['deploy', 'replicas'];

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const scale = resourceAt(service, SCALE, 'count');
    const replicas = resourceAt(service, REPLICAS, 'count');
    let negative = false;
    for (const [keys, value] of [[SCALE, scale], [REPLICAS, replicas]] as const) {
      if (!value || value.amount >= 0) continue;
      negative = true;
      const span = valueSpan(service.doc, value.path);
      if (span) {
        report({
          range: ctx.range(span[0], span[1]),
          message: `Service ${code(service.name)} sets ${setting(keys, value)}: the number of containers cannot be negative.`,
        });
      }
    }
    if (negative || !scale || !replicas || scale.amount === replicas.amount) continue;
    const span = valueSpan(service.doc, scale.path);
    if (!span) continue;
    report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} sets ${setting(SCALE, scale)} and ${setting(REPLICAS, replicas)}: Compose refuses two different values. Keep one.`,
    });
  }
}
