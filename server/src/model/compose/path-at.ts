/** The YAML path under a document offset: which key or value the cursor is on, for hover, completion and definition. */
import { isMap, isScalar, isSeq, Node } from 'yaml';
import { deref, keyName, nodeRange } from './parse';
import type { ComposeModel } from './types';

export interface PathAt {
  /** From the document root: `['services', 'web', 'ports', 0]`. */
  path: (string | number)[];
  /** On the key of the last segment, or inside its value. */
  on: 'key' | 'value';
  /** Offsets of the key or scalar under the cursor. */
  start: number;
  end: number;
  /** The scalar value under the cursor, when `on` is 'value'. */
  value?: string;
}

export function pathAt(model: ComposeModel, offset: number): PathAt | undefined {
  for (const doc of model.yamlDocs) {
    const range = nodeRange(doc.contents as Node | null);
    if (!range || offset < range[0] || offset > range[1]) continue;
    return walk(doc, doc.contents, [], offset, 0);
  }
  return undefined;
}

function walk(doc: ComposeModel['yamlDocs'][number], node: unknown, path: (string | number)[], offset: number, depth: number): PathAt | undefined {
  if (depth > 64) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyName(pair);
      const keyRange = nodeRange(pair.key as Node | null);
      if (key === undefined || !keyRange) continue;
      if (offset >= keyRange[0] && offset <= keyRange[1]) return { path: [...path, key], on: 'key', start: keyRange[0], end: keyRange[1] };
      const valueRange = nodeRange(pair.value as Node | null);
      if (valueRange && offset >= valueRange[0] && offset <= valueRange[1]) {
        return walk(doc, pair.value, [...path, key], offset, depth + 1);
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const r = nodeRange(node.items[i] as Node | null);
      if (r && offset >= r[0] && offset <= r[1]) return walk(doc, node.items[i], [...path, i], offset, depth + 1);
    }
    return undefined;
  }
  const target = deref(doc, node);
  if (isScalar(node) && node.range) {
    return { path, on: 'value', start: node.range[0], end: node.range[1], value: target && isScalar(target) ? String(target.value) : undefined };
  }
  return undefined;
}
