import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import { projectDefinitions } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'depends-on-undefined-service',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A service depends on a service that is not defined.',
  docs: {
    description:
      '`depends_on` orders startup and, with `condition:`, waits for health. Naming a service that no file of the project ' +
      'defines makes `docker compose up` and `config` fail with "depends on undefined service". Usually a typo, or the ' +
      'service lives in a file that is not loaded together with this one.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - dbb\n  db:\n    image: postgres:17',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: postgres:17',
    fix: 'Renames the dependency to the nearest defined service. Unsafe: only you know which service was meant.',
    notes:
      'Services defined in `compose.override.yaml`, the base `compose.yaml` or `include`d files next to this file count as ' +
      'defined. Links, `extends`, `volumes_from` and `network_mode: service:…` are `service-reference-undefined`\'s.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

const VIA_TEXT: Record<string, string> = {
  depends_on: 'depends on',
  links: 'links to',
  extends: 'extends',
  volumes_from: 'takes volumes from',
  network_mode: 'shares the network of',
  ipc: 'shares the IPC namespace of',
  pid: 'shares the PID namespace of',
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const refs = ctx.model.references.filter((r) => r.kind === 'service' && r.via === 'depends_on');
  if (refs.length === 0) return;
  const defined = projectDefinitions(ctx.model, ctx.fileName, ctx.fs).service;
  for (const ref of refs) {
    if (defined.has(ref.name)) continue;
    const nearest = closest(ref.name, [...defined].filter((n) => n !== ref.service), 3);
    ctx.report({
      range: ctx.range(ref.start, ref.end),
      message: `Service ${code(ref.service)} ${VIA_TEXT[ref.via] ?? 'refers to'} ${code(ref.name)}, which is not defined${nearest ? `. Did you mean ${code(nearest)}?` : '.'}`,
      fix: nearest ? makeFix(`Change to ${nearest}`, 'unsafe', [replaceEdit(ctx.document, ref.start, ref.end, nearest)]) : undefined,
    });
  }
}
