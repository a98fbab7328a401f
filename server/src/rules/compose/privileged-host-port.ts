import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce } from '../shared/compose-nodes';
import { servicePorts } from '../shared/compose-ports';

export const meta: ComposeRuleMeta = {
  id: 'privileged-host-port',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service publishes a host port below 1024.',
  docs: {
    description:
      'Ports below 1024 are privileged on the host. Publishing one is normal for a reverse proxy on 80 and 443, but ' +
      'elsewhere it often means an internal service is exposed on its well-known port (22, 25, 445…), where scanners look ' +
      'first.',
    incorrect: 'services:\n  git:\n    image: gitea/gitea:1.24\n    ports:\n      - "22:22"\n',
    correct: 'services:\n  git:\n    image: gitea/gitea:1.24\n    ports:\n      - "2222:22"\n',
    notes: 'Off by default: reverse proxies legitimately publish 80 and 443.',
  },
  fix: 'none',
  aliases: ['KICS:bc2908f3'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const entry of servicePorts(ctx.model, s.doc, s.body)) {
      const p = entry.published;
      if (!p || !entry.publishedRange || entry.publishedRange[0] >= 1024) continue;
      report({ range: ctx.range(p.start, p.end), message: `Service ${code(s.name)} publishes the privileged host port ${code(p.text)}.` });
    }
  }
}
