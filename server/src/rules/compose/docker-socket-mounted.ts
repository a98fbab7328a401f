import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { normalizeHostPath, serviceMounts } from '../shared/compose-mounts';
import { eachService, reportOnce } from '../shared/compose-nodes';
import { isRuntimeSocket } from '../shared/compose-security-lists';

export const meta: ComposeRuleMeta = {
  id: 'docker-socket-mounted',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A service mounts the Docker (or another runtime\'s) API socket.',
  docs: {
    description:
      'Access to the Docker API socket is root access to the host: whoever controls the container can start a privileged ' +
      'container that mounts `/`. Mounting it `:ro` does not help, since the API still accepts every request. Reverse ' +
      'proxies (Traefik), CI runners and monitoring agents legitimately ask for it; give them a socket proxy that allows ' +
      'only the read-only endpoints they use (for example `tecnativa/docker-socket-proxy`).',
    incorrect: 'services:\n  traefik:\n    image: traefik:v3.4\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
    correct:
      'services:\n  socket-proxy:\n    image: tecnativa/docker-socket-proxy:v0.3\n    environment:\n      CONTAINERS: 1\n  traefik:\n    image: traefik:v3.4\n    command: --providers.docker.endpoint=tcp://socket-proxy:2375\n',
    notes:
      'Recognises `/var/run/docker.sock`, `/run/docker.sock`, `//var/run/docker.sock`, the Windows pipe ' +
      '`\\\\.\\pipe\\docker_engine`, rootless `/run/user/<uid>/docker.sock`, and the Podman, containerd and CRI-O sockets. ' +
      'The socket proxy itself still mounts the socket: accept that one finding with a suppression comment.',
  },
  fix: 'none',
  aliases: ['KICS:d6355c88'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const m of serviceMounts(ctx.model, s.doc, s.body)) {
      if (!m.source || m.type !== 'bind' || !isRuntimeSocket(normalizeHostPath(m.source.text))) continue;
      report({
        range: ctx.range(m.source.start, m.source.end),
        message: `Service ${code(s.name)} mounts the container runtime socket ${code(m.source.text)}: that is root access to the host, even read-only.`,
      });
    }
  }
}
