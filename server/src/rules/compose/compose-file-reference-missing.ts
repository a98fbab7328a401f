import { dirname, folderVisible, joinPath } from '../../engine/fs';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { includeEntries } from '../shared/compose-file-chains';
import { isRecord, services, valueSpan } from '../shared/compose-services';
import { entryAt, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'compose-file-reference-missing',
  target: 'compose',
  category: 'cross-file',
  severity: 'error',
  summary: 'An `include` path or `extends.file` names a file that does not exist.',
  docs: {
    description:
      '`include` loads another compose file into the project and `extends.file` copies a service from another file. ' +
      'Compose reads them before anything else, so a path that points nowhere (a renamed file, a typo, a path relative ' +
      'to the wrong folder) stops every `docker compose` command with "no such file or directory". Paths are relative ' +
      'to the folder of the file that names them.',
    incorrect: 'include:\n  - ./infra/database.yaml\nservices:\n  web:\n    image: nginx:1.27',
    correct: 'services:\n  web:\n    image: nginx:1.27',
    notes: 'Workspace-aware: it reads the folder of the compose file and does nothing for untitled buffers. Paths holding `${…}` and remote includes (`oci://`, `git@`, URLs) are not checked.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@|oci:)/i;

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  for (const entry of includeEntries(ctx.model, ctx.fileName)) {
    if (REMOTE.test(entry.written) || ctx.fs.exists(entry.resolved)) continue;
    const span = spanOf(entryAt(entry.doc, entry.path)?.value);
    if (!span) continue;
    ctx.report({ range: ctx.range(span[0], span[1]), message: `The included file ${code(entry.written)} does not exist.` });
  }
  for (const service of services(ctx.model)) {
    const ext = service.value.extends;
    if (!isRecord(ext) || typeof ext.file !== 'string' || ext.file === '' || ext.file.includes('$') || REMOTE.test(ext.file)) continue;
    if (ctx.fs.exists(joinPath(dirname(ctx.fileName), ext.file))) continue;
    const span = valueSpan(service.doc, [...service.path, 'extends', 'file']);
    if (!span) continue;
    ctx.report({ range: ctx.range(span[0], span[1]), message: `Service ${code(service.name)} extends a service from ${code(ext.file)}, which does not exist.` });
  }
}
