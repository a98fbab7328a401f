/** Shared logic of `final-stage-jdk-image` and `final-stage-full-language-image`. */
import { makeFix, replaceEdit } from '../../engine/edits';
import type { RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { normalizeImageName, runtimeVariantFor, type ParsedImageReference, type RuntimeVariant } from '../../knowledge/dockerfile';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import { stageImage, type StageImage } from './base-image';
import { finalStages, isDevContainer } from './stage-graph';

export interface FinalImageCandidate {
  stage: Stage;
  image: StageImage;
  variant: RuntimeVariant;
}

/** Final stages (not in a dev container) whose image has a smaller runtime variant of one of `kinds`. */
export function finalImageCandidates(ctx: RuleContext<DockerfileModel>, kinds: readonly RuntimeVariant['kind'][]): FinalImageCandidate[] {
  if (isDevContainer(ctx.fileName)) return [];
  const out: FinalImageCandidate[] = [];
  for (const stage of finalStages(ctx)) {
    const image = stageImage(stage, ctx.model.stages);
    if (!image) continue;
    const variant = runtimeVariantOf(image.ref);
    if (variant && kinds.includes(variant.kind)) out.push({ stage, image, variant });
  }
  return out;
}

/**
 * Kept per parsed reference from one lint to the next (`parseImageReference` shares the references, so a
 * WeakMap suits them): both final-stage rules ask of every final stage on every lint.
 */
const runtimeVariants = new WeakMap<ParsedImageReference, { variant: RuntimeVariant | undefined }>();
function runtimeVariantOf(ref: ParsedImageReference): RuntimeVariant | undefined {
  let kept = runtimeVariants.get(ref);
  if (!kept) runtimeVariants.set(ref, (kept = { variant: runtimeVariantFor(ref.registry ? `${ref.registry}/${ref.name}` : ref.name, ref.tag) }));
  return kept.variant;
}

/** The text of every instruction of the stage (ONBUILD triggers included), for tool-name searches. */
export function stageText(stage: Stage, documentText: string, keywords?: ReadonlySet<string>): string {
  return stage.instructions
    .filter((i: InstructionNode) => !keywords || keywords.has(i.keyword))
    .map((i) => documentText.slice(i.start, i.end))
    .join('\n');
}

/** A word used as a command: at the start, after white space, a quote, `[`, `/`, `;`, `&`, `|` or `(`. */
export function mentionsCommand(text: string, names: readonly string[]): boolean {
  return new RegExp(`(^|[\\s"'\\[/;&|(])(${names.join('|')})(?=$|[\\s"',\\];&|)])`, 'm').test(text);
}

/** The quick fix switching to the smaller variant: the tag alone when the repository stays, else the reference. */
export function variantFix(ctx: RuleContext<DockerfileModel>, c: FinalImageCandidate) {
  const { image, variant } = c;
  if (!variant.fixable || !image.literal || image.ref.digest !== undefined) return undefined;
  const current = normalizeImageName(image.ref);
  const tagSpan = image.ref.offsets.tag;
  if (variant.name === current && variant.tag !== undefined && tagSpan) {
    return makeFix(`Switch to ${variant.reference}`, 'unsafe', [
      replaceEdit(ctx.document, image.start + tagSpan.start, image.start + tagSpan.end, variant.tag),
    ]);
  }
  if (variant.name === current && variant.tag !== undefined && !tagSpan) {
    return makeFix(`Switch to ${variant.reference}`, 'unsafe', [replaceEdit(ctx.document, image.end, image.end, `:${variant.tag}`)]);
  }
  return makeFix(`Switch to ${variant.reference}`, 'unsafe', [replaceEdit(ctx.document, image.start, image.end, variant.reference)]);
}

export function describeImage(image: StageImage): string {
  return code(image.text);
}
