/**
 * Which stage refers to which: `FROM <stage>`, `COPY --from=<stage|index>` and `RUN --mount=…,from=<stage>`,
 * and which stages count as final (the last one, and `--target`s named by compose or Bake files).
 */
import { emptyFileSystem, isSnapshot, type FileSystem } from '../../engine/fs';
import type { RuleContext } from '../../engine/rule';
import { firstStageNamed } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import { expandVariables } from '../../model/dockerfile/variables';
import { AnswerCache, oncePer } from '../../model/once-per';
import { buildsUsing } from './workspace-builds';

/** A `--from=` value (COPY) or `from=` mount option (RUN), with the offsets of the value. */
export interface FromValue {
  value: string;
  start: number;
  end: number;
  instruction: InstructionNode;
  kind: 'copy' | 'mount';
}

const NO_FROM_VALUES: readonly FromValue[] = [];

/**
 * `--from=x` of COPY, and `from=x` inside each `RUN --mount=…`. ONBUILD triggers are left out: they run
 * in another Dockerfile's build, where these names mean that file's stages.
 */
export function fromValues(instruction: InstructionNode): readonly FromValue[] {
  return hasFromFlag(instruction) ? flagFromValues(instruction) : NO_FROM_VALUES;
}

/** A COPY `--from` or a RUN `--mount` with a value: the only flags that can name a stage (a cheap test first). */
function hasFromFlag(instruction: InstructionNode): boolean {
  const { keyword, flags } = instruction;
  const name = keyword === 'COPY' ? 'from' : keyword === 'RUN' ? 'mount' : undefined;
  if (name === undefined) return false;
  for (const flag of flags) if (flag.name === name && flag.value !== null) return true;
  return false;
}

/** Kept per instruction: some six rules ask for every instruction (shared, read-only). */
const flagFromValues = oncePer((instruction: InstructionNode): readonly FromValue[] => {
  const out: FromValue[] = [];
  const node = instruction;
  for (const flag of node.flags) {
    if (flag.value === null) continue;
    if (node.keyword === 'COPY' && flag.name === 'from') {
      out.push({ value: flag.value, start: flag.valueStart, end: flag.valueEnd, instruction: node, kind: 'copy' });
    }
    if (node.keyword === 'RUN' && flag.name === 'mount' && flag.value.includes('from=')) {
      let offset = flag.valueStart;
      for (const part of flag.value.split(',')) {
        const m = /^\s*from=(.*)$/.exec(part);
        if (m) out.push({ value: m[1], start: offset + part.indexOf('=') + 1, end: offset + part.length, instruction: node, kind: 'mount' });
        offset += part.length + 1;
      }
    }
  }
  return out;
});

/**
 * The stage a `--from` value names, seen from `current`: a stage name anywhere in the file (BuildKit
 * resolves later names too) or the index of an earlier stage. Undefined for images and unknown names.
 */
export function stageNamedBy(value: string, stages: readonly Stage[], current: Stage): Stage | undefined {
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    return index < current.index ? stages[index] : undefined;
  }
  // An earlier stage of that name if there is one, else a later one: either way the first stage so named.
  return firstStageNamed(stages, value.toLowerCase());
}

/** The `--from` value with ARG/ENV expanded; undefined when a variable has no known value. */
export function resolvedFrom(from: FromValue, escape: string): string | undefined {
  return expandVariables(from.value, from.instruction.scope, escape).value;
}

export interface StageEdge {
  from: Stage;
  to: Stage;
  /** The `--from` value, or undefined for `FROM <stage>`. */
  via?: FromValue;
}

/** Every dependency between stages: a stage depends on its parent and on the stages it copies or mounts from. */
export function stageEdges(model: DockerfileModel): StageEdge[] {
  // Computed once per model (read-only): stage-unused, copy-from-own-stage and the cross-compile rules ask.
  let edges = edgesCache.get(model);
  if (!edges) edgesCache.set(model, (edges = collectEdges(model)));
  return edges;
}

const edgesCache = new AnswerCache<DockerfileModel, StageEdge[]>();

function collectEdges(model: DockerfileModel): StageEdge[] {
  const edges: StageEdge[] = [];
  for (const stage of model.stages) {
    if (stage.parent) edges.push({ from: stage, to: stage.parent });
    for (const instruction of stage.instructions) {
      for (const from of fromValues(instruction)) {
        const value = resolvedFrom(from, model.escape);
        if (value === undefined || value === '') continue;
        const to = stageNamedBy(value, model.stages, stage);
        if (to) edges.push({ from: stage, to, via: from });
      }
    }
  }
  return edges;
}

/** Stage names (lower case) that compose `build.target` or Bake `target` entries build from this file. */
export function workspaceTargets(ctx: RuleContext<DockerfileModel>): Set<string> {
  const names = new Set<string>();
  for (const build of buildsUsing(ctx.fs, ctx.fileName)) if (build.target) names.add(build.target.toLowerCase());
  return names;
}

/** The stages whose image is shipped: the last stage and every stage a workspace build targets (read-only). */
export function finalStages(ctx: RuleContext<DockerfileModel>): readonly Stage[] {
  // Some eight rules ask. The answer depends on the workspace's builds, so it is kept for one lint's file-system
  // snapshot (or the empty file system, which never changes), as `buildsUsing` keeps them.
  const { model, fs, fileName } = ctx;
  const kept = finalStagesKept.get(model);
  if (kept && kept.fs === fs && kept.fileName === fileName) return kept.stages;
  const stages = collectFinalStages(ctx);
  if (fs === emptyFileSystem || isSnapshot(fs)) finalStagesKept.set(model, { fs, fileName, stages });
  return stages;
}

const finalStagesKept = new AnswerCache<DockerfileModel, { fs: FileSystem; fileName: string; stages: readonly Stage[] }>();

function collectFinalStages(ctx: RuleContext<DockerfileModel>): Stage[] {
  const stages = ctx.model.stages;
  if (stages.length === 0) return [];
  const last = stages.length - 1;
  const targets = workspaceTargets(ctx);
  if (targets.size === 0) return [stages[last]];
  return stages.filter((s, k) => k === last || (s.name !== undefined && targets.has(s.name)));
}

/** The stages some other stage depends on. */
export function usedStages(model: DockerfileModel): Set<Stage> {
  const used = new Set<Stage>();
  for (const e of stageEdges(model)) if (e.from !== e.to) used.add(e.to);
  return used;
}

/** Offsets of the stage's `AS name`, or of its image when it has no name. */
export function stageAnchor(stage: Stage): [number, number] {
  return stage.name !== undefined && stage.nameStart >= 0 ? [stage.nameStart, stage.nameEnd] : [stage.image.start, stage.image.end];
}

/** True when the Dockerfile sits in a dev-container folder, where full images are expected. */
export function isDevContainer(fileName: string): boolean {
  return /(^|[\\/])\.devcontainer[\\/]/.test(fileName);
}
