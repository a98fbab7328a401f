/** Helpers rules use to build fixes from document offsets. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { perLastText } from '../model/once-per';
import type { FileChange, Fix, FixSafety, TextEdit } from './types';

/** The byte order mark (U+FEFF). */
const BOM = 0xfeff;

export function replaceEdit(document: TextDocument, start: number, end: number, newText: string): TextEdit {
  // A byte order mark belongs to the file, not to its first line: an edit at the start of the text goes after it.
  // (A line inserted before it moved it into the text, where the builder reads it as part of an instruction.)
  if (start === 0 && document.getText().charCodeAt(0) === BOM && newText.charCodeAt(0) !== BOM) {
    start = 1;
    end = Math.max(end, 1);
  }
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText };
}

export function insertEdit(document: TextDocument, offset: number, newText: string): TextEdit {
  return replaceEdit(document, offset, offset, newText);
}

/** A fix; unsafe fixes get the "(unsafe)" prefix in their title so users see it everywhere. */
export function makeFix(title: string, safety: FixSafety, edits: TextEdit[], files?: FileChange[]): Fix {
  const fix: Fix = { title: safety === 'unsafe' && !title.startsWith('(unsafe)') ? `(unsafe) ${title}` : title, safety, edits };
  if (files && files.length > 0) fix.files = files;
  return fix;
}

/** Offsets of the whole line holding `offset`, including its line break. */
export function lineSpan(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  end = end < 0 ? text.length : end + 1;
  return [start, end];
}

/** Whether text inserted at `at` needs a line break first: `at` is not at the start of a line. */
export function needsBreakBefore(text: string, at: number): boolean {
  return at > 0 && text[at - 1] !== '\n';
}

/** The indentation (spaces and tabs) at the start of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** The line break the document uses (a `\r\n` anywhere makes it `\r\n`). */
export const eolOf: (text: string) => string = perLastText((text) => (text.includes('\r\n') ? '\r\n' : '\n'));
