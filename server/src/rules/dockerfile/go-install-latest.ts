import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { goTargets } from '../shared/go-install';

export const meta: DockerfileRuleMeta = {
  id: 'go-install-latest',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`go install …@latest` installs whatever was released last.',
  docs: {
    description:
      '`@latest` satisfies Go\'s demand for a version but pins nothing: each build resolves it again and may get a new ' +
      'major behaviour. Name the version (`@v1.2.3`) so rebuilds install the same tool. Off by default: the pinning half ' +
      'of hadolint\'s DL3062.',
    incorrect: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest',
    correct: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2',
    notes: '`@none` is reported too. Local paths and standard-library packages are exempt; unknown variables are skipped.',
  },
  fix: 'none',
  aliases: ['DL3062'],
};

/** It reports only `go` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'go');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const { command, target } of goTargets(ctx.model)) {
    const m = /@(latest|none)$/.exec(target.value);
    if (!m) continue;
    const word = target.word;
    const literal = !word.quoted && !word.expansion && word.raw === target.value;
    const start = literal ? word.end - m[0].length : word.start;
    ctx.report({
      range: ctx.range(start, word.end),
      message: `${code(`go ${command.sub?.value} ${target.value}`)} uses ${code(m[0])}, which pins no version.`,
    });
  }
}
