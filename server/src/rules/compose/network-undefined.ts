import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { projectDefinitions } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';
import { declareTopLevel } from '../shared/compose-fixes';

export const meta: ComposeRuleMeta = {
  id: 'network-undefined',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service joins a network that is not declared under top-level `networks`.',
  docs: {
    description:
      'Only the `default` network exists without a declaration. Any other network a service joins must be declared under ' +
      'the top-level `networks:` key (with `external: true` if it is created outside Compose); otherwise `docker compose up` ' +
      'fails with "service refers to undefined network".',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - frontend',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - frontend\nnetworks:\n  frontend: {}',
    fix: 'Declares the network under top-level `networks:`. Unsafe: it creates a new network, where you may have meant an existing or external one.',
    notes: 'Silent when an `include` cannot be read (no file system, a missing file, a path with a variable): the included file may define it.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const refs = ctx.model.references.filter((r) => r.kind === 'network' && r.name !== 'default');
  if (refs.length === 0) return;
  const project = projectDefinitions(ctx.model, ctx.fileName, ctx.fs);
  // An `include` that could not be read may define any of them.
  if (!project.complete) return;
  const defined = project.network;
  for (const ref of refs) {
    if (defined.has(ref.name)) continue;
    ctx.report({
      range: ctx.range(ref.start, ref.end),
      message: `Service ${code(ref.service)} joins network ${code(ref.name)}, which is not declared under top-level \`networks\`.`,
      fix: declareTopLevel(ctx.model, ctx.document, 'networks', ref.name),
    });
  }
}
