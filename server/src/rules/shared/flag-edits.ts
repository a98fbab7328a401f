/** Edits on instruction flags. */
import { replaceEdit } from '../../engine/edits';
import type { TextEdit } from '../../engine/types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Flag } from '../../model/dockerfile/types';

/** Deletes a flag and the blanks after it (`FROM --platform=x  node` → `FROM node`). */
export function removeFlagEdit(document: TextDocument, text: string, flag: Flag): TextEdit {
  let end = flag.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return replaceEdit(document, flag.start, end, '');
}
