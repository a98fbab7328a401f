/**
 * YAML documents as comparable data, to check that what our reader and composer build is what `yaml`'s
 * `parseAllDocuments` builds (`test/model/block-yaml.test.ts`, and the fuzz invariants).
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A document's nodes as comparable data: classes, values, sources, ranges, comments, anchors, flow and tags. */
export function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const n = node as Node & { flow?: boolean; format?: string; minFractionDigits?: number; source?: unknown };
  const common = { class: n.constructor.name, keys: Object.keys(n).sort(), range: n.range, comment: n.comment, commentBefore: n.commentBefore, spaceBefore: n.spaceBefore, anchor: n.anchor, tag: n.tag };
  if (isMap(node) || isSeq(node)) return { ...common, flow: n.flow, items: node.items.map((i) => (isMap(node) ? [shape((i as { key: Node }).key), shape((i as { value: Node }).value)] : shape(i))) };
  // A merge key's value is a new symbol in every parse.
  if (isScalar(node)) return { ...common, value: typeof node.value === 'symbol' ? String(node.value) : node.value, type: node.type, source: n.source, format: n.format, minFractionDigits: n.minFractionDigits };
  return { ...common, other: String(node) };
}

/**
 * A document as comparable data: its nodes, range, comments, directives, errors and warnings by code and place, and
 * the text `yaml` writes from it.
 */
export function documentShape(doc: Document): unknown {
  let written: string | undefined;
  try {
    written = doc.errors.length === 0 ? String(doc) : undefined;
  } catch (e) {
    written = `throws ${(e as Error).message}`; // an alias without its anchor
  }
  return [shape(doc.contents), doc.range, doc.commentBefore, doc.comment, doc.directives?.docStart, doc.directives?.docEnd, doc.errors.map((e) => [e.code, e.pos, e.message]), doc.warnings.map((w) => [w.code, w.pos, w.message]), written];
}
