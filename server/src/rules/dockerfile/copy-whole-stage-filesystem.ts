import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { normalizeImageName, parseImageReference } from '../../knowledge/dockerfile';
import { firstStageNamed } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Word } from '../../model/dockerfile/types';
import { rootImage } from '../shared/base-image';

export const meta: DockerfileRuleMeta = {
  id: 'copy-whole-stage-filesystem',
  target: 'dockerfile',
  category: 'stages',
  severity: 'warning',
  summary: '`COPY --from=<stage> / /` copies a whole root file system over this one.',
  docs: {
    description:
      'Copying `/` of another stage onto `/` overwrites this stage\'s `/etc/passwd`, package database, certificates and ' +
      'caches with the other stage\'s, and drags every build tool and temporary file along. The result is the other image ' +
      'wearing this one\'s metadata. Copy the folders the application needs, or build the files into a dedicated folder ' +
      '(`/rootfs`) and copy that.',
    incorrect: 'FROM debian:trixie-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n\nFROM debian:trixie-slim\nCOPY --from=build / /',
    correct: 'FROM debian:trixie-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n\nFROM debian:trixie-slim\nCOPY --from=build /usr/bin/curl /usr/bin/curl',
    notes: 'Left alone: a stage\'s root copied into a sub-folder (`COPY --from=build / /rootfs/`); `tonistiigi/xx` and ' +
      '`crazymax/goreleaser-xx`, scratch images of cross-compilation helpers made to be copied onto `/`; and a copy that is the first instruction ' +
      'of a `FROM scratch` stage (nothing to overwrite: the build flattens its layers).',
  },
  fix: 'none',
  aliases: ['DL3067'],
};

const ROOT = /^["']?\/\.?["']?$/;

/** It reads only `COPY --from` instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY') && facts.flags.has('from');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of ctx.model.instructions) {
    if (instruction.keyword !== 'COPY' || !instruction.flags.some((f) => f.name === 'from' && f.value)) continue;
    const words: Word[] = instruction.execForm ? instruction.jsonStrings : instruction.args;
    if (words.length < 2) continue;
    const dest = words[words.length - 1];
    if (!ROOT.test(dest.value) || copiesToolImage(ctx.model, instruction) || startsEmpty(instruction)) continue;
    for (const source of words.slice(0, -1)) {
      if (!ROOT.test(source.value)) continue;
      ctx.report({
        range: ctx.range(source.start, source.end),
        message: `${code('COPY --from')} of ${code('/')} onto ${code('/')} replaces this stage's whole file system, system files included; copy only the folders you need.`,
      });
    }
  }
}

/**
 * The COPY is the first instruction of a stage built `FROM scratch`: nothing is there to overwrite, and copying a
 * finished root file system into scratch is how a build flattens its layers.
 */
function startsEmpty(copy: InstructionNode): boolean {
  const stage = copy.stage;
  return stage !== undefined && !stage.parent && stage.image.resolved?.toLowerCase() === 'scratch' && stage.instructions[1] === copy;
}

/** Images built to be copied onto `/`: a few helper files and no system of their own. */
const TOOL_IMAGES = new Set(['tonistiigi/xx', 'crazymax/goreleaser-xx']);

/** The `--from` names such an image, or a stage (or stage chain) that starts from one. */
function copiesToolImage(model: DockerfileModel, copy: InstructionNode): boolean {
  const from = copy.flags.find((f) => f.name === 'from')?.value?.toLowerCase() ?? '';
  const stage = firstStageNamed(model.stages, from);
  const image = stage && stage.index < (copy.stage?.index ?? Infinity) ? rootImage(stage, model.stages)?.ref : parseImageReference(from);
  return image !== undefined && TOOL_IMAGES.has(normalizeImageName(image));
}
