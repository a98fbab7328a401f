import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { serviceMounts } from '../shared/compose-mounts';
import { eachService, reportOnce } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'bind-propagation-shared',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A bind mount uses `shared` or `slave` propagation.',
  docs: {
    description:
      'Mount propagation `shared`/`rshared` lets mounts made inside the container appear on the host (and the other way ' +
      'round), and `slave`/`rslave` lets host mounts appear in the container. Either breaks the isolation between the ' +
      'container\'s and the host\'s mount namespaces; only storage drivers and similar system tools need it.',
    incorrect: 'services:\n  agent:\n    image: acme/agent:2.1\n    volumes:\n      - /mnt/data:/data:rshared\n',
    correct: 'services:\n  agent:\n    image: acme/agent:2.1\n    volumes:\n      - /mnt/data:/data\n',
  },
  fix: 'none',
  aliases: ['KICS:baa452f0'],
};

const LEAKY = new Set(['shared', 'rshared', 'slave', 'rslave']);

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const m of serviceMounts(ctx.model, s.doc, s.body)) {
      if (m.type !== 'bind') continue;
      for (const o of m.options) {
        if (!LEAKY.has(o.text)) continue;
        report({
          range: ctx.range(o.start, o.end),
          message: `Bind mount of service ${code(s.name)} uses ${code(o.text)} propagation: mounts leak between the host and the container.`,
        });
      }
    }
  }
}
