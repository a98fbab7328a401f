import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'debian-frontend-env',
  target: 'dockerfile',
  category: 'variables',
  severity: 'info',
  summary: '`ENV DEBIAN_FRONTEND=noninteractive` stays set in every container of the image.',
  docs: {
    description:
      '`DEBIAN_FRONTEND=noninteractive` is meant for the build, where nobody can answer debconf questions. Set with ENV it ' +
      'stays in the image, so someone running `apt` interactively in a container gets silent defaults instead of prompts. ' +
      'Use `ARG DEBIAN_FRONTEND=noninteractive`, which exists only while the image is built, or prefix the apt commands.',
    incorrect: 'FROM debian:trixie-slim\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata',
    correct: 'FROM debian:trixie-slim\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata',
    fix:
      'Turns the pair into `ARG DEBIAN_FRONTEND=noninteractive` (split out of a longer ENV). Unsafe: stages built `FROM` ' +
      'this one no longer inherit the setting.',
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
  const eol = eolOf(model.text);
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'ENV') continue;
    const props = instruction.properties;
    props.forEach((prop, k) => {
      if (prop.name !== 'DEBIAN_FRONTEND' || prop.value?.toLowerCase() !== 'noninteractive') return;
      const arg = `DEBIAN_FRONTEND=${prop.raw}`;
      let edits: TextEdit[];
      if (props.length === 1) {
        edits = [replaceEdit(ctx.document, instruction.keywordStart, instruction.keywordEnd, 'ARG')];
        if (prop.operator !== '=') edits.push(replaceEdit(ctx.document, prop.nameEnd, prop.valueStart, '='));
      } else {
        const lineStart = model.text.lastIndexOf('\n', instruction.start - 1) + 1;
        const removal = k === 0 ? replaceEdit(ctx.document, prop.start, props[1].start, '') : replaceEdit(ctx.document, props[k - 1].end, prop.end, '');
        edits = [insertEdit(ctx.document, lineStart, `ARG ${arg}${eol}`), removal];
      }
      ctx.report({
        range: ctx.range(prop.nameStart, prop.valueEnd),
        message: '`DEBIAN_FRONTEND=noninteractive` set by ENV persists into every container of the image; set it with ARG for the build only.',
        fix: makeFix('Turn it into ARG DEBIAN_FRONTEND=noninteractive', 'unsafe', edits),
      });
    });
  }
}
