import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { posixSites, stageOf } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'wget-and-curl',
  target: 'dockerfile',
  category: 'shell',
  severity: 'info',
  summary: 'Both `wget` and `curl` in one stage: one download tool is enough.',
  docs: {
    description:
      '`wget` and `curl` do the same job in a build. Using both means installing and maintaining two tools (and their ' +
      'TLS stacks) where one would do, and readers have to know two sets of flags. Pick one per stage.',
    incorrect:
      'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\nRUN wget -q -O /tmp/b.tgz https://example.com/b.tgz',
    correct:
      'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\nRUN curl -fsSLo /tmp/b.tgz https://example.com/b.tgz',
    notes: 'Reported on each use once both tools have been seen in the stage. Package names (`apt-get install curl wget`) do not count.',
  },
  fix: 'none',
  aliases: ['DL4001', 'DS-0014', 'KICS:fc775e75'],
};

/** It needs both `wget` and `curl` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'curl') && runsCommand(facts, 'wget');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const seen = new Map<Stage | undefined, Set<string>>();
  for (const site of posixSites(ctx.model)) {
    const name = commandName(site.command);
    if (name !== 'curl' && name !== 'wget') continue;
    const args = effectiveArgs(site.command);
    const stage = stageOf(ctx.model, site.instruction);
    const tools = seen.get(stage) ?? new Set<string>();
    tools.add(name);
    seen.set(stage, tools);
    if (tools.size < 2) continue;
    const other = name === 'curl' ? 'wget' : 'curl';
    ctx.report({
      range: ctx.range(args[0].start, args[0].end),
      message: `This stage uses both ${code(name)} and ${code(other)}; one download tool is enough.`,
    });
  }
}
