import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { baseNameOf, dirname, folderVisible } from '../../engine/fs';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'compose-file-name-ambiguous',
  target: 'compose',
  category: 'yaml',
  severity: 'warning',
  summary: 'Two default Compose file names in one folder: Compose uses one and ignores the other.',
  docs: {
    description:
      'Without `-f`, Compose loads the first of `compose.yaml`, `compose.yml`, `docker-compose.yaml` and ' +
      '`docker-compose.yml` it finds, prints "Found multiple config files" and ignores the rest (the same for the ' +
      '`.override` files). Edits to the ignored file have no effect, which is confusing; keep one file.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27',
    correct: 'services:\n  web:\n    image: nginx:1.27',
    notes:
      'Workspace-aware: it lists the compose file\'s folder, so the examples are reported only when a second default file ' +
      'sits beside them. Nothing is reported for untitled buffers.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const GROUPS = [
  ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'],
  ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'],
];

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  const base = baseNameOf(ctx.fileName);
  const group = GROUPS.find((g) => g.includes(base));
  if (!group) return;
  const present = new Set(ctx.fs.readDirectory(dirname(ctx.fileName)));
  const found = group.filter((name) => name === base || present.has(name));
  if (found.length < 2) return;
  const used = found[0]!;
  const others = found.filter((n) => n !== base).map(code).join(', ');
  const message =
    used === base
      ? `Compose uses this file and ignores ${others} in the same folder: keep one of them.`
      : `Compose uses ${code(used)} from the same folder and ignores this file: keep one of them.`;
  ctx.report({ range: ctx.range(0, 0), message });
}
