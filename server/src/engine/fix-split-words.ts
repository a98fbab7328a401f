/**
 * Which Dockerfile fixes would edit inside a word split by an escaped line break.
 *
 * `FROM alp\` then a comment line and `ine:3.20` is the image `alpine:3.20`: the word's offsets span three lines.
 * Rules find a part of a word (a tag, a name) by its place in the word's value and add that to the word's start,
 * which lands elsewhere when the word is split: the tag fix of `base-image-end-of-life` wrote `3.23` into the
 * comment line. Replacing such a word whole drops its line break and comment. So no fix may edit inside one; the
 * finding stays, without the fix. Real files split words this way very rarely (a long URL at most). A rule whose
 * fixes read their offsets from the lines themselves says so in its report (`fixesSplitWords`).
 */
import type { DockerfileModel, InstructionNode } from '../model/dockerfile/types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { partitionPoint } from '../model/sorted';
import type { Fix } from './types';

export class SplitWords {
  /** Every split word, in document order; found at the first fix. */
  private spans: Span[] | undefined;

  constructor(
    private readonly model: DockerfileModel,
    private readonly document: TextDocument,
  ) {}

  /** True when an edit of the fix lies within one split word (its whole span included; an insertion at either end is not within). */
  touch(fix: Fix): boolean {
    const spans = (this.spans ??= splitWordSpans(this.model));
    if (spans.length === 0) return false;
    const { document } = this;
    return fix.edits.some((edit) => {
      const start = document.offsetAt(edit.range.start);
      const end = document.offsetAt(edit.range.end);
      // The last split word starting at or before the edit: the spans do not overlap, so only it can hold the edit.
      const k = partitionPoint(spans, (span) => span.start <= start) - 1;
      const word = spans[k];
      return word !== undefined && end <= word.end && end > word.start && start < word.end;
    });
  }
}

interface Span {
  start: number;
  end: number;
}

function splitWordSpans(model: DockerfileModel): Span[] {
  const { text } = model;
  const out: Span[] = [];
  // Looking for a `\r` past the word would read to the end of a file that has none, for every word; and looking
  // for the next `\n` from each word read the rest of a long line once per word (quadratic in a line of thousands).
  const hasCr = text.includes('\r');
  let breaks: number[] | undefined;
  const add = (start: number, end: number) => {
    breaks ??= lineBreaks(text);
    const lf = breaks[partitionPoint(breaks, (b) => b < start)];
    if ((lf !== undefined && lf < end) || (hasCr && text.slice(start, end).includes('\r'))) out.push({ start, end });
  };
  const visit = (instruction: InstructionNode) => {
    // Only an instruction over several lines can split a word.
    if (instruction.line === instruction.endLine) return;
    for (const word of instruction.args) add(word.start, word.end);
    for (const word of instruction.jsonStrings) add(word.start, word.end);
    for (const flag of instruction.flags) add(flag.start, flag.end);
    if (instruction.trigger) visit(instruction.trigger);
  };
  for (const instruction of model.instructions) visit(instruction);
  // Flags, words and JSON strings of an instruction are visited by kind, not in text order, and an exec form's JSON
  // strings lie inside its words: sorted, and merged where one holds another, no two spans overlap.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of out) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The offsets of every `\n` of the text, ascending. */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}
