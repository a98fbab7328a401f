import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { expandVariables } from '../../model/dockerfile/variables';
import { INSTRUCTIONS } from './unknown-instruction';

export const meta: DockerfileRuleMeta = {
  id: 'instruction-missing-arguments',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'An instruction has no arguments.',
  docs: {
    description:
      'Each instruction needs something to act on: `FROM` an image, `COPY` a source and destination, `EXPOSE` a port. The ' +
      'builder rejects an instruction with nothing after it, which usually means a line was cut short or a `\\` continuation ' +
      'was forgotten. `HEALTHCHECK` needs `CMD <command>` or `NONE`, and `SHELL` a non-empty JSON array.',
    incorrect: 'FROM alpine:3.20\nWORKDIR\nHEALTHCHECK CMD',
    correct: 'FROM alpine:3.20\nWORKDIR /app\nHEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1',
    notes: 'A bare `RUN` is not reported: the builder accepts it.',
  },
  fix: 'none',
  aliases: ['DU:ARGUMENT_MISSING', 'DU:ARGUMENT_REQUIRES_AT_LEAST_ONE', 'DU:HEALTHCHECK_CMD_ARGUMENT_MISSING', 'DU:SHELL_REQUIRES_ONE'],
};

const KNOWN_KEYWORDS: ReadonlySet<string> = new Set(INSTRUCTIONS);

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of ctx.model.instructions) {
    checkInstruction(ctx, instruction);
    if (instruction.trigger) checkInstruction(ctx, instruction.trigger);
  }
}

function checkInstruction(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode): void {
  const { keyword, args } = instruction;
  if (keyword === 'RUN' || !KNOWN_KEYWORDS.has(keyword)) return;
  const empty = args.length === 0 && instruction.flags.length === 0 && instruction.heredocs.length === 0;
  if (keyword === 'HEALTHCHECK') {
    if (args.length === 0) reportAtKeyword(ctx, instruction, '`HEALTHCHECK` needs `CMD <command>` or `NONE`.');
    else if (args.length === 1 && args[0].value.toUpperCase() === 'CMD') reportAtKeyword(ctx, instruction, '`HEALTHCHECK CMD` needs a command to run.');
    return;
  }
  if (empty) {
    reportAtKeyword(ctx, instruction, `${code(instruction.rawKeyword)} has no arguments.`);
    return;
  }
  if (keyword === 'SHELL' && instruction.execForm && instruction.jsonStrings.length === 0) {
    reportAtKeyword(ctx, instruction, '`SHELL` needs at least the shell executable, as in `SHELL ["/bin/bash", "-c"]`.');
    return;
  }
  if (keyword === 'EXPOSE' && args.length === 1 && args[0].value.includes('$')) {
    const expanded = expandVariables(args[0].value, instruction.scope, ctx.model.escape).value;
    if (expanded !== undefined && expanded.trim() === '') {
      reportAtKeyword(ctx, instruction, `\`EXPOSE\` has no port: ${code(args[0].value)} expands to nothing.`);
    }
  }
}

/** The range is worked out only for a finding (most instructions have arguments). */
function reportAtKeyword(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode, message: string): void {
  ctx.report({ range: ctx.range(instruction.keywordStart, instruction.keywordEnd), message });
}
