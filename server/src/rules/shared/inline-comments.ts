/**
 * Where a `# comment` written after an instruction's arguments starts: the builder reads no comment there, so the
 * text becomes more arguments (`inline-comment`). `exec-form-invalid-json` leaves that text to it.
 */
import type { InstructionNode } from '../../model/dockerfile/types';
import { jsonArrayEnd } from './dockerfile-syntax';

/** Instructions whose arguments the builder reads itself, without a shell that would take `#` as a comment. */
const NOT_SHELL = new Set(['FROM', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'USER', 'WORKDIR', 'VOLUME', 'STOPSIGNAL', 'SHELL', 'HEALTHCHECK', 'MAINTAINER']);

/**
 * Index in the instruction's `argsText` of the first `#` that follows white space, outside quotes, where the builder
 * does not run a shell: anywhere in the arguments of the instructions above, and after the `]` of a JSON array.
 */
export function inlineCommentIndex(i: InstructionNode, escape: string): number | undefined {
  const t = i.argsText.text;
  if (!t.includes('#')) return undefined; // the scans below only ever stop at a `#`
  const trimmed = t.trimStart();
  let from = 0;
  if (trimmed.startsWith('[')) {
    // Exec form: only after the closing bracket.
    const close = jsonArrayEnd(t, t.length - trimmed.length);
    if (close < 0) return undefined;
    from = close + 1;
  } else if (!NOT_SHELL.has(i.keyword)) return undefined;
  else if (i.keyword === 'HEALTHCHECK') {
    const cmd = /(^|\s)CMD(\s|$)/i.exec(t);
    const limit = cmd ? (cmd.index ?? 0) : t.length;
    return scan(t, 0, limit, escape);
  }
  return scan(t, from, t.length, escape);
}

function scan(t: string, from: number, to: number, escape: string): number | undefined {
  let quote = '';
  for (let k = from; k < to; k++) {
    const ch = t[k];
    if (ch === escape && quote !== "'") {
      k++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (k === 0 || /\s/.test(t[k - 1]))) return k;
  }
  return undefined;
}
