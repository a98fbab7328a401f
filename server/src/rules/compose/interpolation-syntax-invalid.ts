import { isScalar } from 'yaml';
import { insertEdit, makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { isSecretName } from '../../knowledge/dockerfile/shared-lists';
import type { ComposeModel } from '../../model/compose/types';
import { composeTree, pathOf, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'interpolation-syntax-invalid',
  target: 'compose',
  category: 'interpolation',
  severity: 'error',
  summary: 'A `$` expression Compose cannot parse, so the whole file fails to load.',
  docs: {
    description:
      'Compose substitutes `$VAR` and `${VAR}` (with `:-`, `-`, `:?`, `?`, `:+` and `+`) in every value before it reads ' +
      'the file. Anything else after `${`, such as an unclosed `${`, an empty `${}`, a name starting with a digit, or shell ' +
      'operators like `${VAR/a/b}`, `${VAR:0:2}`, `${#VAR}` or `${VAR,,}`, stops every command with "invalid interpolation ' +
      'format". A literal `$` is written `$$`.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    command: sh -c "echo ${HOSTNAME,,}"',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    command: sh -c "echo $${HOSTNAME,,}"',
    fix:
      'Escapes the `$` as `$$` when the text is clearly meant literally: a shell snippet in `command`, `entrypoint`, ' +
      '`healthcheck.test` or a lifecycle hook, or the value of a password-like variable. Safe: the file cannot load today.',
    notes:
      '`${MY-VAR}` is not an error: Compose reads it as `MY` with the default value `VAR`. `$$` is always a literal `$`.',
  },
  fix: 'safe',
  aliases: ['compose-go'],
};

const COMMAND_KEYS = new Set(['command', 'entrypoint', 'test']);

export function check(ctx: RuleContext<ComposeModel>): void {
  const errors = ctx.model.interpolationErrors;
  if (errors.length === 0) return;
  const literalScalars: [number, number][] = [];
  for (const doc of composeTree(ctx.model).docs) {
    for (const entry of doc.entries) {
      if (entry.viaAlias || !isScalar(entry.value)) continue;
      if (isLiteralPlace(pathOf(entry), entry.value.value)) {
        const span = spanOf(entry.value);
        if (span) literalScalars.push(span);
      }
    }
  }
  for (const error of errors) {
    const literal = literalScalars.some(([s, e]) => error.start >= s && error.start < e) && ctx.model.text[error.start] === '$';
    ctx.report({
      range: ctx.range(error.start, error.end),
      message: error.message,
      fix: literal ? makeFix('Escape the $ as $$', 'safe', [insertEdit(ctx.document, error.start, '$')]) : undefined,
    });
  }
}

/** Commands run by a shell in the container, and secret values: a `$` there is meant literally. */
function isLiteralPlace(path: (string | number)[], value: unknown): boolean {
  if (path[0] !== 'services') return false;
  const named = path.filter((p): p is string => typeof p === 'string');
  if (named.some((p) => COMMAND_KEYS.has(p)) && (path[2] !== 'healthcheck' || path[3] === 'test')) {
    return path[2] === 'command' || path[2] === 'entrypoint' || path[2] === 'healthcheck' || path[2] === 'post_start' || path[2] === 'pre_stop';
  }
  if (path[2] !== 'environment') return false;
  const last = path[path.length - 1];
  if (typeof last === 'string') return isSecretName(last);
  const text = typeof value === 'string' ? value : '';
  const eq = text.indexOf('=');
  return eq > 0 && isSecretName(text.slice(0, eq));
}
