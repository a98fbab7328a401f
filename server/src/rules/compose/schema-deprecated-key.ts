import { isMap, Node } from 'yaml';
import { indentationAt, makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind } from '../shared/compose-schema';
import { isRecord, pairLines } from '../shared/compose-services';
import { entryAt, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'schema-deprecated-key',
  target: 'compose',
  category: 'schema',
  severity: 'warning',
  summary: '`external: {name: x}` is deprecated: write `name: x` and `external: true`.',
  docs: {
    description:
      'Old files named an existing network, volume, secret or config with `external: {name: real-name}`. The Compose ' +
      'Specification deprecates that form: `name:` gives the real name and `external: true` says Compose must not create it.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    networks: [proxy]\nnetworks:\n  proxy:\n    external:\n      name: traefik_proxy',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    networks: [proxy]\nnetworks:\n  proxy:\n    name: traefik_proxy\n    external: true',
    fix: 'Rewrites the entry to `name: <real name>` plus `external: true`. Safe: Compose reads both the same way.',
    notes: 'The obsolete top-level `version` is `version-obsolete`\'s.',
  },
  fix: 'safe',
  aliases: ['RH-YAML'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const text = ctx.model.text;
  for (const located of problemsOfKind(ctx.model, 'deprecated')) {
    const path = located.problem.path;
    if (path.length === 1 && path[0] === 'version') continue;
    let fix;
    if (path.length === 4 && path[2] === 'external' && path[3] === 'name') {
      const resource = entryAt(located.doc, path.slice(0, 2));
      const external = entryAt(located.doc, path.slice(0, 3));
      const name = entryAt(located.doc, path);
      const lines = external && !external.viaAlias ? pairLines(text, { key: external.key, value: external.value }) : undefined;
      const nameSpan = spanOf(name?.value);
      const alreadyNamed = isMap(resource?.value) && resource.value.items.some((p) => (p.key as { value?: unknown }).value === 'name');
      // The two new lines are block pairs: the resource's mapping must be block style (in a flow one, so is `external`).
      const block = isMap(resource?.value) && !resource.value.flow;
      const onlyName = isMap(external?.value) && external.value.items.length === 1;
      if (lines && nameSpan && block && !alreadyNamed && onlyName && isRecord(located.doc.value)) {
        const indent = indentationAt(text, spanOf(external!.key as Node)![0]);
        const eol = text.slice(lines[1] - 2, lines[1]) === '\r\n' ? '\r\n' : '\n';
        const nameText = text.slice(nameSpan[0], nameSpan[1]);
        fix = makeFix('Write name: and external: true', 'safe', [
          replaceEdit(ctx.document, lines[0], lines[1], `${indent}name: ${nameText}${eol}${indent}external: true${eol}`),
        ]);
      }
    }
    ctx.report({ range: ctx.range(located.start, located.end), message: located.problem.message, fix });
  }
}
