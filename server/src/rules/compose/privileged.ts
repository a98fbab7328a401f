import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, isTrueValue, reportOnce, scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'privileged',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A service runs with `privileged: true`.',
  docs: {
    description:
      'A privileged container gets every capability, all host devices and no seccomp or AppArmor confinement: root in the ' +
      'container is effectively root on the host, and an escape is one `mount` away. Grant the specific capability or ' +
      'device the service needs instead (`cap_add`, `devices`).',
    incorrect: 'services:\n  vpn:\n    image: qmcgaw/gluetun:v3.40\n    privileged: true\n',
    correct: 'services:\n  vpn:\n    image: qmcgaw/gluetun:v3.40\n    cap_add: [NET_ADMIN]\n    devices:\n      - /dev/net/tun\n',
  },
  fix: 'none',
  aliases: ['KICS:ae5b6871'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const value = valueOf(s.doc, s.body, 'privileged');
    const str = scalarString(ctx.model, value);
    if (!str || !isTrueValue(value)) continue;
    report({ range: ctx.range(str.start, str.end), message: `Service ${code(s.name)} runs privileged: it has full control over the host.` });
  }
}
