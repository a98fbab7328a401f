import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { projectDefinitions } from '../../model/compose/project';
import type { ComposeModel, EntityKind } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'secret-config-model-undefined',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service uses a secret, config or model that is not defined at the top level.',
  docs: {
    description:
      'A service grants itself access to secrets, configs and models by name; the names must be defined under the ' +
      'top-level `secrets:`, `configs:` or `models:` key, saying where the content comes from (`file:`, `environment:`, ' +
      '`external:`). An undefined name makes `docker compose up` fail.',
    incorrect: 'services:\n  api:\n    image: example/api:1.4\n    secrets:\n      - db_password',
    correct: 'services:\n  api:\n    image: example/api:1.4\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt',
    notes: 'Silent when an `include` cannot be read (no file system, a missing file, a path with a variable): the included file may define it.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const SECTION: Partial<Record<EntityKind, string>> = { secret: 'secrets', config: 'configs', model: 'models' };

export function check(ctx: RuleContext<ComposeModel>): void {
  const refs = ctx.model.references.filter((r) => SECTION[r.kind] !== undefined);
  if (refs.length === 0) return;
  const defined = projectDefinitions(ctx.model, ctx.fileName, ctx.fs);
  // An `include` that could not be read may define any of them.
  if (!defined.complete) return;
  for (const ref of refs) {
    if (defined[ref.kind].has(ref.name)) continue;
    const section = SECTION[ref.kind] as string;
    ctx.report({
      range: ctx.range(ref.start, ref.end),
      message: `Service ${code(ref.service)} uses ${ref.kind} ${code(ref.name)}${ref.via === 'build.secrets' ? ' in its build' : ''}, which is not defined under top-level \`${section}\`.`,
    });
  }
}
