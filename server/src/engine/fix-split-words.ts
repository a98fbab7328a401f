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
import type { Fix } from './types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class SplitWords {
  /** Start and end offsets of every split word, in document order; computed at the first fix. */
  private spans: number[] | undefined;

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
      for (let k = 0; k < spans.length; k += 2) if (start >= spans[k]! && end <= spans[k + 1]! && end > spans[k]! && start < spans[k + 1]!) return true;
      return false;
    });
  }
}

function splitWordSpans(model: DockerfileModel): number[] {
  const { text } = model;
  const out: number[] = [];
  const add = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) {
        out.push(start, end);
        return;
      }
    }
  };
  const visit = (instruction: InstructionNode) => {
    for (const word of instruction.args) add(word.start, word.end);
    for (const word of instruction.jsonStrings) add(word.start, word.end);
    for (const flag of instruction.flags) add(flag.start, flag.end);
    if (instruction.trigger) visit(instruction.trigger);
  };
  for (const instruction of model.instructions) visit(instruction);
  return out;
}
