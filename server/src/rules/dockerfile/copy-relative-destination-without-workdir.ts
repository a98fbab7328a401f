import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import { startsFromScratch } from '../shared/base-image';
import { copyInstructions } from '../shared/copy-add-paths';

export const meta: DockerfileRuleMeta = {
  id: 'copy-relative-destination-without-workdir',
  target: 'dockerfile',
  category: 'copy-add',
  severity: 'warning',
  summary: '`COPY`/`ADD` to a relative path before any `WORKDIR`: it lands wherever the base image points.',
  docs: {
    description:
      'A relative destination is resolved against the current working directory. Before the stage sets a `WORKDIR`, that ' +
      'is whatever the base image chose (often `/`, sometimes not), so the files end up in a place this Dockerfile does ' +
      'not state and that can move when the base image changes. Set an absolute `WORKDIR` first, or copy to an absolute path.',
    incorrect: 'FROM python:3.12-slim\nCOPY requirements.txt .',
    correct: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .',
    notes:
      'WORKDIRs of earlier stages the stage builds on (`FROM builder`) count. Destinations starting with a variable and ' +
      'Windows paths are not reported; an `ONBUILD COPY` is exempt when the stage chain sets a WORKDIR anywhere. A stage ' +
      'that starts `FROM scratch` is exempt: with no base image its working folder is always `/`.',
  },
  fix: 'none',
  aliases: ['DL3045'],
};

/** It reads only COPY and ADD instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY', 'ADD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const firstWorkdirs = new Map<Stage, number>();
  for (const copy of copyInstructions(ctx.model)) {
    const dest = copy.destination;
    if (!dest || dest.raw.startsWith('$') || dest.heredoc) continue;
    const path = dest.resolved ?? dest.raw;
    if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) continue;
    const hasWorkdir = copy.outer !== copy.instruction
      ? stageChain(copy.outer.stage).some((s) => s.instructions.some((x) => x.keyword === 'WORKDIR' || x.trigger?.keyword === 'WORKDIR'))
      : workdirBefore(copy.outer, firstWorkdirs);
    // With no base image (`FROM scratch`) the working folder is `/` and cannot move.
    if (hasWorkdir || startsFromScratch(copy.outer.stage)) continue;
    ctx.report({
      range: ctx.range(dest.start, dest.end),
      message: `${code(dest.raw)} is relative, but no \`WORKDIR\` is set yet, so it depends on the base image's working folder.`,
    });
  }
}

/**
 * A WORKDIR comes before `instruction` in its stage chain (what `lastBefore(instruction, 'WORKDIR')` finds, up to
 * its 64 parents), without building its per-stage table: the index of each stage's first WORKDIR is enough.
 */
function workdirBefore(instruction: InstructionNode, firstWorkdirs: Map<Stage, number>): boolean {
  const stage = instruction.stage;
  if (!stage) return false;
  if (firstWorkdirIndex(stage, firstWorkdirs) < instruction.index) return true;
  for (let s = stage.parent, depth = 1; s && depth <= 64; s = s.parent, depth++) {
    if (firstWorkdirIndex(s, firstWorkdirs) !== Infinity) return true;
  }
  return false;
}

/** Index of the stage's first WORKDIR (Infinity when it has none), kept for the lint. */
function firstWorkdirIndex(stage: Stage, firstWorkdirs: Map<Stage, number>): number {
  let index = firstWorkdirs.get(stage);
  if (index === undefined) {
    index = Infinity;
    for (const i of stage.instructions) {
      if (i.keyword === 'WORKDIR') {
        index = i.index;
        break;
      }
    }
    firstWorkdirs.set(stage, index);
  }
  return index;
}
