/**
 * Writes a fix's new lines with the document's line breaks.
 *
 * Rules build their new text with `\n`; most ask `eolOf` first, but a few did not (a line appended to a heredoc
 * body, `set -e` at the top of a script, a new ENV line, the `# escape=` directive), and in a CRLF file they left
 * one line ending in `\n` among lines ending in `\r\n`. A bare `\n` in a CRLF document is a line break either way,
 * so every such `\n` in an edit's new text becomes `\r\n` there.
 */
import type { Fix } from './types';

export function withLineBreaksOf(fix: Fix, eol: string): Fix {
  if (eol !== '\r\n' || !fix.edits.some((e) => BARE_LF.test(e.newText))) return fix;
  return { ...fix, edits: fix.edits.map((e) => (BARE_LF.test(e.newText) ? { ...e, newText: e.newText.replace(BARE_LF_ALL, '\r\n') } : e)) };
}

/** A `\n` that no `\r` comes before. */
const BARE_LF = /(?:^|[^\r])\n/;
const BARE_LF_ALL = /(?<!\r)\n/g;
