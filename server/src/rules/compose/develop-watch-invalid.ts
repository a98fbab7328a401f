import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { isInterpolated, isRecord, services, valueSpan } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'develop-watch-invalid',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A `develop.watch` entry with a blank `path`, or a sync action without `target`.',
  docs: {
    description:
      '`docker compose watch` reacts to changes under each entry\'s `path`. The sync actions (`sync`, `sync+restart`, ' +
      '`sync+exec`) copy the changed files into the container at `target`, so they need one; only `rebuild` and `restart` ' +
      'do without. A blank `path` watches nothing. Compose refuses both.',
    incorrect: 'services:\n  web:\n    build: .\n    develop:\n      watch:\n        - path: ./src\n          action: sync',
    correct: 'services:\n  web:\n    build: .\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app/src',
    notes: 'A missing `path` or `action` is `schema-required-missing`\'s. Actions holding `${…}` are not judged.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const NO_TARGET_NEEDED = new Set(['rebuild', 'restart']);

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const develop = service.value.develop;
    const watch = isRecord(develop) ? develop.watch : undefined;
    if (!Array.isArray(watch)) continue;
    watch.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const at = [...service.path, 'develop', 'watch', i];
      if (entry.path === '') {
        const span = valueSpan(service.doc, [...at, 'path']);
        if (span) report({ range: ctx.range(span[0], span[1]), message: `A watch entry of service ${code(service.name)} has a blank \`path\`: it watches nothing.` });
      }
      const action = entry.action;
      if (typeof action !== 'string' || isInterpolated(action) || NO_TARGET_NEEDED.has(action)) return;
      if (typeof entry.target === 'string' && entry.target !== '') return;
      if (typeof entry.target === 'number') return;
      const span = valueSpan(service.doc, [...at, 'action']);
      if (!span) return;
      report({
        range: ctx.range(span[0], span[1]),
        message: `Watch action ${code(action)} of service ${code(service.name)} needs a \`target\`: the path in the container to copy changed files to.`,
      });
    });
  }
}
