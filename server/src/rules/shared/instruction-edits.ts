/**
 * Edits several rules build: deleting an instruction's lines, removing one word with its leading space, and whether a
 * word's span may be replaced.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { eolOf, lineSpan, replaceEdit } from '../../engine/edits';
import type { TextEdit } from '../../engine/types';
import type { InstructionNode } from '../../model/dockerfile/types';

/**
 * Whether the text holds `value` verbatim between the offsets: a word with no escape or escaped line break inside.
 * Only then may a fix replace that span with a new word; `py\` then a comment line and `THON` is the word `pyTHON`,
 * and replacing its span drops the line break and the comment.
 */
export function writtenAs(text: string, start: number, end: number, value: string): boolean {
  return end - start === value.length && text.startsWith(value, start);
}

/** Offsets of the whole lines an instruction occupies, last line break included. */
export function instructionLines(text: string, i: InstructionNode): [number, number] {
  const [start] = lineSpan(text, i.start);
  const [, end] = lineSpan(text, Math.max(i.start, i.end - 1));
  return [start, end];
}

/** Deletes the instruction's lines. */
export function deleteInstructionEdit(document: TextDocument, i: InstructionNode): TextEdit {
  const [start, end] = instructionLines(document.getText(), i);
  return replaceEdit(document, start, end, '');
}

/** Replaces the instruction's lines with `lines` (each ends with the document's line break). */
export function replaceInstructionEdit(document: TextDocument, i: InstructionNode, lines: string[]): TextEdit {
  const text = document.getText();
  const [start, end] = instructionLines(text, i);
  const eol = eolOf(text);
  const last = text.slice(start, end).endsWith('\n');
  return replaceEdit(document, start, end, lines.join(eol) + (last ? eol : ''));
}

/** Removes [start, end) and the blanks before it (or after it, when it starts the line's text). */
export function removeWordEdit(document: TextDocument, start: number, end: number): TextEdit {
  const text = document.getText();
  let s = start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  let e = end;
  if (s === start || text[s - 1] === '\n') {
    s = start;
    while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  }
  return replaceEdit(document, s, e, '');
}
