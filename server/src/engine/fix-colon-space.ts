/**
 * Keeps a Compose value apart from its key's colon when a fix replaces it.
 *
 * `yaml` reads a lone `\r` after `key:` as part of the value (`restart:\r no` is the value `\r no`), so a value's
 * span can start right after the colon. A fix that replaced that span with the new value wrote `restart:no`, which
 * is no key at all: a plain scalar, and an error where a mapping was. Any edit that starts right after a `:` and
 * replaces the blank there gets a space before its new text; YAML reads `key: value` the same in block and flow
 * style, so the space never changes a value that parsed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from './types';

export function spacedAfterColon(fix: Fix, document: TextDocument): Fix {
  const text = document.getText();
  let edits = fix.edits;
  edits.forEach((edit, i) => {
    const first = edit.newText[0];
    if (first === undefined || BLANK.test(first)) return;
    const start = document.offsetAt(edit.range.start);
    if (text[start - 1] !== ':' || !BLANK.test(text[start] ?? '') || document.offsetAt(edit.range.end) === start) return;
    if (edits === fix.edits) edits = edits.slice();
    edits[i] = { ...edit, newText: ` ${edit.newText}` };
  });
  return edits === fix.edits ? fix : { ...fix, edits };
}

/** What separates a value from its colon. */
const BLANK = /[ \t\r\n]/;
