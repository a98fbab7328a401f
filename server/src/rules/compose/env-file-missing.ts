import { isMap, isScalar, Node } from 'yaml';
import { dirname, joinPath, folderVisible } from '../../engine/fs';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { code } from '../../engine/text';
import { nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { eachService, findPair, scalarString, seqItems, Str, valueOf } from '../shared/compose-nodes';
import { insertAfterPairEdit } from '../shared/compose-text-edits';

export const meta: ComposeRuleMeta = {
  id: 'env-file-missing',
  target: 'compose',
  category: 'cross-file',
  severity: 'error',
  summary: 'An `env_file` or `label_file` entry names a file that does not exist.',
  docs: {
    description:
      'Compose reads every `env_file` when it loads the project, and a missing one stops `config`, `up` and every other ' +
      'command with "env file … not found". Paths are relative to the compose file\'s folder. Mark optional files with the ' +
      'long form and `required: false`.',
    incorrect: 'services:\n  api:\n    image: node:22\n    env_file: .env.local\n',
    correct: 'services:\n  api:\n    image: node:22\n    env_file:\n      - path: .env.local\n        required: false\n',
    fix: 'Marks the entry `required: false` (turning a short entry into the long form). Unsafe: Compose then silently runs without the variables.',
    notes:
      'Paths holding `${…}` are not checked. Does nothing for an unsaved buffer. When a committed template sits beside the ' +
      'missing file (`.env.dev-sample`, `.env.local.example`, `.dist`, `.template`), the message says to copy it.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** How projects name the committed template of a file each user creates (`.env.dev-sample`, `.env.example`). */
const TEMPLATE_SUFFIXES = ['.example', '.sample', '-sample', '.dist', '.template', '.tmpl', '.default'];

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  const dir = dirname(ctx.fileName);
  const missing = (s: Str) => !hasInterpolation(s.text) && s.text !== '' && !ctx.fs.exists(joinPath(dir, s.text));
  const report = (service: string, key: string, s: Str, fix?: Fix) => {
    const template = TEMPLATE_SUFFIXES.map((suffix) => s.text + suffix).find((t) => ctx.fs.exists(joinPath(dir, t)));
    ctx.report({
      range: ctx.range(s.start, s.end),
      message: `The ${key} ${code(s.text)} of service ${code(service)} does not exist${template ? `; copy ${code(template)}, committed beside it, to create it` : ''}.`,
      ...(fix ? { fix } : {}),
    });
  };
  const optional = (edits: ReturnType<typeof replaceEdit>[]) => makeFix('Mark the env file as optional (required: false)', 'unsafe', edits);
  const rawOf = (node: Node) => {
    const r = nodeRange(node);
    return r ? ([r[0], r[1], ctx.model.text.slice(r[0], r[1])] as const) : undefined;
  };
  for (const s of eachService(ctx.model)) {
    const env = valueOf(s.doc, s.body, 'env_file');
    const single = scalarString(ctx.model, env);
    if (single) {
      const raw = rawOf(single.node);
      if (missing(single)) report(s.name, 'env file', single, raw ? optional([replaceEdit(ctx.document, raw[0], raw[1], `[{ path: ${raw[2]}, required: false }]`)]) : undefined);
    }
    for (const item of seqItems(s.doc, env)) {
      if (isScalar(item)) {
        const str = scalarString(ctx.model, item);
        const raw = rawOf(item);
        if (str && missing(str)) report(s.name, 'env file', str, raw ? optional([replaceEdit(ctx.document, raw[0], raw[1], `{ path: ${raw[2]}, required: false }`)]) : undefined);
      } else if (isMap(item)) {
        const path = scalarString(ctx.model, valueOf(s.doc, item, 'path'));
        const required = valueOf(s.doc, item, 'required');
        if (!path || !missing(path)) continue;
        if (isScalar(required) && (required.value === false || String(required.value).toLowerCase() === 'false')) continue;
        let fix: Fix | undefined;
        const requiredRange = nodeRange(required);
        if (required && requiredRange) fix = optional([replaceEdit(ctx.document, requiredRange[0], requiredRange[1], 'false')]);
        else if (item.flow) {
          const r = nodeRange(item);
          if (r) fix = optional([replaceEdit(ctx.document, r[1] - 1, r[1] - 1, ', required: false ')]);
        } else {
          const pathPair = findPair(s.doc, item, 'path');
          const edit = pathPair ? insertAfterPairEdit(ctx.document, ctx.model.text, item, pathPair, ['required: false']) : undefined;
          if (edit) fix = optional([edit]);
        }
        report(s.name, 'env file', path, fix);
      }
    }
    const labels = valueOf(s.doc, s.body, 'label_file');
    const labelFiles = [scalarString(ctx.model, labels), ...seqItems(s.doc, labels).map((i) => scalarString(ctx.model, i))];
    for (const l of labelFiles) if (l && missing(l)) report(s.name, 'label file', l);
  }
}
