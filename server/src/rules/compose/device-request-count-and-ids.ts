import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { isRecord, keySpan, services, type Path } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'device-request-count-and-ids',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A GPU or device request that sets both `count` and `device_ids`.',
  docs: {
    description:
      'A device request (`deploy.resources.reservations.devices` or `gpus`) asks either for a number of devices (`count`, ' +
      'or `all`) or for specific ones (`device_ids`). Both together are contradictory, and Compose refuses the file.',
    incorrect:
      'services:\n  trainer:\n    image: acme/trainer:2\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: 1\n              device_ids: ["0"]\n              capabilities: [gpu]',
    correct:
      'services:\n  trainer:\n    image: acme/trainer:2\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              device_ids: ["0"]\n              capabilities: [gpu]',
    notes: 'The finding sits on whichever of the two keys is written second.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const lists: [Path, unknown][] = [];
    const deploy = service.value.deploy;
    const resources = isRecord(deploy) ? deploy.resources : undefined;
    const reservations = isRecord(resources) ? resources.reservations : undefined;
    if (isRecord(reservations)) lists.push([['deploy', 'resources', 'reservations', 'devices'], reservations.devices]);
    lists.push([['gpus'], service.value.gpus]);
    for (const [keys, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((request, i) => {
        if (!isRecord(request) || !('count' in request) || !('device_ids' in request)) return;
        const at = [...service.path, ...keys, i];
        const count = keySpan(service.doc, [...at, 'count']);
        const ids = keySpan(service.doc, [...at, 'device_ids']);
        if (!count || !ids) return;
        const span = count[0] > ids[0] ? count : ids;
        report({
          range: ctx.range(span[0], span[1]),
          message: `A device request of service ${code(service.name)} sets both \`count\` and \`device_ids\`: ask for a number of devices or for specific ones, not both.`,
        });
      });
    }
  }
}
