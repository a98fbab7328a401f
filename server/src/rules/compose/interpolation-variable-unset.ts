import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { projectDotEnv, templateSetting } from '../shared/compose-env';

export const meta: ComposeRuleMeta = {
  id: 'interpolation-variable-unset',
  target: 'compose',
  category: 'interpolation',
  severity: 'info',
  summary: 'A `$VAR` with no default is not defined in the project `.env`.',
  docs: {
    description:
      'When a variable is not set, Compose substitutes an empty string and warns "The VAR variable is not set". An empty ' +
      'image tag, port or password is rarely what you want. Define it in `.env`, or give it a default: `${VAR:-value}`.',
    incorrect: 'services:\n  web:\n    image: nginx:${NGINX_TAG}',
    correct: 'services:\n  web:\n    image: nginx:${NGINX_TAG:-1.27}',
    fix: 'Adds an empty default (`${VAR:-}`) for you to fill in. Unsafe: the value you want is yours to choose.',
    notes:
      'Workspace-aware: reads `.env` beside the compose file. When there is none but a committed template sets the variable ' +
      '(`.env.example`, `.env.sample`, `.env.dist`, `.env.template`), the message says to copy it. `PWD`, `HOME`, `USER`, ' +
      '`PATH` and `SHELL`, which every shell exports, are not reported. Other variables from the shell or CI are invisible to the editor, ' +
      'hence the info severity. `env_file:` does not feed interpolation, so it does not count.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

/** Set in every shell Compose is started from (POSIX and login shells export them): `${PWD}/data` is a common path. */
const SHELL_SET = new Set(['PWD', 'HOME', 'USER', 'PATH', 'SHELL']);

export function check(ctx: RuleContext<ComposeModel>): void {
  const env = projectDotEnv(ctx.fileName, ctx.fs);
  if (!env) return;
  const templateFor = templateSetting(ctx.fileName, ctx.fs);
  const text = ctx.model.text;
  for (const scalar of ctx.model.interpolations) {
    for (const ref of scalar.refs) {
      if (ref.modifier !== '' || env.has(ref.name) || SHELL_SET.has(ref.name)) continue;
      const braced = text[ref.start + 1] === '{';
      const edit = braced
        ? replaceEdit(ctx.document, ref.nameEnd, ref.nameEnd, ':-')
        : replaceEdit(ctx.document, ref.start, ref.end, `\${${ref.name}:-}`);
      const copyFrom = templateFor(ref.name);
      ctx.report({
        range: ctx.range(ref.start, ref.end),
        message: copyFrom
          ? `Variable ${code(ref.name)} is not set: there is no \`.env\`, and ${code(copyFrom)} sets it. Copy ${code(copyFrom)} to \`.env\`.`
          : `Variable ${code(ref.name)} is not set in \`.env\` and has no default: Compose substitutes an empty string.`,
        fix: makeFix(`Add a default value for ${ref.name}`, 'unsafe', [edit]),
      });
    }
  }
}
