import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { resourceAt } from '../shared/compose-resources';
import { services, valueSpan } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'memory-reservation-exceeds-limit',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A memory reservation larger than the memory limit.',
  docs: {
    description:
      'The memory reservation is a soft floor the scheduler tries to keep free for the container; the limit is the hard ' +
      'ceiling. A reservation above the limit cannot be honoured, and the engine refuses to create the container ' +
      '("minimum memory limit should be larger than memory reservation limit"), so `up` fails although `config` passes.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    mem_limit: 512m\n    mem_reservation: 1g',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    mem_limit: 1g\n    mem_reservation: 512m',
    notes:
      'The limit is `mem_limit` or `deploy.resources.limits.memory`, the reservation `mem_reservation` or ' +
      '`deploy.resources.reservations.memory` (the short form first when both are written). A limit of 0 means no limit. ' +
      'Values holding `${…}` are not compared.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const limit = resourceAt(service, ['mem_limit'], 'bytes') ?? resourceAt(service, ['deploy', 'resources', 'limits', 'memory'], 'bytes');
    const reservation =
      resourceAt(service, ['mem_reservation'], 'bytes') ?? resourceAt(service, ['deploy', 'resources', 'reservations', 'memory'], 'bytes');
    if (!limit || !reservation || limit.amount <= 0 || reservation.amount <= limit.amount) continue;
    const span = valueSpan(service.doc, reservation.path);
    if (!span) continue;
    report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} reserves ${code(reservation.text)} of memory but is limited to ${code(limit.text)}: the engine refuses a reservation above the limit.`,
    });
  }
}
