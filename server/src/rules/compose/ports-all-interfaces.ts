import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOpenPorts } from '../shared/compose-exposure';

export const meta: ComposeRuleMeta = {
  id: 'ports-all-interfaces',
  target: 'compose',
  category: 'security',
  severity: 'info',
  summary: 'A published port binds every network interface of the host.',
  docs: {
    description:
      'A port mapping without a host address (`"8080:80"`) listens on all interfaces, so the service is reachable from ' +
      'every network the machine is on. Docker inserts its own firewall rules ahead of host firewalls such as ufw or ' +
      'firewalld, so "the firewall blocks it" is often not true. On a development machine, bind to `127.0.0.1`.',
    incorrect: 'services:\n  web:\n    image: acme/web:1\n    ports:\n      - "8080:80"\n',
    correct: 'services:\n  web:\n    image: acme/web:1\n    ports:\n      - "127.0.0.1:8080:80"\n',
    fix: 'Prefixes the mapping with `127.0.0.1:` (or adds `host_ip: 127.0.0.1` to the long syntax). Unsafe: other machines lose access.',
    notes:
      'Not reported: an explicit `0.0.0.0` or `::` (a deliberate choice), entries holding `${…}`, container-only entries ' +
      '(`"80"`, a random host port), and `expose` (not published). Databases, caches and brokers are ' +
      '`database-port-exposed`\'s.',
  },
  fix: 'unsafe',
  aliases: ['dclint:no-unbound-port-interfaces', 'KICS:451d79dc'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  reportOpenPorts(
    ctx,
    (open) => !open.database,
    (open, s) =>
      `Port ${code(open.entry.published.text)} of service ${code(s.name)} is published on all host interfaces: bind it to \`127.0.0.1\` unless other machines need it.`,
  );
}
