/** What `cross-compile-without-buildplatform` and `buildplatform-stage-not-cross-compiling` ask about stages. */
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { chainRoot } from '../../model/dockerfile/queries';
import { stageEdges } from './stage-graph';
import { AnswerCache, oncePer } from '../../model/once-per';

const BUILDPLATFORM = /^["']?\$\{?BUILDPLATFORM\}?["']?$/;

/**
 * The stage runs on the build machine: the first stage of its chain, the one that names an image, has
 * `--platform=$BUILDPLATFORM`. The builder ignores the flag on a stage built from another (moby/buildkit#2946).
 */
export function runsOnBuildPlatform(stage: Stage): boolean {
  return declaresBuildPlatform(chainRoot(stage));
}

/** The stage's own `FROM --platform=$BUILDPLATFORM`. */
export function declaresBuildPlatform(stage: Stage): boolean {
  return stage.platform?.value !== undefined && stage.platform.value !== null && BUILDPLATFORM.test(stage.platform.value);
}

/** The stage's instructions after FROM as text, comment lines blanked, for command searches. */
export function stageBody(stage: Stage, text: string): string {
  // Two rules search the same stages: the body is kept per stage (and document text).
  const cached = bodies.get(stage);
  if (cached && cached.text === text) return cached.body;
  const parts: string[] = [];
  for (const i of stage.instructions) {
    if (i.keyword === 'FROM') continue;
    const part = text.slice(i.start, i.end);
    parts.push(part.includes('#') ? part.replace(/^[ \t]*#.*$/gm, '') : part);
  }
  const body = parts.join('\n');
  bodies.set(stage, { text, body });
  return body;
}

const bodies = new AnswerCache<Stage, { text: string; body: string }>();

/** Stages that copy or mount files from `stage`, and stages built `FROM` it. */
export function consumers(model: DockerfileModel, stage: Stage): { copiers: Stage[]; children: Stage[] } {
  return consumerIndex(model).get(stage) ?? NO_CONSUMERS;
}

const NO_CONSUMERS: { copiers: Stage[]; children: Stage[] } = { copiers: [], children: [] };

/**
 * Every stage's consumers, from one pass over the stage edges per model: asked for each stage of a long chain, a
 * filter of all the edges per stage was quadratic (found by `npm run fuzz`'s growth check).
 */
const consumerIndex = oncePer((model: DockerfileModel): Map<Stage, { copiers: Stage[]; children: Stage[] }> => {
  const index = new Map<Stage, { copiers: Set<Stage>; children: Set<Stage> }>();
  for (const e of stageEdges(model)) {
    if (e.from === e.to) continue;
    let entry = index.get(e.to);
    if (!entry) index.set(e.to, (entry = { copiers: new Set(), children: new Set() }));
    (e.via ? entry.copiers : entry.children).add(e.from);
  }
  return new Map([...index].map(([stage, c]) => [stage, { copiers: [...c.copiers], children: [...c.children] }]));
});
