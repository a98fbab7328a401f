import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { baseNameOf } from '../../engine/fs';
import type { ComposeModel } from '../../model/compose/types';
import { isMap, isScalar } from 'yaml';
import { isRecord, keySpan, services } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'swarm-only-key-ignored',
  target: 'compose',
  category: 'schema',
  severity: 'info',
  summary: 'A `deploy` key only Swarm (`docker stack deploy`) honours; `docker compose` ignores it.',
  docs: {
    description:
      '`deploy.placement`, `deploy.update_config`, `deploy.rollback_config` and `deploy.endpoint_mode` steer Swarm ' +
      'scheduling and rolling updates. `docker compose up` runs on one engine and silently ignores them, so they give a ' +
      'false sense of what happens on a redeploy.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      update_config:\n        parallelism: 1',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: 1',
    notes:
      'A file that is evidently a Swarm stack is left alone: named like one (`docker-stack.yml`, `app-stack.yaml`) or ' +
      'declaring an `overlay` network. Keep the keys if another file is also deployed with `docker stack deploy`; ' +
      'suppress the rule for it then.',
  },
  fix: 'none',
  aliases: [],
};

const SWARM_ONLY = ['placement', 'update_config', 'rollback_config', 'endpoint_mode'];

/** Named like a stack file, or declares an overlay network: written for `docker stack deploy`. */
function isSwarmStack(model: ComposeModel, fileName: string): boolean {
  if (/(^|[-_.])stack([-_.]|$)/i.test(baseNameOf(fileName).replace(/\.ya?ml$/i, ''))) return true;
  for (const def of model.definitions.network.values()) {
    const driver = isMap(def.value) ? def.value.get('driver', true) : undefined;
    if (isScalar(driver) && driver.value === 'overlay') return true;
  }
  return false;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  if (isSwarmStack(ctx.model, ctx.fileName)) return;
  const seen = new Set<number>();
  for (const service of services(ctx.model)) {
    const deploy = service.value.deploy;
    if (!isRecord(deploy)) continue;
    for (const key of Object.keys(deploy)) {
      if (!SWARM_ONLY.includes(key)) continue;
      const span = keySpan(service.doc, [...service.path, 'deploy', key]);
      if (!span || seen.has(span[0])) continue;
      seen.add(span[0]);
      ctx.report({
        range: ctx.range(span[0], span[1]),
        message: `${code('deploy.' + key)} is used only by Swarm: \`docker compose\` ignores it.`,
      });
    }
  }
}
