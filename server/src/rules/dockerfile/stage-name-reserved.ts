import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { fromValues } from '../shared/stage-graph';

export const meta: DockerfileRuleMeta = {
  id: 'stage-name-reserved',
  target: 'dockerfile',
  category: 'stages',
  severity: 'warning',
  summary: 'A stage is named `scratch` or `context`, which the builder reserves.',
  docs: {
    description:
      '`scratch` is the built-in empty image and `context` names the build context in `COPY --from` and `RUN --mount`. A ' +
      'stage with either name is shadowed by, or shadows, the built-in meaning: `FROM scratch` may start from your stage or ' +
      'from nothing depending on the builder.',
    incorrect: 'FROM alpine:3.22 AS scratch\nRUN echo hi > /hi\n\nFROM scratch\nCOPY --from=scratch /hi /hi',
    correct: 'FROM alpine:3.22 AS prepare\nRUN echo hi > /hi\n\nFROM scratch\nCOPY --from=prepare /hi /hi',
    fix:
      'Renames the stage to `<name>-stage` and every later `COPY --from`, `RUN --mount from=` that names it. `FROM scratch` ' +
      'lines are left alone, since they usually mean the empty image. Unsafe: review which references meant the stage.',
  },
  fix: 'unsafe',
  aliases: ['DL3063', 'BK:ReservedStageName'],
};

const RESERVED = new Set(['scratch', 'context']);

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  let references: Map<string, FromReference[]> | undefined;
  for (const stage of model.stages) {
    if (stage.name === undefined || !RESERVED.has(stage.name) || stage.nameStart < 0) continue;
    const fresh = `${stage.name}-stage`;
    const edits = [replaceEdit(ctx.document, stage.nameStart, stage.nameEnd, fresh)];
    references ??= fromReferences(model);
    for (const from of references.get(stage.name) ?? []) {
      if (from.stage > stage.index) edits.push(replaceEdit(ctx.document, from.start, from.end, fresh));
    }
    ctx.report({
      range: ctx.range(stage.nameStart, stage.nameEnd),
      message: `Stage name ${code(stage.name)} is reserved by the builder; choose another name.`,
      fix: makeFix(`Rename the stage to ${fresh} and its references`, 'unsafe', edits),
    });
  }
}

/** A `--from` value (flag or mount option) and the index of the stage it is in. */
interface FromReference {
  stage: number;
  start: number;
  end: number;
}

/** Every stage's `--from` values by lower-case value: indexed once, where a scan per reserved name was quadratic. */
function fromReferences(model: DockerfileModel): Map<string, FromReference[]> {
  const out = new Map<string, FromReference[]>();
  for (const stage of model.stages) {
    for (const instruction of stage.instructions) {
      for (const from of fromValues(instruction)) {
        const key = from.value.toLowerCase();
        const reference = { stage: stage.index, start: from.start, end: from.end };
        const list = out.get(key);
        if (list) list.push(reference);
        else out.set(key, [reference]);
      }
    }
  }
  return out;
}
