/**
 * A piece of document text rewritten for analysis (continuations joined, comment lines dropped)
 * that still knows where every character came from, so findings land on the real document offsets.
 */
export interface MappedText {
  text: string;
  /** Document offset of each character of `text`. */
  offsets: number[];
  /** Document offset just after the last character. */
  endOffset: number;
}

export function mappedSlice(source: MappedText, start: number, end: number): MappedText {
  return {
    text: source.text.slice(start, end),
    offsets: source.offsets.slice(start, end),
    endOffset: end < source.text.length ? source.offsets[end] : source.endOffset,
  };
}

/** Document offsets [start, end) of the characters [start, end) of a mapped text. */
export function docSpan(source: MappedText, start: number, end: number): [number, number] {
  const docStart = start < source.offsets.length ? source.offsets[start] : source.endOffset;
  const docEnd = end > start ? source.offsets[end - 1] + 1 : docStart;
  return [docStart, docEnd];
}

/** Text copied verbatim from the document. */
export function contiguous(text: string, docOffset: number): MappedText {
  const offsets = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) offsets[i] = docOffset + i;
  return { text, offsets, endOffset: docOffset + text.length };
}

/**
 * Joins an instruction's physical lines the way the builder does: `<escape><spaces>\n` is removed,
 * and lines inside the continuation that hold only a comment are dropped.
 */
export function joinContinuations(doc: string, start: number, end: number, escape: string): MappedText {
  // Copied in runs between continuations (most instructions are one run): no per-character string building.
  let text = '';
  const offsets: number[] = [];
  let runStart = start;
  let i = start;
  const copyRun = (runEnd: number) => {
    if (runEnd <= runStart) return;
    text += doc.slice(runStart, runEnd);
    for (let k = runStart; k < runEnd; k++) offsets.push(k);
  };
  while (i < end) {
    i = doc.indexOf(escape, i);
    if (i < 0 || i >= end) break;
    let j = i + 1;
    while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
    if (j < end && (doc[j] === '\n' || doc[j] === '\r')) {
      copyRun(i);
      if (doc[j] === '\r' && doc[j + 1] === '\n') j++;
      i = runStart = skipCommentLines(doc, j + 1, end);
      continue;
    }
    if (j >= end) {
      // A trailing escape (and blanks) at the very end: the text stops before it.
      copyRun(i);
      return { text, offsets, endOffset: end };
    }
    i++;
  }
  copyRun(end);
  return { text, offsets, endOffset: end };
}

function skipCommentLines(doc: string, lineStart: number, end: number): number {
  let i = lineStart;
  for (;;) {
    let j = i;
    while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
    if (j < end && (doc[j] === '#' || doc[j] === '\n' || doc[j] === '\r')) {
      // Comment lines and blank lines inside a continuation are not part of the instruction.
      while (j < end && doc[j] !== '\n') j++;
      i = j + 1;
      continue;
    }
    return i;
  }
}
