import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { getFlagDoc } from '../../knowledge/dockerfile';
import type { DockerfileModel, Flag } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'flag-duplicate',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'The same flag appears twice on one instruction.',
  docs: {
    description:
      'Most flags may be given once per instruction. `COPY --from=a --from=b` is rejected by the builder ("duplicate ' +
      'flag"), and even where a tool accepted it, only one value could win. Keep the one you mean.',
    incorrect: 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --chown=app --chown=nginx /app/dist /usr/share/nginx/html',
    correct: 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --chown=nginx /app/dist /usr/share/nginx/html',
    notes: 'Flags that take a list, `--mount`, `--exclude` and `--device`, may repeat.',
  },
  fix: 'none',
  aliases: ['DU:FLAG_DUPLICATE'],
};

/** It reads only flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.size > 0;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.flags.length < 2) continue;
    const byName = new Map<string, Flag[]>();
    for (const flag of instruction.flags) {
      const doc = getFlagDoc(instruction.keyword, flag.name);
      if (!doc || doc.repeatable) continue;
      const list = byName.get(doc.name) ?? [];
      list.push(flag);
      byName.set(doc.name, list);
    }
    for (const [name, list] of byName) {
      if (list.length < 2) continue;
      for (const flag of list) {
        ctx.report({
          range: ctx.range(flag.start, flag.nameEnd),
          message: `${code(`--${name}`)} is given ${list.length} times on this ${code(instruction.rawKeyword)}; it may appear once.`,
        });
      }
    }
  }
}
