import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';

/** BuildKit's scanner refuses longer lines. */
export const MAX_LINE_BYTES = 65535;

export const meta: DockerfileRuleMeta = {
  id: 'line-exceeds-builder-limit',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'A line is longer than the 65,535 bytes the builder accepts.',
  docs: {
    description:
      'BuildKit reads a Dockerfile line by line with a fixed buffer and stops with "dockerfile line greater than max ' +
      'allowed size" on any physical line longer than 65,535 bytes. Such lines are usually generated or pasted ' +
      'content (a base64 blob, a huge `ENV`): split them with `\\` continuations or move the data into a file you `COPY`.',
    incorrect: `FROM alpine:3.20\nENV BLOB=${'x'.repeat(65540)}`,
    correct: 'FROM alpine:3.20\nCOPY blob.txt /etc/blob.txt',
    notes: 'Lines inside heredoc bodies count too: the builder reads them with the same scanner.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  // Fast path: no line can be too long when the whole file is short enough (a UTF-16 unit is at most 3 UTF-8 bytes).
  if (text.length * 3 <= MAX_LINE_BYTES || Buffer.byteLength(text, 'utf8') <= MAX_LINE_BYTES) return;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text[end - 1] === '\r' ? end - 1 : end;
    if (lineEnd - start > MAX_LINE_BYTES / 4 && Buffer.byteLength(text.slice(start, lineEnd), 'utf8') > MAX_LINE_BYTES) {
      let bytes = 0;
      let k = start;
      while (k < lineEnd && bytes + Buffer.byteLength(text[k], 'utf8') <= MAX_LINE_BYTES) bytes += Buffer.byteLength(text[k++], 'utf8');
      const total = Buffer.byteLength(text.slice(start, lineEnd), 'utf8');
      ctx.report({
        range: ctx.range(k, lineEnd),
        message: `This line is ${total.toLocaleString('en-US')} bytes long; the builder refuses lines over 65,535 bytes.`,
      });
    }
    start = end + 1;
  }
}
