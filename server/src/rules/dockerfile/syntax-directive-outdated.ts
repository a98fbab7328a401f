import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { compareFrontendVersions } from '../../knowledge/dockerfile';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { pinnedFrontend } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'syntax-directive-outdated',
  target: 'dockerfile',
  category: 'parser-directives',
  severity: 'info',
  summary: '`# syntax=` pins an experimental or pre-1.4 Dockerfile frontend.',
  docs: {
    description:
      '`docker/dockerfile:experimental` and `…:1.0-experimental` were the way to get `RUN --mount` in 2019 and are long ' +
      'obsolete; pins older than 1.4 also lack heredocs and `COPY --link`. Old snippets and completions still suggest ' +
      'them. `docker/dockerfile:1` always follows the newest stable 1.x release.',
    incorrect: '# syntax=docker/dockerfile:1.0-experimental\nFROM alpine:3.20',
    correct: '# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    fix: 'Replaces the value with `docker/dockerfile:1`. Unsafe: a newer frontend may parse parts of the file differently.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It needs a `# syntax=` directive. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const pinned = pinnedFrontend(ctx.model);
  if (!pinned) return;
  const { version, directive } = pinned;
  const old = version.experimental || compareFrontendVersions(version, '1.4.0') < 0;
  if (!old) return;
  ctx.report({
    range: ctx.range(directive.valueStart, directive.valueEnd),
    message: version.experimental
      ? `${code(directive.value)} is an obsolete experimental frontend; use \`docker/dockerfile:1\`.`
      : `${code(directive.value)} predates frontend 1.4 (no heredocs, no \`--link\`); use \`docker/dockerfile:1\`.`,
    fix: makeFix('Use docker/dockerfile:1', 'unsafe', [replaceEdit(ctx.document, directive.valueStart, directive.valueEnd, 'docker/dockerfile:1')]),
  });
}
