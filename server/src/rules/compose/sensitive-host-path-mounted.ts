import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { normalizeHostPath, serviceMounts } from '../shared/compose-mounts';
import { eachService, reportOnce } from '../shared/compose-nodes';
import { isReadOnlyExempt, isRuntimeSocket, sensitivePathOf } from '../shared/compose-security-lists';

export const meta: ComposeRuleMeta = {
  id: 'sensitive-host-path-mounted',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A service bind-mounts a sensitive host path such as `/`, `/etc` or `/proc`.',
  docs: {
    description:
      'Host system folders give a container a way out: writable `/etc` lets it add users or cron jobs, `/proc` and `/sys` ' +
      'expose kernel settings, `/dev` the raw disks, `/var/lib/docker` every other container\'s files. Mount only the single ' +
      'file or folder the service needs, read-only where possible.',
    incorrect: 'services:\n  agent:\n    image: acme/agent:2.1\n    volumes:\n      - /etc:/host/etc\n',
    correct: 'services:\n  agent:\n    image: acme/agent:2.1\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n',
    notes:
      'Checked paths: `/`, `/etc`, `/proc`, `/sys`, `/dev`, `/boot`, `/root`, `/var/run`, `/run`, `/var/lib/docker`, `/usr`, ' +
      '`/lib` and anything under them except `/`. Exempt when mounted read-only: `/etc/localtime`, `/etc/timezone`, ' +
      '`/usr/share/zoneinfo`, `/etc/ssl/certs`. Runtime sockets are `docker-socket-mounted`\'s.',
  },
  fix: 'none',
  aliases: ['KICS:1c1325ff'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const m of serviceMounts(ctx.model, s.doc, s.body)) {
      if (!m.source || m.type !== 'bind') continue;
      const path = normalizeHostPath(m.source.text);
      const sensitive = sensitivePathOf(path);
      if (!sensitive || isRuntimeSocket(path) || (m.readOnly && isReadOnlyExempt(path))) continue;
      const under = path === sensitive ? '' : ` (under ${code(sensitive)})`;
      report({
        range: ctx.range(m.source.start, m.source.end),
        message: `Service ${code(s.name)} mounts the sensitive host path ${code(m.source.text)}${under}${m.readOnly ? '' : ' read-write'}.`,
      });
    }
  }
}
