import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { resourceAt } from '../shared/compose-resources';
import { keySpan, pairLines, services } from '../shared/compose-services';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'container-name-with-replicas',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: '`container_name` on a service that runs more than one container.',
  docs: {
    description:
      'A container name is unique on a Docker host, so only one container can carry it. A service with `scale` or ' +
      '`deploy.replicas` above 1 needs several containers, and Compose refuses the file when it also sets ' +
      '`container_name`. Without `container_name`, Compose names them `<project>-<service>-1`, `-2`…',
    incorrect: 'services:\n  worker:\n    image: acme/worker:1.4\n    container_name: worker\n    deploy:\n      replicas: 3',
    correct: 'services:\n  worker:\n    image: acme/worker:1.4\n    deploy:\n      replicas: 3',
    fix: 'Deletes `container_name`. Unsafe: scripts that address the container by that name stop finding it.',
    notes: '`scale` wins over `deploy.replicas` when both are set, as in Compose. Values holding `${…}` are not judged.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const name = service.value.container_name;
    if (typeof name !== 'string' || name === '') continue;
    const scale = resourceAt(service, ['scale'], 'count');
    const count = 'scale' in service.value ? scale : resourceAt(service, ['deploy', 'replicas'], 'count');
    if (!count || count.amount <= 1) continue;
    const path = [...service.path, 'container_name'];
    const span = keySpan(service.doc, path);
    if (!span) continue;
    const entry = entryAt(service.doc, path);
    const lines = entry && !entry.viaAlias ? pairLines(ctx.model.text, { key: entry.key, value: entry.value }) : undefined;
    const source = count === scale ? '`scale`' : '`deploy.replicas`';
    report({
      range: ctx.range(span[0], span[1]),
      message: `Service ${code(service.name)} sets \`container_name\` but runs ${count.amount} containers (${source}): container names must be unique.`,
      fix: lines ? makeFix('Remove container_name', 'unsafe', [replaceEdit(ctx.document, lines[0], lines[1], '')]) : undefined,
    });
  }
}
