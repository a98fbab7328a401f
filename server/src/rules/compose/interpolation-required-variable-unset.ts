import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { projectDotEnv, templateSetting } from '../shared/compose-env';

export const meta: ComposeRuleMeta = {
  id: 'interpolation-required-variable-unset',
  target: 'compose',
  category: 'interpolation',
  severity: 'warning',
  summary: 'A required variable (`${VAR:?message}`) is not set in the project `.env`.',
  docs: {
    description:
      '`${VAR:?message}` (and `${VAR?message}`) makes a variable mandatory: when it is missing, `docker compose config` and ' +
      '`up` stop with the message. Stevedore looks for it in the `.env` file next to the compose file; when it is not there, ' +
      'it must come from the shell or CI, so this is a warning.',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}',
    correct: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:-postgres}',
    notes:
      'Workspace-aware: reads `.env` beside the compose file. The editor cannot see the shell environment Compose will run ' +
      'in; nothing is reported for untitled buffers. `${VAR:?…}` also fails when the variable is set but empty. With no ' +
      '`.env` but a committed `.env.example` (or `.env.sample`, `.env.dist`, `.env.template`) that sets it, the message ' +
      'says to copy the template.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const env = projectDotEnv(ctx.fileName, ctx.fs);
  if (!env) return;
  const templateFor = templateSetting(ctx.fileName, ctx.fs);
  for (const scalar of ctx.model.interpolations) {
    for (const ref of scalar.refs) {
      if (ref.modifier !== ':?' && ref.modifier !== '?') continue;
      const value = env.get(ref.name);
      const missing = value === undefined || (ref.modifier === ':?' && value === '');
      if (!missing) continue;
      const why = value === undefined ? 'is not set in `.env`' : 'is empty in `.env`';
      const stop = ref.argument ? `: Compose stops with "${ref.argument}"` : ': Compose stops';
      const copyFrom = value === undefined ? templateFor(ref.name) : undefined;
      ctx.report({
        range: ctx.range(ref.start, ref.end),
        message: copyFrom
          ? `Required variable ${code(ref.name)} is not set: there is no \`.env\`, and ${code(copyFrom)} sets it. Copy ${code(copyFrom)} to \`.env\`${stop} until then.`
          : `Required variable ${code(ref.name)} ${why}${stop} unless the environment provides it.`,
      });
    }
  }
}
