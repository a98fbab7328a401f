/** The external image a stage starts from, parsed, with document offsets when it is written literally. */
import { lookupImageLifecycle, parseImageReference, type ImageLifecycleResult, type ParsedImageReference } from '../../knowledge/dockerfile';
import { chainRoot, namesEarlierStage, stageChain } from '../../model/dockerfile/queries';
import type { InstructionNode, Stage } from '../../model/dockerfile/types';
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
  if (text === undefined || text === '' || stage.parent) return undefined;
  const lower = text.toLowerCase();
  if (lower === 'scratch' || namesEarlierStage(stages, lower, stage.index)) return undefined;
  const ref = parseImageReference(text);
  if (ref.diagnostics.length > 0) return undefined;
  return { stage, text, ref, literal: stage.image.raw === text, start: stage.image.start, end: stage.image.end };
});

/**
 * The lifecycle of the stage's image at `now` (`lookupImageLifecycle`): the deprecation and end-of-life rules both
 * ask on every lint. The last answer is kept per parsed reference (shared between lints, as `parseImageReference`
 * keeps them) with its date (read-only).
 */
export function stageImageLifecycle(image: StageImage, now: Date): ImageLifecycleResult {
  const time = now.getTime();
  const kept = lifecycles.get(image.ref);
  if (!kept) {
    const result = lookupImageLifecycle(image.ref, now);
    lifecycles.set(image.ref, { time, result });
    return result;
  }
  if (kept.time !== time) {
    // A later lint: the entry is updated in place.
    kept.result = lookupImageLifecycle(image.ref, now);
    kept.time = time;
  }
  return kept.result;
}

const lifecycles = new WeakMap<ParsedImageReference, { time: number; result: ImageLifecycleResult }>();

/** The stage chain's first stage that starts from a registry image (`FROM base` → base's image). */
export function rootImage(stage: Stage, stages: readonly Stage[]): StageImage | undefined {
  let s: Stage | undefined = stage;
  for (let guard = 0; s && guard < 64; guard++) {
    if (!s.parent) return stageImage(s, stages);
    s = s.parent;
  }
  return undefined;
}

/** The stage chain starts `FROM scratch`: no base image, so nothing but the builder's defaults is there. */
export function startsFromScratch(stage: Stage | undefined): boolean {
  if (!stage) return false;
  const root = chainRoot(stage);
  return !root.parent && root.image.resolved?.toLowerCase() === 'scratch';
}

/** Names a Windows image: `mcr.microsoft.com/windows/servercore`, `…/nanoserver`, a `…-windowsservercore-…` tag. */
const WINDOWS_IMAGE = /(^|\/)windows(\/|$)|nanoserver|servercore/i;

/**
 * The stage chain starts from a Windows image, whose RUN goes to `cmd /S /C` unless a SHELL says otherwise. When the
 * file cannot name the image (`FROM ${base}` with no default), a SHELL of Windows' own shells in the chain tells.
 */
export function startsFromWindows(stage: Stage, stages: readonly Stage[]): boolean {
  const image = rootImage(stage, stages);
  if (image) return WINDOWS_IMAGE.test(image.text);
  const root = chainRoot(stage);
  if (root.parent || (root.image.resolved !== undefined && root.image.resolved !== '')) return false;
  return stageChain(stage).some((s) => s.instructions.some(setsWindowsShell));
}

/** `SHELL ["powershell", …]` or `SHELL ["cmd", …]`: Windows PowerShell and cmd run only on Windows (`pwsh` runs anywhere). */
function setsWindowsShell(instruction: InstructionNode): boolean {
  if (instruction.keyword !== 'SHELL') return false;
  const program = (instruction.jsonStrings[0]?.value ?? '').toLowerCase().replace(/^.*[\\/]/, '').replace(/\.exe$/, '');
  return program === 'powershell' || program === 'cmd';
}
