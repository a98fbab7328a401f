import { isMap } from 'yaml';
import { dirname, joinPath, folderVisible } from '../../engine/fs';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'secret-config-file-missing',
  target: 'compose',
  category: 'cross-file',
  severity: 'error',
  summary: 'A top-level secret or config `file:` does not exist.',
  docs: {
    description:
      'A secret or config with `file:` is read from the host when the project starts; if the file is missing, `up` fails ' +
      'for every service that uses it. The path is relative to the compose file\'s folder. A secrets file is usually kept ' +
      'out of git, so this often means a setup step is missing from the README.',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
    correct: 'services:\n  db:\n    image: postgres:17\n    secrets: [db_password]\nsecrets:\n  db_password:\n    environment: DB_PASSWORD\n',
    notes: 'Paths holding `${…}` are not checked. Does nothing for an unsaved buffer.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  const dir = dirname(ctx.fileName);
  for (const kind of ['secret', 'config'] as const) {
    for (const def of ctx.model.definitions[kind].values()) {
      if (!isMap(def.value)) continue;
      const doc = ctx.model.yamlDocs.find((d) => d.range[0] <= def.start && def.start <= d.range[2]) ?? ctx.model.yamlDocs[0];
      const file = scalarString(ctx.model, valueOf(doc, def.value, 'file'));
      if (!file || file.text === '' || hasInterpolation(file.text) || ctx.fs.exists(joinPath(dir, file.text))) continue;
      ctx.report({
        range: ctx.range(file.start, file.end),
        message: `The file ${code(file.text)} of ${kind} ${code(def.name)} does not exist.`,
      });
    }
  }
}
