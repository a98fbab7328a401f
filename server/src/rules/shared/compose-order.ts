/** Shared by the ordering style rules: find the first entry out of order and build the reordering fix. */
import { Node, Pair, YAMLMap, YAMLSeq, isMap } from 'yaml';
import { makeFix } from '../../engine/edits';
import type { RuleContext } from '../../engine/rule';
import type { ComposeModel } from '../../model/compose/types';
import { nodeRange } from '../../model/compose/parse';
import { reorderEdit, sortedOrder } from './compose-text-edits';

/** Plain code-point order, case-insensitive first: stable across machines (no locale). */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reports the first entry of `collection` that sorts before its predecessor, with a fix that sorts all
 * entries. `keys[i]` is the sort key of item i; `describe(i, j)` words the message for item i that
 * belongs before item j.
 */
export function reportOrder<K>(
  ctx: RuleContext<ComposeModel>,
  collection: YAMLMap | YAMLSeq,
  keys: K[],
  compare: (a: K, b: K) => number,
  describe: (i: number, before: number) => string,
  fixTitle: string,
): void {
  const order = sortedOrder(keys, compare);
  if (order.every((v, i) => v === i)) return;
  let bad = -1;
  for (let i = 1; i < keys.length; i++) {
    if (compare(keys[i], keys[i - 1]) < 0) {
      bad = i;
      break;
    }
  }
  if (bad < 0) return;
  // The entry it belongs before: the first earlier one that sorts after it.
  const before = keys.findIndex((k, j) => j < bad && compare(keys[bad], k) < 0);
  const item = collection.items[bad] as Pair | Node;
  const r = isMap(collection) ? nodeRange((item as Pair).key as Node) : nodeRange(item as Node);
  if (!r) return;
  // No line-wise move in a file whose YAML does not parse: the lines around the error may belong elsewhere.
  const edit = ctx.model.errors.length > 0 ? undefined : reorderEdit(ctx.document, ctx.model.text, collection, order);
  ctx.report({ range: ctx.range(r[0], r[1]), message: describe(bad, before), fix: edit ? makeFix(fixTitle, 'safe', [edit]) : undefined });
}
