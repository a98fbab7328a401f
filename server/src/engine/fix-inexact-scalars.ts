/**
 * Which Compose fixes would edit inside a scalar whose text is not its value.
 *
 * Rules find a part of a value (a service name after `service:`, a tag after `:`) by its place in the value and add
 * that to the scalar's start. That is its place in the text only where the text holds the value as it is: not in a
 * double-quoted scalar with an escape (`"servic\x65:vpn"`) or a line break (`"service:\` then `vpn"`), a
 * single-quoted one with `''`, or a plain scalar folded over lines. There `service-reference-undefined` wrote the new
 * name across the line break. So no fix may edit strictly inside such a scalar; the finding stays, without the fix.
 * Replacing a scalar whole is fine, and block scalars (`|`, `>`) are left to the rules, which read them by line.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComposeModel } from '../model/compose/types';
import { partitionPoint } from '../model/sorted';
import type { Fix } from './types';

export function editsInexactScalar(fix: Fix, model: ComposeModel, document: TextDocument): boolean {
  return fix.edits.some((edit) => {
    const start = document.offsetAt(edit.range.start);
    const end = document.offsetAt(edit.range.end);
    const scalar = scalarAround(model, start, end);
    if (!scalar?.range || typeof scalar.value !== 'string') return false;
    const [from, to] = scalar.range;
    if (start === from && end === to) return false;
    if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) return false;
    const quote = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE ? 1 : 0;
    return model.text.slice(from + quote, to - quote) !== scalar.value;
  });
}

/** The scalar whose text holds [start, end] with something of it on either side, found by descending the ranges. */
function scalarAround(model: ComposeModel, start: number, end: number): Scalar | undefined {
  for (const doc of model.yamlDocs) {
    if (!holds(doc.contents as Node | null, start, end)) continue;
    let node = doc.contents as Node | null;
    for (let depth = 0; node && holds(node, start, end) && depth < 300; depth++) {
      if (isScalar(node)) return start > node.range![0] || end < node.range![1] ? node : undefined;
      if (!isMap(node) && !isSeq(node)) return undefined;
      node = childAround(node.items as unknown[], start, end);
    }
    return undefined;
  }
  return undefined;
}

/** True when a node (not an alias, which writes no value of its own) spans [start, end]. */
function holds(node: Node | null, start: number, end: number): boolean {
  const range = node?.range;
  return !!range && !isAlias(node) && start >= range[0] && end <= range[1];
}

/** The key or value (of a mapping) or item (of a list) whose range holds [start, end]; items are in text order. */
function childAround(items: unknown[], start: number, end: number): Node | null {
  // The last item starting at or before `start`, by bisection: a services mapping can have hundreds.
  const item = items[partitionPoint(items, (it) => startOf(it) <= start) - 1];
  if (item === undefined) return null;
  if (!isPair(item)) return item as Node;
  const key = item.key as Node | null;
  if (key?.range && start >= key.range[0] && end <= key.range[1]) return key;
  return (item.value as Node | null) ?? null;
}

function startOf(item: unknown): number {
  const node = (isPair(item) ? item.key ?? item.value : item) as Node | null;
  return node?.range?.[0] ?? -1;
}
