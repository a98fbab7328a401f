import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { eachService, stringAt, Str } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'container-name-duplicate',
  target: 'compose',
  category: 'services',
  severity: 'error',
  summary: 'Two services set the same `container_name`.',
  docs: {
    description:
      'Container names are unique per Docker host. When two services ask for the same `container_name`, the second ' +
      'container cannot be created ("the container name is already in use") and `up` fails half-way.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    container_name: app\n  worker:\n    image: acme/worker:1.4\n    container_name: app\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    container_name: app-api\n  worker:\n    image: acme/worker:1.4\n    container_name: app-worker\n',
    notes: 'Names holding `${…}` are not compared.',
  },
  fix: 'none',
  aliases: ['dclint:no-duplicate-container-names'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const first = new Map<string, { service: string; name: Str }>();
  for (const s of eachService(ctx.model)) {
    const name = stringAt(ctx.model, s.doc, s.body, 'container_name');
    if (!name || name.text === '' || hasInterpolation(name.text)) continue;
    const earlier = first.get(name.text);
    if (!earlier) {
      first.set(name.text, { service: s.name, name });
      continue;
    }
    if (earlier.name.node === name.node) continue; // the same anchored value merged twice
    ctx.report({
      range: ctx.range(name.start, name.end),
      message: `Service ${code(s.name)} uses container name ${code(name.text)}, which service ${code(earlier.service)} already uses.`,
      related: [{ range: ctx.range(earlier.name.start, earlier.name.end), message: `${code(name.text)} is first used by ${code(earlier.service)}` }],
    });
  }
}
