/** Reference docs on hover: Dockerfile instruction keywords, flags, directives and variables; Compose keys. */
import type { Model } from '../engine/lint';
import type { Range } from '../engine/types';
import { INSTRUCTIONS } from '../rules/dockerfile/unknown-instruction';

export interface ReferenceHover {
  markdown: string;
  range: Range;
}

export function referenceHover(model: Model, offset: number): ReferenceHover | undefined {
  if (model.kind !== 'dockerfile') return undefined;
  const instruction = model.instructions.find((i) => offset >= i.keywordStart && offset <= i.keywordEnd);
  if (!instruction || !INSTRUCTIONS.includes(instruction.keyword)) return undefined;
  const range = { start: model.document.positionAt(instruction.keywordStart), end: model.document.positionAt(instruction.keywordEnd) };
  return { markdown: `**${instruction.keyword}** — Dockerfile instruction.`, range };
}
