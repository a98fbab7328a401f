/** Fix builders shared by the Compose reference rules. */
import { isMap } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { eolOf, insertEdit, makeFix } from '../../engine/edits';
import type { Fix } from '../../engine/types';
import { getPair, nodeRange } from '../../model/compose/parse';
import { indentStep } from './compose-text-edits';
import type { ComposeModel } from '../../model/compose/types';

/**
 * Declares `name: {}` under a top-level section (`networks`, `volumes`), appending to a block-style
 * section or adding the section at the end of the file. Unsafe: it creates a resource in the stack.
 */
export function declareTopLevel(model: ComposeModel, document: TextDocument, section: string, name: string): Fix | undefined {
  const root = model.root;
  // A flow root (`{services: …}`, a JSON file) takes no block section after it.
  if (!root || root.flow) return undefined;
  const text = model.text;
  const eol = eolOf(text);
  const entry = /^[A-Za-z0-9._-]+$/.test(name) ? name : JSON.stringify(name);
  const pair = getPair(root, section);
  const title = `Declare ${section.replace(/s$/, '')} ${name} under top-level ${section}`;
  if (!pair) {
    const end = text.length;
    const prefix = text.endsWith('\n') || text === '' ? '' : eol;
    return makeFix(title, 'unsafe', [insertEdit(document, end, `${prefix}${section}:${eol}${indentStep(text)}${entry}: {}${eol}`)]);
  }
  const value = pair.value;
  if (isMap(value) && value.items.length > 0 && !value.flow) {
    const firstKey = nodeRange(value.items[0].key as never);
    const last = value.items[value.items.length - 1];
    const lastEnd = nodeRange(last.value as never)?.[1] ?? nodeRange(last.key as never)?.[1];
    if (!firstKey || lastEnd === undefined) return undefined;
    const indent = text.slice(text.lastIndexOf('\n', firstKey[0] - 1) + 1, firstKey[0]);
    if (indent.trim() !== '') return undefined;
    // Insert after the line holding the end of the last entry.
    let at = text.indexOf('\n', Math.max(lastEnd - 1, 0));
    at = at < 0 ? text.length : at + 1;
    const prefix = at === text.length && !text.endsWith('\n') ? eol : '';
    return makeFix(title, 'unsafe', [insertEdit(document, at, `${prefix}${indent}${entry}: {}${eol}`)]);
  }
  // An empty or flow-style section: leave the edit to the user rather than reformat it.
  return undefined;
}
