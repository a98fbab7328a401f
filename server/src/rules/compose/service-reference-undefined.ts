import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import { projectDefinitions } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';

export const meta: ComposeRuleMeta = {
  id: 'service-reference-undefined',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A `links`, `volumes_from`, `extends`, `network_mode`/`ipc`/`pid: service:` reference to a missing service.',
  docs: {
    description:
      'Besides `depends_on`, services name each other in `links`, `volumes_from`, `extends.service` and in ' +
      '`network_mode`, `ipc` and `pid` as `service:x`. When no file of the project defines that service, Compose refuses ' +
      'the file. Usually a typo or a renamed service.',
    incorrect: 'services:\n  app:\n    image: app:1\n    network_mode: service:vpnn\n  vpn:\n    image: vpn:1',
    correct: 'services:\n  app:\n    image: app:1\n    network_mode: service:vpn\n  vpn:\n    image: vpn:1',
    fix: 'Renames the reference to the nearest defined service. Unsafe: only you know which one was meant.',
    notes: '`container:x` references name containers, not services, and are not checked. `extends` with a `file:` is checked by the cross-file rules.',
  },
  fix: 'unsafe',
  aliases: ['compose-go'],
};

const VIA_TEXT: Record<string, string> = {
  links: 'links to',
  extends: 'extends',
  volumes_from: 'takes volumes from',
  network_mode: 'shares the network of',
  ipc: 'shares the IPC namespace of',
  pid: 'shares the PID namespace of',
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const refs = ctx.model.references.filter((r) => r.kind === 'service' && r.via in VIA_TEXT);
  if (refs.length === 0) return;
  const defined = projectDefinitions(ctx.model, ctx.fileName, ctx.fs).service;
  for (const ref of refs) {
    if (defined.has(ref.name)) continue;
    const nearest = closest(ref.name, [...defined].filter((n) => n !== ref.service), 3);
    ctx.report({
      range: ctx.range(ref.start, ref.end),
      message: `Service ${code(ref.service)} ${VIA_TEXT[ref.via]} ${code(ref.name)}, which is not defined${nearest ? `. Did you mean ${code(nearest)}?` : '.'}`,
      fix: nearest ? makeFix(`Change to ${nearest}`, 'unsafe', [replaceEdit(ctx.document, ref.start, ref.end, nearest)]) : undefined,
    });
  }
}
