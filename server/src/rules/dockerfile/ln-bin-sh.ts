import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { argValues, posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'ln-bin-sh',
  target: 'dockerfile',
  category: 'shell',
  severity: 'warning',
  summary: '`ln … /bin/sh` replaces the shell every later RUN uses; use `SHELL` instead.',
  docs: {
    description:
      'Every shell-form RUN, CMD and ENTRYPOINT runs through `/bin/sh -c`. Relinking `/bin/sh` to bash changes that shell ' +
      'for the rest of the build and for every script in the running container, invisibly to anyone reading the ' +
      'Dockerfile, and package upgrades may silently put the old link back. The `SHELL` instruction chooses the build ' +
      'shell explicitly and leaves the system alone.',
    incorrect: 'FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh',
    correct: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]',
    notes: 'Reported when `/bin/sh` (or `/usr/bin/sh`) is the link being created, the last operand of `ln`.',
  },
  fix: 'none',
  aliases: ['DL4005'],
};

/** It reports only `ln` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'ln');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const site of posixSites(ctx.model)) {
    if (commandName(site.command) !== 'ln') continue;
    const args = effectiveArgs(site.command);
    if (args.length < 3) continue;
    const last = args[args.length - 1];
    const [value] = argValues([last], site.instruction);
    if (value !== '/bin/sh' && value !== '/usr/bin/sh') continue;
    ctx.report({
      range: ctx.range(last.start, last.end),
      message: '`ln` replaces `/bin/sh`, the shell of every later RUN; choose the build shell with `SHELL` instead.',
    });
  }
}
