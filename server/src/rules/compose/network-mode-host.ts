import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce, stringAt } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'network-mode-host',
  target: 'compose',
  category: 'security',
  severity: 'info',
  summary: 'A service uses the host\'s network stack (`network_mode: host`).',
  docs: {
    description:
      'With the host network the container has no network isolation: it can bind any host port, reach services listening ' +
      'on the host\'s `localhost`, and see all host interfaces. Published `ports` are ignored. Prefer a bridge network with ' +
      'explicit `ports`, unless the service really needs host networking (some discovery or VPN tools).',
    incorrect: 'services:\n  app:\n    image: acme/app:1\n    network_mode: host\n',
    correct: 'services:\n  app:\n    image: acme/app:1\n    ports:\n      - "127.0.0.1:8080:8080"\n',
  },
  fix: 'none',
  aliases: ['KICS:071a71ff'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const mode = stringAt(ctx.model, s.doc, s.body, 'network_mode');
    if (mode?.text !== 'host') continue;
    report({ range: ctx.range(mode.start, mode.end), message: `Service ${code(s.name)} shares the host's network stack: it has no network isolation.` });
  }
}
