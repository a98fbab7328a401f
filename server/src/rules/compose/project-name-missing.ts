import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { getPair, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'project-name-missing',
  target: 'compose',
  category: 'style',
  severity: 'off',
  summary: 'The file sets no top-level project `name`.',
  docs: {
    description:
      'Without `name`, the project is named after the folder, so the same file checked out as `app` and `app-main` creates ' +
      'two separate sets of containers, networks and volumes. A top-level `name` pins it.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'name: shop\nservices:\n  api:\n    image: acme/api:1.4\n',
    notes:
      'Off by default: Portainer-style stacks and `docker compose -p` set the name outside the file. Override and included ' +
      'files usually leave it to the main file. Reported on the `services` key (or the first key).',
  },
  fix: 'none',
  aliases: ['dclint:require-project-name-field'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const root = ctx.model.root;
  if (!root || root.items.length === 0 || getPair(root, 'name')) return;
  const target = getPair(root, 'services') ?? root.items[0];
  const r = nodeRange(target.key as never);
  if (!r) return;
  ctx.report({ range: ctx.range(r[0], r[1]), message: 'The file sets no top-level `name`: the project is named after its folder.' });
}
