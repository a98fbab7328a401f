import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { keySpan, pairLines, services } from '../shared/compose-services';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'network-mode-with-networks',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service sets both `network_mode` and `networks`.',
  docs: {
    description:
      '`network_mode` (`host`, `none`, `service:x`, `container:x`) replaces the service\'s networking entirely, so it ' +
      'cannot also join `networks`. Compose refuses the combination.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    networks: [front]\nnetworks:\n  front: {}',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host',
    fix: 'Removes the `networks` key. Unsafe: maybe `network_mode` was the line to drop.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const service of services(ctx.model)) {
    if (!('network_mode' in service.value) || !('networks' in service.value)) continue;
    const path = [...service.path, 'networks'];
    const span = keySpan(service.doc, path);
    if (!span) continue;
    const entry = entryAt(service.doc, path);
    const lines = entry && !entry.viaAlias ? pairLines(ctx.model.text, { key: entry.key, value: entry.value }) : undefined;
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} sets both \`network_mode\` and \`networks\`: Compose accepts only one.`,
      fix: lines ? makeFix('Remove networks', 'unsafe', [replaceEdit(ctx.document, lines[0], lines[1], '')]) : undefined,
    });
  }
}
