/** The external image a stage starts from, parsed, with document offsets when it is written literally. */
import { parseImageReference, type ParsedImageReference } from '../../knowledge/dockerfile';
import type { Stage } from '../../model/dockerfile/types';
import { oncePer } from '../../model/once-per';

export interface StageImage {
  stage: Stage;
  /** The reference after ARG expansion. */
  text: string;
  ref: ParsedImageReference;
  /** True when the document holds the reference as is (no variables), so offsets inside it are document offsets. */
  literal: boolean;
  /** Document offset of the reference's first character. */
  start: number;
  end: number;
}

/**
 * The image of a stage that starts from a registry image: undefined for `scratch`, for stages built
 * `FROM` an earlier stage and for references whose variables have no known value. `stages` are the stage's
 * model's; kept per stage, as some ten rules ask (shared, read-only).
 */
export const stageImage = oncePer((stage: Stage, stages: readonly Stage[]): StageImage | undefined => {
  const text = stage.image.resolved;
  if (text === undefined || text === '' || text.toLowerCase() === 'scratch' || stage.parent) return undefined;
  if (stages.some((s) => s.index < stage.index && s.name === text.toLowerCase())) return undefined;
  const ref = parseImageReference(text);
  if (ref.diagnostics.length > 0) return undefined;
  return { stage, text, ref, literal: stage.image.raw === text, start: stage.image.start, end: stage.image.end };
});

/** The stage chain's first stage that starts from a registry image (`FROM base` → base's image). */
export function rootImage(stage: Stage, stages: readonly Stage[]): StageImage | undefined {
  let s: Stage | undefined = stage;
  for (let guard = 0; s && guard < 64; guard++) {
    if (!s.parent) return stageImage(s, stages);
    s = s.parent;
  }
  return undefined;
}
