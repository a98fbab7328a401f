import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { expandVariables } from '../../model/dockerfile/variables';

export const meta: DockerfileRuleMeta = {
  id: 'expose-ssh-port',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: '`EXPOSE 22`: an SSH server in a container is almost never the right tool.',
  docs: {
    description:
      'Running sshd in a container adds a long-lived credential, a second process to supervise and an attack surface ' +
      'that needs patching. `docker exec`, `kubectl exec` or a debug sidecar give shell access without any of that.',
    incorrect: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22',
    correct: 'FROM ubuntu:24.04\nEXPOSE 8080',
    notes: 'Also reports `22/tcp` and ranges that include 22 (`20-25`). Variables are expanded from ARG and ENV first.',
  },
  fix: 'none',
  aliases: ['CKV_DOCKER_1', 'DS-0004'],
};

/** It reads only EXPOSE instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'EXPOSE');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const node of ctx.model.instructions) {
    const i = node.trigger ?? node;
    if (i.keyword !== 'EXPOSE') continue;
    for (const word of i.args) {
      if (i.trigger === undefined && word.start < i.keywordEnd) continue;
      const value = expandVariables(word.value, i.scope, ctx.model.escape).value;
      if (value === undefined) continue;
      const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(value.trim());
      if (!m || (m[3] ?? 'tcp').toLowerCase() !== 'tcp') continue;
      const from = Number(m[1]);
      const to = m[2] !== undefined ? Number(m[2]) : from;
      if (from > 22 || to < 22) continue;
      ctx.report({ range: ctx.range(word.start, word.end), message: `${code('EXPOSE ' + word.value)} publishes the SSH port; use \`docker exec\` for shell access instead.` });
    }
  }
}
