import { makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, keyRange, reportOnce, stringAt } from '../shared/compose-nodes';
import { deletePairEdit } from '../shared/compose-text-edits';

export const meta: ComposeRuleMeta = {
  id: 'ports-with-host-network',
  target: 'compose',
  category: 'services',
  severity: 'warning',
  summary: '`ports` on a service with `network_mode: host` has no effect.',
  docs: {
    description:
      'With `network_mode: host` the container shares the host\'s network stack: its processes listen on the host\'s ports ' +
      'directly and the engine discards port mappings. A `ports` list then only misleads readers about which port is used.',
    incorrect: 'services:\n  proxy:\n    image: traefik:v3.4\n    network_mode: host\n    ports:\n      - "8080:80"\n',
    correct: 'services:\n  proxy:\n    image: traefik:v3.4\n    network_mode: host\n',
    fix: 'Removes the `ports` key. Safe: the engine ignores it.',
  },
  fix: 'safe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    if (stringAt(ctx.model, s.doc, s.body, 'network_mode')?.text !== 'host') continue;
    const ports = findPair(s.doc, s.body, 'ports');
    const r = keyRange(ports);
    if (!ports || !r) continue;
    const own = s.body.items.includes(ports);
    const edit = own ? deletePairEdit(ctx.document, ctx.model.text, ports) : undefined;
    report({
      range: ctx.range(r[0], r[1]),
      message: `Service ${code(s.name)} uses the host network, so its \`ports\` mappings are ignored.`,
      fix: edit ? makeFix('Remove the ignored ports', 'safe', [edit]) : undefined,
    });
  }
}
