import { dirname, folderVisible, joinPath } from '../../engine/fs';
import { isMap, isScalar, YAMLMap } from 'yaml';
import type { Document } from 'yaml';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { keyName } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { isSecretName } from '../../knowledge/dockerfile/shared-lists';
import { eachService, mapAt, reportOnce, scalarString, seqItems, valueOf } from '../shared/compose-nodes';
import { mayBeSecretValue } from '../shared/secrets';

export const meta: ComposeRuleMeta = {
  id: 'environment-secret-literal',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A password, token or key is written literally in `environment` or `build.args`.',
  docs: {
    description:
      'A literal secret in the compose file ends up in git history, in every copy of the repository, in `docker inspect` ' +
      'output and (for build args) in the image history. Keep the value in an untracked `.env` file or a secret store and ' +
      'reference it with `${NAME}`, or use Compose `secrets:` and the image\'s `*_FILE` variables.',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: hunter2\n',
    correct: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n',
    fix:
      'Replaces the value with `${KEY}` and, when the project folder is visible, adds `KEY=` (without the value) to ' +
      '`.env.example`. Unsafe: the variable must then be set in `.env` (move the value there) or in the shell.',
    notes:
      'A key is a secret when its `_`-separated words include a secret word (password, passwd, secret, token, key, apikey, ' +
      'auth, credential…) and no allow word (`file`, `version`, `public`, `path`, `url`, `host`, `port`, `method`, `type`), ' +
      'or when it is a well-known credential name; a name that ends in a setting word (`KEY_CONVERTER`, `AUTH_ROLE`, ' +
      '`AUTH_REALM`) is a setting. Not reported: values holding a `$` expression, empty values, file paths ' +
      '(`/run/secrets/db`) and flag values (`true`, `false`, `yes`, `no`, `on`, `off`, `0`, `1`, `none`). Placeholders such as `changeme` are reported: they are still ' +
      'visible in `docker inspect`.',
  },
  fix: 'unsafe',
  aliases: ['KICS:a88baa34'],
};

/**
 * `${KEY}` in place of the literal; when the project folder is visible, `KEY=` is also added to `.env.example`
 * (never the value itself), so the next person knows to set it.
 */
function variableFix(ctx: RuleContext<ComposeModel>, key: string, start: number, end: number) {
  const edits = [replaceEdit(ctx.document, start, end, `\${${key}}`)];
  if (!folderVisible(ctx.fs, ctx.fileName)) return makeFix(`Replace the value with \${${key}}`, 'unsafe', edits);
  const example = joinPath(dirname(ctx.fileName), '.env.example');
  const listed = (ctx.fs.readFile(example) ?? '').split('\n').some((line) => line.trim().split('=')[0] === key);
  if (listed) return makeFix(`Replace the value with \${${key}}`, 'unsafe', edits);
  return makeFix(`Replace the value with \${${key}} and add ${key} to .env.example`, 'unsafe', edits, [{ path: example, kind: 'append', text: `${key}=\n` }]);
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const judge = (service: string, where: string, key: string, value: string, start: number, end: number, exact: boolean) => {
    if (!isSecretName(key) || !mayBeSecretValue(value) || hasInterpolation(value)) return;
    report({
      range: ctx.range(start, end),
      message: `${code(key)} in the ${where} of service ${code(service)} holds a literal secret: reference a variable (\`\${${key}}\`) instead.`,
      fix: exact && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? variableFix(ctx, key, start, end) : undefined,
    });
  };
  const scan = (doc: Document, service: string, where: string, node: unknown) => {
    // Most names are not secret: the name is judged before the value's text and offsets are read.
    if (isMap(node)) {
      for (const pair of (node as YAMLMap).items) {
        const key = keyName(pair);
        if (!key || key === '<<' || !isSecretName(key)) continue;
        const value = scalarString(ctx.model, pair.value);
        if (!value) continue;
        judge(service, where, key, value.text, value.start, value.end, value.exact);
      }
      return;
    }
    for (const item of seqItems(doc, node)) {
      // An item whose text (its string value) names no secret before a `=` cannot be reported.
      const raw = isScalar(item) ? item.value : undefined;
      const rawEq = typeof raw === 'string' ? raw.indexOf('=') : -1;
      if (typeof raw === 'string' && (rawEq <= 0 || !isSecretName(raw.slice(0, rawEq)))) continue;
      const entry = scalarString(ctx.model, item);
      const eq = entry?.text.indexOf('=') ?? -1;
      if (!entry || eq <= 0) continue;
      const key = entry.text.slice(0, eq);
      judge(service, where, key, entry.text.slice(eq + 1), entry.start + eq + 1, entry.end, entry.exact);
    }
  };
  for (const s of eachService(ctx.model)) {
    scan(s.doc, s.name, '`environment`', valueOf(s.doc, s.body, 'environment'));
    const build = mapAt(s.doc, s.body, 'build');
    if (build) scan(s.doc, s.name, '`build.args`', valueOf(s.doc, build, 'args'));
  }
}
