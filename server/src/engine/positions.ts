/**
 * Document offsets to LSP positions, as `TextDocument.positionAt` gives them, for the ranges of one lint. The search
 * for the line starts at the line found last and widens from there, since a rule's ranges come in runs on nearby
 * lines (a finding, its related places, the next service). `positionAt` searches every line start each time: in the
 * bench's 13,000-line Compose file that took 0.2 µs an offset, four times what it takes in a small file, and made
 * turning a large file's findings into ranges cost more than finding most of them.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from './types';

export class PositionFinder {
  /** The line of the last offset found. */
  private line = 0;

  constructor(private readonly document: TextDocument) {}

  positionAt(offset: number): Position {
    const document = this.document;
    const text = document.getText();
    const at = Math.max(Math.min(offset, text.length), 0);
    const lineCount = document.lineCount;
    const hint = Math.min(this.line, lineCount - 1);
    // The line is the last one starting at or before `at`: between `below` (starts at or before) and `above`
    // (starts after, or past the last line), found by steps of doubling length from the hint, then halving.
    let below: number;
    let above: number;
    if (lineStart(document, hint) <= at) {
      below = hint;
      let step = 1;
      while (below + step < lineCount && lineStart(document, below + step) <= at) {
        below += step;
        step *= 2;
      }
      above = Math.min(below + step, lineCount);
    } else {
      above = hint;
      let step = 1;
      while (above - step > 0 && lineStart(document, above - step) > at) {
        above -= step;
        step *= 2;
      }
      below = Math.max(above - step, 0);
    }
    while (above - below > 1) {
      const middle = (below + above) >>> 1;
      if (lineStart(document, middle) <= at) below = middle;
      else above = middle;
    }
    this.line = below;
    const start = lineStart(document, below);
    // `positionAt` puts an offset inside a line break (between `\r` and `\n`) before it.
    let character = at - start;
    while (character > 0 && isLineBreak(text.charCodeAt(start + character - 1))) character--;
    return { line: below, character };
  }
}

function lineStart(document: TextDocument, line: number): number {
  return document.offsetAt({ line, character: 0 });
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13;
