import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'env-path-overwritten',
  target: 'dockerfile',
  category: 'variables',
  severity: 'warning',
  summary: '`ENV PATH` replaces the search path without keeping the system folders.',
  docs: {
    description:
      '`ENV PATH=/opt/app/bin` throws away `/usr/local/bin:/usr/bin:/bin`: later RUN lines, the CMD and anyone who opens a ' +
      'shell in the container can no longer find `sh`, `ls` or the language runtime. Extend the path instead: ' +
      '`ENV PATH=/opt/app/bin:$PATH`.',
    incorrect: 'FROM python:3.13-slim\nENV PATH=/opt/venv/bin',
    correct: 'FROM python:3.13-slim\nENV PATH=/opt/venv/bin:$PATH',
    fix: 'Appends `:$PATH` to the value. Unsafe: the folders the image had before come back on the search path.',
    notes: 'A value that contains `/bin` or `/usr/bin` as one of its entries is taken as a complete, deliberate path.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It reads only ENV instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ENV');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'ENV') continue;
    for (const prop of instruction.properties) {
      if (prop.name !== 'PATH' || prop.raw === undefined || prop.value === null) continue;
      if (/\$\{?PATH\b/.test(prop.raw)) continue;
      if (prop.value.split(':').some((entry) => /^\/(usr\/)?bin\/?$/.test(entry))) continue;
      const quoted = /^["'].*["']$/.test(prop.raw);
      const at = quoted ? prop.valueEnd - 1 : prop.valueEnd;
      ctx.report({
        range: ctx.range(prop.valueStart, prop.valueEnd),
        message: `${code('PATH=' + prop.value)} drops the system folders, so later commands cannot find \`sh\` or other tools; append ${code(':$PATH')}.`,
        fix: makeFix('Append :$PATH', 'unsafe', [insertEdit(ctx.document, at, ':$PATH')]),
      });
    }
  }
}
