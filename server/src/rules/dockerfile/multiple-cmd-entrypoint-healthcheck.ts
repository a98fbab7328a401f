import { makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { deleteInstructionEdit } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'multiple-cmd-entrypoint-healthcheck',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: 'More than one `CMD`, `ENTRYPOINT` or `HEALTHCHECK` in a stage: only the last one counts.',
  docs: {
    description:
      'An image has one command, one entrypoint and one health check. Each new `CMD`, `ENTRYPOINT` or `HEALTHCHECK` ' +
      'replaces the previous one, so the earlier ones in a stage do nothing, yet readers assume they run.',
    incorrect: 'FROM node:22-slim\nCMD ["node", "migrate.js"]\nCMD ["node", "server.js"]',
    correct: 'FROM node:22-slim\nCMD ["node", "server.js"]',
    fix: 'Deletes the earlier instruction. Safe: it has no effect on the image.',
    notes: 'Each stage is judged on its own; an instruction in an earlier stage is not replaced by one in a later stage.',
  },
  fix: 'safe',
  aliases: [
    'DL4003', 'DL4004', 'DL3012', 'BK:MultipleInstructionsDisallowed', 'DU:MULTIPLE_INSTRUCTIONS', 'DS-0016', 'DS-0007',
    'DS-0023', 'KICS:41c195f4', 'KICS:6938958b',
  ],
};

const KEYWORDS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    if (!repeatsAKeyword(stage.instructions)) continue;
    for (const keyword of KEYWORDS) {
      const all = stage.instructions.filter((i) => i.keyword === keyword);
      const last = all[all.length - 1];
      for (const i of all.slice(0, -1)) {
        ctx.report({
          range: ctx.range(i.keywordStart, i.keywordEnd),
          message: `This ${code(keyword)} has no effect: the ${code(keyword)} on line ${last.line + 1} replaces it.`,
          fix: makeFix(`Delete the earlier ${keyword}`, 'safe', [deleteInstructionEdit(ctx.document, i)]),
        });
      }
    }
  }
}

/** True when one of KEYWORDS occurs twice: most stages have at most one of each, and nothing to report. */
function repeatsAKeyword(instructions: readonly InstructionNode[]): boolean {
  let cmd = 0;
  let entrypoint = 0;
  let healthcheck = 0;
  for (const i of instructions) {
    if (i.keyword === 'CMD') cmd++;
    else if (i.keyword === 'ENTRYPOINT') entrypoint++;
    else if (i.keyword === 'HEALTHCHECK') healthcheck++;
  }
  return cmd > 1 || entrypoint > 1 || healthcheck > 1;
}
