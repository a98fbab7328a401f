/**
 * Keeps the comment lines that a Dockerfile fix would delete from inside an instruction.
 *
 * The builder drops comment lines between an instruction's continuation lines (`RUN a \` / `# why` / `  b`), so
 * people use them to explain long RUNs. A fix that rewrites or deletes such an instruction replaced its whole span,
 * comment lines included: converting to exec form, joining a RUN with the one before it, moving `apt-get update`
 * into the installing RUN. Those comments are the user's, and no fix title says they go. Each one is written
 * above the instruction instead, with the instruction's indentation. Comments the new text already holds, and
 * comments between instructions, are left to the fix.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Comment, DockerfileModel } from '../model/dockerfile/types';
import { partitionPoint } from '../model/sorted';
import type { PositionFinder } from './positions';
import type { Fix, TextEdit } from './types';

/** A comment line inside an instruction, and the instruction's first line. */
interface InnerComment {
  comment: Comment;
  /** Where the instruction's first line starts. */
  lineStart: number;
  /** The blanks before the instruction's keyword. */
  indent: string;
}

/** A comment shaped like a parser directive (`# syntax=…`): written above the first instruction, it would become one. */
const DIRECTIVE_SHAPED = /^#\s*[A-Za-z][\w-]*\s*=/;

export class FixCommentKeeper {
  private inner: InnerComment[] | undefined;

  constructor(
    private readonly model: DockerfileModel,
    private readonly document: TextDocument,
    private readonly positions: PositionFinder,
  ) {}

  /** The fix, with an edit that writes above the instruction each inner comment line its edits would delete. */
  keep(fix: Fix): Fix {
    if (fix.edits.length === 0) return fix;
    const inner = (this.inner ??= innerComments(this.model));
    if (inner.length === 0) return fix;
    const { document, model } = this;
    const spans = fix.edits.map((e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)] as const);
    // Lost comments by the offset they are written at.
    const lost = new Map<number, string[]>();
    fix.edits.forEach((edit, i) => {
      const [start, end] = spans[i]!;
      // The comments from the edit's start on (bisected: a file can have thousands, and a fix on every instruction).
      for (let k = partitionPoint(inner, (c) => c.comment.start < start); k < inner.length && inner[k]!.comment.start < end; k++) {
        const at = inner[k]!;
        const { comment } = at;
        if (comment.end > end) continue;
        const line = model.text.slice(comment.start, comment.end);
        if (edit.newText.includes(line)) continue;
        const point = insertionPoint(model.text, at.lineStart, spans);
        if (point <= this.firstInstructionStart() && DIRECTIVE_SHAPED.test(line)) continue;
        const lines = lost.get(point) ?? [];
        lines.push(`${at.indent}${line}${lineBreakAfter(model.text, comment.end)}`);
        lost.set(point, lines);
      }
    });
    if (lost.size === 0) return fix;
    const edits = fix.edits.slice();
    for (const [point, lines] of lost) {
      const text = lines.join('');
      // An edit of the fix that starts there takes the lines first (two edits at one point would have no order).
      const at = edits.findIndex((e, i) => i < spans.length && spans[i]![0] === point);
      if (at >= 0) edits[at] = { ...edits[at]!, newText: text + edits[at]!.newText };
      else {
        const position = this.positions.positionAt(point);
        edits.push({ range: { start: position, end: position }, newText: text } satisfies TextEdit);
      }
    }
    return { ...fix, edits };
  }

  private firstInstructionStart(): number {
    return this.model.instructions[0]?.start ?? this.model.text.length;
  }
}

/** The comment lines that sit between an instruction's first and last line, in order. */
function innerComments(model: DockerfileModel): InnerComment[] {
  const out: InnerComment[] = [];
  const { instructions, comments, text } = model;
  let k = 0;
  for (const comment of comments) {
    while (k < instructions.length && instructions[k]!.end < comment.start) k++;
    const instruction = instructions[k];
    if (!instruction || instruction.start > comment.start) continue;
    const lineStart = text.lastIndexOf('\n', instruction.start - 1) + 1;
    const before = text.slice(lineStart, instruction.start);
    out.push({ comment, lineStart, indent: /^[ \t]*$/.test(before) ? before : '' });
  }
  return out;
}

/**
 * Where lines go above the instruction starting its line at `lineStart`: that line's start, or, where an edit of the
 * fix replaces text across it (a RUN joined to the one before), the start of the line that edit starts on.
 */
function insertionPoint(text: string, lineStart: number, spans: readonly (readonly [number, number])[]): number {
  let point = lineStart;
  for (let moved = true; moved; ) {
    moved = false;
    for (const [start, end] of spans) {
      if (start < point && end > point) {
        point = text.lastIndexOf('\n', start - 1) + 1;
        moved = true;
      }
    }
  }
  return point;
}

/** The line break that ends the comment line (`\n` at the end of the text). */
function lineBreakAfter(text: string, end: number): string {
  return text.startsWith('\r\n', end) ? '\r\n' : '\n';
}
