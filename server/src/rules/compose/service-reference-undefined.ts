import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { reportUndefinedServices } from '../shared/undefined-services';

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
    notes: '`container:x` references name containers, not services, and are not checked. `extends` with a `file:` is checked by the cross-file rules. ' +
      'Silent when an `include` cannot be read (no file system, a missing file, a path with a variable): the included file may define it.',
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
  reportUndefinedServices(ctx, VIA_TEXT);
}
