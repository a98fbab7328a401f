import type { DockerfileFacts } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { isPlatformArg } from '../../knowledge/dockerfile';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { declareArgsFix } from '../shared/arg-env';
import { argumentRefs, flagRefs, runShellRefs, type VariableRef } from '../shared/variable-refs';

export const meta: DockerfileRuleMeta = {
  id: 'platform-arg-undeclared',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'warning',
  summary: 'A platform ARG is used in a stage that does not declare it.',
  docs: {
    description:
      '`TARGETARCH`, `TARGETOS`, `TARGETPLATFORM`, `BUILDPLATFORM` and the other platform ARGs are set automatically only ' +
      'for `FROM` lines. Inside a stage they are empty until the stage says `ARG TARGETARCH`. So ' +
      '`GOARCH=$TARGETARCH go build` silently builds for the build machine, and download URLs lose their architecture.',
    incorrect: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nRUN GOOS=linux GOARCH=$TARGETARCH go build -o /out/app .',
    correct: 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nARG TARGETARCH\nRUN GOOS=linux GOARCH=$TARGETARCH go build -o /out/app .',
    fix: 'Inserts `ARG <NAME>` right after the stage\'s `FROM`. Unsafe: the value changes from empty to the platform, as intended.',
    notes:
      'Checked in RUN (its shell text, heredoc scripts and `--mount` options), ENV, ARG defaults, COPY, ADD, WORKDIR, LABEL, ' +
      'USER, EXPOSE and VOLUME. Text in single quotes is exempt (not expanded at build time), as are names that ENV sets in ' +
      'the stage or a stage it is built from.',
  },
  fix: 'unsafe',
  aliases: [],
};

const CHECKED = new Set(['RUN', 'ENV', 'ARG', 'COPY', 'ADD', 'WORKDIR', 'LABEL', 'USER', 'EXPOSE', 'VOLUME']);

/**
 * The variable references of an instruction that the builder or the RUN shell expands, besides its flags':
 * the RUN shell's, or the arguments' the builder expands.
 */
function bodyRefs(instruction: InstructionNode, documentText: string, escape: string): readonly VariableRef[] {
  return instruction.keyword === 'RUN' ? runShellRefs(instruction, documentText) : argumentRefs(instruction, escape);
}

function collectUndeclared(instruction: InstructionNode, refs: readonly VariableRef[], missing: VariableRef[]): void {
  for (const ref of refs) if (isPlatformArg(ref.name) && !instruction.scope.has(ref.name)) missing.push(ref);
}

/** It reports only variable references, and each starts with `$`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const missing: VariableRef[] = [];
    for (const instruction of stage.instructions) {
      if (!CHECKED.has(instruction.keyword)) continue;
      collectUndeclared(instruction, flagRefs(instruction, ctx.model.escape), missing);
      collectUndeclared(instruction, bodyRefs(instruction, ctx.model.text, ctx.model.escape), missing);
    }
    if (missing.length === 0) continue;
    const fix = declareArgsFix(ctx.model, ctx.document, stage, missing.map((r) => r.name));
    for (const ref of missing) {
      ctx.report({
        range: ctx.range(ref.start, ref.end),
        message: `${code(ref.name)} is empty in this stage: platform ARGs reach only FROM lines unless the stage declares ${code('ARG ' + ref.name)}.`,
        fix,
      });
    }
  }
}
