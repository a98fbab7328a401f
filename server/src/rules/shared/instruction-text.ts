/**
 * The parts of the document that are instruction text the builder reads: instruction lines, continuation lines and
 * RUN heredoc scripts; not comments, not comment lines inside continuations, not LABEL instructions and not
 * COPY/ADD heredoc bodies (file content). Used by the typography rules.
 */
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';

export interface TextSpan {
  instruction: InstructionNode;
  start: number;
  end: number;
}

export function instructionTextSpans(model: DockerfileModel): TextSpan[] {
  const spans: TextSpan[] = [];
  const text = model.text;
  for (const node of model.instructions) {
    const inner = node.trigger ?? node;
    if (inner.keyword === 'LABEL') continue;
    const fileBodies = inner.keyword === 'COPY' || inner.keyword === 'ADD' ? node.heredocs.concat(inner === node ? [] : inner.heredocs) : [];
    let lineStart = node.start;
    let first = true;
    while (lineStart < node.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > node.end) lineEnd = node.end;
      const line = text.slice(lineStart, lineEnd);
      const isComment = !first && /^\s*#/.test(line);
      const inFileBody = fileBodies.some((h) => h.contentStart >= 0 && lineStart >= h.contentStart && lineStart < Math.max(h.contentEnd, h.delimiterStart));
      if (!isComment && !inFileBody) spans.push({ instruction: inner, start: lineStart, end: lineEnd });
      first = false;
      lineStart = lineEnd + 1;
    }
  }
  return spans;
}
