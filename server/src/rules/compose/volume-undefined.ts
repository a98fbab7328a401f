import { makeFix, replaceEdit } from '../../engine/edits';
import type { Fix } from '../../engine/types';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { projectDefinitions } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';
import { declareTopLevel } from '../shared/compose-fixes';

export const meta: ComposeRuleMeta = {
  id: 'volume-undefined',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service mounts a named volume that is not declared under top-level `volumes`.',
  docs: {
    description:
      'A volume source without `/`, `.` or `~` is a named volume, and named volumes must be declared under the top-level ' +
      '`volumes:` key; otherwise Compose fails with "service refers to undefined volume". If you meant a folder next to the ' +
      'compose file, write it as a path (`./data`).',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data',
    correct: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}',
    fix: 'Declares the volume under top-level `volumes:`, or turns the source into the bind mount `./<name>`. Both unsafe: they change what gets mounted.',
    notes: 'Silent when an `include` cannot be read (no file system, a missing file, a path with a variable): the included file may define it.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const refs = ctx.model.references.filter((r) => r.kind === 'volume');
  if (refs.length === 0) return;
  const project = projectDefinitions(ctx.model, ctx.fileName, ctx.fs);
  // An `include` that could not be read may define any of them.
  if (!project.complete) return;
  const defined = project.volume;
  for (const ref of refs) {
    if (defined.has(ref.name)) continue;
    const fixes: Fix[] = [];
    const declare = declareTopLevel(ctx.model, ctx.document, 'volumes', ref.name);
    if (declare) fixes.push(declare);
    fixes.push(makeFix(`Mount ./${ref.name} from the project folder instead`, 'unsafe', [replaceEdit(ctx.document, ref.start, ref.end, `./${ref.name}`)]));
    ctx.report({
      range: ctx.range(ref.start, ref.end),
      message: `Service ${code(ref.service)} mounts volume ${code(ref.name)}, which is not declared under top-level \`volumes\`.`,
      fix: fixes,
    });
  }
}
