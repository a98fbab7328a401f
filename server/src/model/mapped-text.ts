/**
 * A piece of document text rewritten for analysis (continuations joined, comment lines dropped)
 * that still knows where every character came from, so findings land on the real document offsets.
 */
export interface MappedText {
  text: string;
  /**
   * Where the characters came from, as runs copied verbatim: pairs `[textIndex, docOffset]` in order, each run
   * going on to the next one's text index (one pair for most texts; a per-character array was much garbage).
   */
  runs: number[];
  /** Document offset just after the last character. */
  endOffset: number;
}

/** Document offset of character `k` of a mapped text (`endOffset` past its end). */
export function docOffset(source: MappedText, k: number): number {
  if (k >= source.text.length) return source.endOffset;
  const runs = source.runs;
  // The last run that starts at or before k (runs are few: a binary search over pairs).
  let low = 0;
  let high = runs.length / 2 - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[2 * mid] <= k) low = mid;
    else high = mid - 1;
  }
  return runs[2 * low + 1] + (k - runs[2 * low]);
}

export function mappedSlice(source: MappedText, start: number, end: number): MappedText {
  const runs: number[] = [];
  const { runs: from } = source;
  for (let r = 0; r < from.length; r += 2) {
    const runEnd = r + 2 < from.length ? from[r + 2] : source.text.length;
    if (runEnd <= start || from[r] >= end) continue;
    const first = Math.max(from[r], start);
    runs.push(first - start, from[r + 1] + (first - from[r]));
  }
  return { text: source.text.slice(start, end), runs, endOffset: docOffset(source, end) };
}

/** Document offsets [start, end) of the characters [start, end) of a mapped text. */
export function docSpan(source: MappedText, start: number, end: number): [number, number] {
  const docStart = docOffset(source, start);
  const docEnd = end > start ? docOffset(source, end - 1) + 1 : docStart;
  return [docStart, docEnd];
}

/** Text copied verbatim from the document. */
export function contiguous(text: string, docOffset: number): MappedText {
  return { text, runs: [0, docOffset], endOffset: docOffset + text.length };
}

/**
 * Joins an instruction's physical lines the way the builder does: `<escape><spaces>\n` is removed,
 * and lines inside the continuation that hold only a comment are dropped.
 */
export function joinContinuations(doc: string, start: number, end: number, escape: string): MappedText {
  // The document ranges [from, to) of the runs before the last one, as flat pairs: most instructions have none.
  let ranges: number[] | undefined;
  let runStart = start;
  let runEnd = end;
  let i = start;
  while (i < end) {
    // A bounded search: indexOf would run on to the end of the file for every instruction without an escape.
    while (i < end && doc[i] !== escape) i++;
    if (i >= end) break;
    // An escape right after another one is no line continuation (the builder's test; scan.ts ends the instruction).
    if (i > start && doc[i - 1] === escape) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
    if (j < end && (doc[j] === '\n' || doc[j] === '\r')) {
      if (i > runStart) (ranges ??= []).push(runStart, i);
      if (doc[j] === '\r' && doc[j + 1] === '\n') j++;
      i = runStart = skipCommentLines(doc, j + 1, end);
      continue;
    }
    if (j >= end) {
      // A trailing escape (and blanks) at the very end: the text stops before it.
      runEnd = i;
      break;
    }
    i++;
  }
  if (ranges === undefined) {
    // One run (or none): one slice, and a literal for the runs, as push would reserve 17 slots.
    return runEnd > runStart ? { text: doc.slice(runStart, runEnd), runs: [0, runStart], endOffset: end } : { text: '', runs: [], endOffset: end };
  }
  if (runEnd > runStart) ranges.push(runStart, runEnd);
  // Copied run by run (no per-character string building), into runs of the exact size.
  let text = '';
  const runs = new Array<number>(ranges.length);
  for (let r = 0; r < ranges.length; r += 2) {
    runs[r] = text.length;
    runs[r + 1] = ranges[r];
    text += doc.slice(ranges[r], ranges[r + 1]);
  }
  return { text, runs, endOffset: end };
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
