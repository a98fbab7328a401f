/**
 * Adding an item to a YAML list that may be block style (`- a` lines) or flow style (`[a, b]`): the
 * new item is written in the list's own style, plain when the text allows it, quoted otherwise.
 */
import { isSeq, Node } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { insertEdit } from '../../engine/edits';
import type { TextEdit } from '../../engine/types';
import { nodeRange } from '../../model/compose/parse';
import { appendLinesEdit } from './compose-text-edits';

/** The item as YAML: plain when it cannot be misread, double-quoted otherwise. */
export function yamlScalarText(value: string): string {
  return /^[A-Za-z0-9_./+-]+$/.test(value) && !/^[-.]/.test(value) && !/^[0-9.+-]+$/.test(value) ? value : JSON.stringify(value);
}

/** Appends `value` to a list node; undefined when the layout does not allow a clean edit. */
export function appendListItemEdit(document: TextDocument, text: string, list: Node | null | undefined, value: string): TextEdit | undefined {
  if (!isSeq(list) || list.items.length === 0) return undefined;
  const item = yamlScalarText(value);
  if (!list.flow) return appendLinesEdit(document, text, list, [`- ${item}`]);
  const last = nodeRange(list.items[list.items.length - 1] as Node);
  if (!last) return undefined;
  return insertEdit(document, last[1], `, ${item}`);
}
