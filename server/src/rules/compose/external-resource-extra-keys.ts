import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { isTrue, keySpan, pairLines, topLevelEntries } from '../shared/compose-services';
import { entryAt } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'external-resource-extra-keys',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'An `external: true` volume that also sets keys such as `driver` or `driver_opts`.',
  docs: {
    description:
      'An external volume is created outside Compose; Compose only looks it up by `name`. Settings that describe how to ' +
      'create it (`driver`, `driver_opts`, `labels`) contradict `external: true`, and Compose refuses the file with ' +
      '"conflicting parameters".',
    incorrect: 'volumes:\n  data:\n    external: true\n    driver: local',
    correct: 'volumes:\n  data:\n    external: true\n    name: prod_data',
    fix: 'Deletes the conflicting key. Safe: Compose refuses the file as it is, and an external volume never used those settings.',
    notes: '`name` and `x-*` extension keys are allowed beside `external: true`.',
  },
  fix: 'safe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const volume of topLevelEntries(ctx.model, 'volumes')) {
    if (!isTrue(volume.value.external)) continue;
    for (const key of Object.keys(volume.value)) {
      if (key === 'name' || key === 'external' || key.startsWith('x-')) continue;
      const path = [...volume.path, key];
      const span = keySpan(volume.doc, path);
      if (!span) continue;
      const entry = entryAt(volume.doc, path);
      const lines = entry && !entry.viaAlias ? pairLines(ctx.model.text, { key: entry.key, value: entry.value }) : undefined;
      report({
        range: ctx.range(span[0], span[1]),
        message: `Volume ${code(volume.name)} is \`external: true\`, so it cannot also set ${code(key)}: Compose refuses the conflicting parameters.`,
        fix: lines ? makeFix(`Remove ${key}`, 'safe', [replaceEdit(ctx.document, lines[0], lines[1], '')]) : undefined,
      });
    }
  }
}
