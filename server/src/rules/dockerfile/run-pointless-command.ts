import { type DockerfileFacts, runsAnyCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'run-pointless-command',
  target: 'dockerfile',
  category: 'shell',
  severity: 'info',
  summary: 'Interactive or host-level commands (`vim`, `ssh`, `service`, `shutdown`, …) do nothing useful in a build.',
  docs: {
    description:
      'A build step has no terminal and no running system: editors and `ssh` sessions wait for input nobody gives, ' +
      '`service`/`systemctl start` start daemons that die when the RUN ends, and `ps`, `top`, `free`, `kill`, `mount`, ' +
      '`ifconfig`, `shutdown` and `reboot` look at or change a machine that is not the container the image will become. ' +
      'Start services from CMD or ENTRYPOINT and edit files with `sed` or a COPY.',
    incorrect: 'FROM debian:bookworm-slim\nRUN service nginx start',
    correct: 'FROM debian:bookworm-slim\nCMD ["nginx", "-g", "daemon off;"]',
    notes: 'Only commands at a command position count: `apt-get install -y vim` installs a package and is fine. `systemctl enable` is allowed.',
  },
  fix: 'none',
  aliases: ['DL3001', 'KICS:9b6b0f38'],
};

const POINTLESS = new Set(['ssh', 'vim', 'vi', 'nano', 'shutdown', 'reboot', 'service', 'ps', 'free', 'top', 'kill', 'mount', 'ifconfig']);
const REPORTED_NAMES = ['systemctl', ...POINTLESS];
const SYSTEMCTL_ACTIONS = new Set(['start', 'stop', 'restart', 'status', 'reload']);

/** It reports only `systemctl` and the pointless commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsAnyCommand(facts, REPORTED_NAMES);
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const site of posixSites(ctx.model)) {
    const name = commandName(site.command);
    if (name === undefined || (name !== 'systemctl' && !POINTLESS.has(name))) continue;
    const args = effectiveArgs(site.command);
    if (name === 'systemctl') {
      const action = args.slice(1).find((w) => !w.value.startsWith('-'));
      if (!action || !SYSTEMCTL_ACTIONS.has(action.value)) continue;
      ctx.report({
        range: ctx.range(args[0].start, action.end),
        message: `${code('systemctl ' + action.value)} has no running system to act on during a build.`,
      });
      continue;
    }
    ctx.report({
      range: ctx.range(args[0].start, args[0].end),
      message: `${code(name)} is an interactive or host-level command; it does nothing useful in a build step.`,
    });
  }
}
