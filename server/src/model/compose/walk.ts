/**
 * One walk over a YAML document, done once and shared: the model's alias index and several yaml-* rules
 * each used to run yaml's `visit`, which freezes a fresh ancestry array at every node.
 */
import { Alias, Document, isAlias, isCollection, isMap, isPair, isScalar, Node, Pair, YAMLMap } from 'yaml';
import { oncePer } from '../once-per';

export interface DocumentWalk {
  /** Every mapping, in `visit` order (pre-order, a pair's key before its value). */
  maps: YAMLMap[];
  /** Every pair, in `visit` order. */
  pairs: Pair[];
  /** Every alias, in `visit` order. */
  aliases: Alias[];
  /** Every node or pair that carries an anchor or a tag, in `visit` order. */
  withProps: (Node & { anchor?: string; tag?: string })[];
  /** Each alias with the node it names: the last node anchored with its name before it (`Alias.resolve`). */
  aliasTargets: Map<Alias, Node>;
}

/** The walk of a document, computed once per document. */
export const walkDocument: (doc: Document) => DocumentWalk = oncePer(build);

function build(doc: Document): DocumentWalk {
  const walk: DocumentWalk = { maps: [], pairs: [], aliases: [], withProps: [], aliasTargets: new Map() };
  const latest = new Map<string, Node>();
  // An explicit stack in `visit` order: children pushed last-first. Deep documents cannot overflow it.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop() as (Node & { anchor?: string; tag?: string }) | Pair | null | undefined;
    if (!node || typeof node !== 'object') continue;
    // Scalars first: most nodes are one, and only their anchor or tag matters here.
    if (isScalar(node)) {
      if (node.anchor || node.tag) {
        walk.withProps.push(node);
        if (node.anchor) latest.set(node.anchor, node);
      }
      continue;
    }
    if (isPair(node)) {
      walk.pairs.push(node);
      stack.push(node.value, node.key);
      continue;
    }
    if (isAlias(node)) {
      walk.aliases.push(node);
      const target = latest.get(node.source);
      if (target) walk.aliasTargets.set(node, target);
    }
    const n = node as Node & { anchor?: string; tag?: string };
    if (n.anchor || n.tag) {
      walk.withProps.push(n);
      if (n.anchor && isCollection(n)) latest.set(n.anchor, n);
    }
    if (isCollection(node)) {
      if (isMap(node)) walk.maps.push(node);
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    }
  }
  return walk;
}
