import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { keyName } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { eachService } from '../shared/compose-nodes';
import { compareNames, reportOrder } from '../shared/compose-order';

const DEFAULT_GROUPS: string[][] = [
  ['image', 'build', 'container_name'],
  ['depends_on'],
  ['volumes', 'volumes_from', 'configs', 'secrets'],
  ['environment', 'env_file'],
  ['ports', 'networks', 'network_mode', 'extra_hosts'],
  ['command', 'entrypoint', 'working_dir', 'restart', 'healthcheck'],
  ['labels', 'logging'],
  ['user', 'isolation'],
];

export const meta: ComposeRuleMeta = {
  id: 'service-keys-order',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: 'Service keys are not in the conventional group order.',
  docs: {
    description:
      'Services read faster when every one lists its keys in the same order: what runs (image, build), what it needs ' +
      '(depends_on, volumes, environment), how it is reached (ports, networks), how it runs (command, restart, healthcheck), ' +
      'metadata, then security. A team convention, not a correctness issue.',
    incorrect: 'services:\n  api:\n    ports:\n      - "8080:8080"\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    ports:\n      - "8080:8080"\n',
    fix: 'Reorders the keys, each with the comment lines directly above it. Safe: key order has no meaning to Compose.',
    notes:
      'Off by default (style). The `groups` option lists the groups in order; keys in no group come last, alphabetically. ' +
      'Default: image, build, container_name | depends_on | volumes, volumes_from, configs, secrets | environment, env_file | ' +
      'ports, networks, network_mode, extra_hosts | command, entrypoint, working_dir, restart, healthcheck | labels, logging | ' +
      'user, isolation. Services with a merge key are skipped.',
  },
  fix: 'safe',
  aliases: ['dclint:service-keys-order'],
  options: { groups: DEFAULT_GROUPS },
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const option = ctx.options.groups;
  const groups = Array.isArray(option) && option.every(Array.isArray) ? (option as unknown[][]).map((g) => g.map(String)) : DEFAULT_GROUPS;
  const rank = new Map<string, number>();
  let n = 0;
  for (const g of groups) for (const k of g) if (!rank.has(k)) rank.set(k, n++);
  type Key = { name: string; rank: number };
  const compare = (a: Key, b: Key) => a.rank - b.rank || (a.rank === n ? compareNames(a.name, b.name) : 0);
  for (const s of eachService(ctx.model)) {
    const names = s.body.items.map((p) => keyName(p) ?? '');
    if (names.includes('<<')) continue;
    const keys = names.map((name) => ({ name, rank: rank.get(name) ?? n }));
    reportOrder(ctx, s.body, keys, compare, (i, before) => `Key ${code(names[i])} of service ${code(s.name)} should come before ${code(names[before])}.`, 'Reorder the service keys');
  }
}
