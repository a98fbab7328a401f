import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { baseNameOf, dirname, joinPath } from '../../engine/fs';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'compose-file-name-legacy',
  target: 'compose',
  category: 'yaml',
  severity: 'info',
  summary: 'The file uses the legacy `docker-compose.yml` name; `compose.yaml` is preferred.',
  docs: {
    description:
      'Compose V2 looks for `compose.yaml` first and keeps `docker-compose.yml` only for backward compatibility. The ' +
      'legacy name hints at the retired V1 tool and its `version:`-based format. Renaming keeps working with `docker ' +
      'compose` unchanged, as long as scripts and `-f` arguments are updated.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27',
    correct: 'services:\n  web:\n    image: nginx:1.27',
    notes:
      'The examples differ only in the file name (`docker-compose.yml` vs `compose.yaml`), so the example check runs on ' +
      '`compose.yaml`. The catalog lists a rename quick fix; a text edit cannot rename a file, so rename it in the ' +
      'explorer (and update scripts, CI and `-f` arguments that name it). Another file named after the legacy base ' +
      '(`docker-compose.prod.yml`) is reported only when no `docker-compose.yml` sits beside it: the base is renamed first.',
  },
  fix: 'none',
  aliases: [],
};

const LEGACY = /^docker-compose(\.[^/]+)?\.ya?ml$/;

/** The names Compose looks for by itself: the base file and its override. */
const LOOKED_FOR = /^docker-compose(\.override)?\.ya?ml$/;

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!ctx.fileName) return;
  const base = baseNameOf(ctx.fileName);
  if (!LEGACY.test(base)) return;
  const preferred = base.replace(/^docker-compose/, 'compose').replace(/\.yml$/, '.yaml');
  if (LOOKED_FOR.test(base)) {
    ctx.report({ range: ctx.range(0, 0), message: `${code(base)} is the legacy file name: Compose prefers ${code(preferred)}.` });
    return;
  }
  // Another file (`docker-compose.prod.yml`, given with `-f`) follows its base's name: while that base keeps the legacy
  // name, the base's own finding says it, and renaming this one alone would mix the two styles.
  const dir = dirname(ctx.fileName);
  if (['docker-compose.yml', 'docker-compose.yaml'].some((name) => ctx.fs.exists(joinPath(dir, name)))) return;
  ctx.report({
    range: ctx.range(0, 0),
    message: `${code(base)} keeps the prefix of the legacy \`docker-compose.yml\` name: ${code(preferred)} matches today's \`compose.yaml\`.`,
  });
}
