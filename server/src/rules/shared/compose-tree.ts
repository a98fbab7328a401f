/**
 * The plain value of each Compose document as Compose sees it (aliases expanded, `<<` merges applied,
 * `!reset` values dropped), with a map from every path back to the YAML nodes it came from, so a
 * problem found on the value can be reported on the exact key or scalar. Expansion is counted like
 * compose-go's node-visit budget: an alias bomb stops at the limit instead of hanging the server.
 */
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Pair, YAMLMap } from 'yaml';
import type { ComposeModel } from '../../model/compose/types';
import { aliasTarget } from '../../model/compose/parse';
import { oncePer } from '../../model/once-per';

/** compose-go's limit on visited nodes during alias and merge expansion. */
export const NODE_VISIT_LIMIT = 100_000;
/** Deeper values are left out: no Compose file nests this deep, and recursing further overflows the stack. */
export const MAX_DEPTH = 256;

export interface TreeEntry {
  /** The key naming this value (absent for the root and list items). */
  readonly key?: Node;
  /** The value node (null for `key:` with nothing after it). */
  readonly value: Node | null;
  /** Reached through an alias or a merge key: the node sits at the anchor, not where it lands. */
  readonly viaAlias: boolean;
}

/** Up to this many children are searched in a list; more go into a Map. */
const LISTED_CHILDREN = 8;

/**
 * The entry of one path of the value, in a tree of paths: a child per key or index. Looking a path up
 * segment by segment spares building and hashing a string per node (this index is built for every node
 * of every file). A path converted twice (a merged key written again) keeps its place and takes the
 * latest entry; deeper paths of the value it replaced stay, as they did when this was a flat map.
 *
 * A plain object made by `newEntry`'s literal, not a class instance: V8 allocates the objects of a literal that
 * keep surviving straight into the old generation, and a large file's entries all live through its lint. Class
 * instances are always made young, so every young-generation collection during a lint copied them.
 */
export interface PathEntry extends TreeEntry {
  key: Node | undefined;
  value: Node | null;
  viaAlias: boolean;
  readonly parent: PathEntry | undefined;
  readonly segment: string | number | undefined;
  /**
   * Entries one segment deeper: the only one, a list of a few, or by segment once there are many. Most collections
   * have one to a handful of items; a Map costs ~200 bytes, and this index lives through the lint for every node of
   * the file. Index and key segments differ (`0` is not `"0"`), as in a path.
   */
  children: PathEntry | PathEntry[] | Map<string | number, PathEntry> | undefined;
}

function newEntry(parent: PathEntry | undefined, segment: string | number | undefined): PathEntry {
  return { key: undefined, value: null, viaAlias: false, parent, segment, children: undefined };
}

/** The entry one segment below `entry`, if there is one. */
export function childEntry(entry: PathEntry | undefined, segment: string | number): PathEntry | undefined {
  const children = entry?.children;
  if (children === undefined) return undefined;
  if (Array.isArray(children)) {
    for (let i = 0; i < children.length; i++) if (children[i]!.segment === segment) return children[i];
    return undefined;
  }
  if (children instanceof Map) return children.get(segment);
  return children.segment === segment ? children : undefined;
}

/** Adds an entry one segment deeper, whose segment no child has yet. */
function addChild(parent: PathEntry, entry: PathEntry): void {
  const children = parent.children;
  if (children === undefined) parent.children = entry;
  else if (Array.isArray(children)) {
    if (children.length < LISTED_CHILDREN) parent.children = withOneMore(children, entry);
    else parent.children = new Map(children.map((c) => [c.segment!, c] as const)).set(entry.segment!, entry);
  } else if (children instanceof Map) children.set(entry.segment!, entry);
  else parent.children = [children, entry];
}

/** The path of an entry from the document root. */
export function pathOf(entry: PathEntry): (string | number)[] {
  const out: (string | number)[] = [];
  for (let at: PathEntry | undefined = entry; at?.parent; at = at.parent) out.push(at.segment as string | number);
  return out.reverse();
}

/**
 * A new list of `list`'s entries and `entry`, of exactly that length: a push would reserve room for 19, and so did a
 * spread into a literal.
 */
function withOneMore(list: PathEntry[], entry: PathEntry): PathEntry[] {
  const out = new Array<PathEntry>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  out[list.length] = entry;
  return out;
}

export interface TreeDocument {
  doc: Document.Parsed;
  /** The plain value (`undefined` when the document is empty). */
  value: unknown;
  /** The entry of the root (`undefined` when the document is empty). */
  root: PathEntry | undefined;
  /** Every entry, in the order their paths were first reached. */
  entries: readonly PathEntry[];
}

export interface ComposeTree {
  docs: TreeDocument[];
  /** Set when expansion passed {@link NODE_VISIT_LIMIT}: the alias whose expansion crossed it. */
  exceededAt?: Node;
}

/** True for a `<<` merge key. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.source === '<<'));
}

/** The text of a scalar key ('' for a non-scalar or empty key). */
export function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key) && key.value !== null && key.value !== undefined && typeof key.value !== 'symbol') return String(key.value);
  return '';
}

const RESET = Symbol('reset');

/**
 * A new empty `{}` for the value of a mapping `depth` levels below the document's root.
 *
 * The sections (`services`, `networks`, `volumes`, …, at depth 1) are keyed by names the user chose, often hundreds
 * of them. Their objects are in dictionary mode from the start (V8 keeps an object made without a prototype that
 * way; the usual prototype is set back, so it behaves exactly as `{}`): a plain `{}` built a new hidden class for
 * every name.
 *
 * Every other mapping gets a plain `{}`. Most are keyed by Compose's own names (a service's `image`, `ports`, …) in
 * a few orders, so they share hidden classes, and they are made and read faster than dictionaries: a whole Compose
 * lint took about 0.88 of the time. V8 turns one that gets many keys (a long `environment`) into a dictionary itself.
 */
function emptyRecord(depth: number): Record<string, unknown> {
  return depth === 1 ? (Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>) : {};
}

/**
 * Sets a key of a mapping's value. A key named `__proto__` (a valid service or variable name) is defined as an own
 * property: assigned, it would replace the object's prototype and vanish from the value.
 */
function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}

class BudgetExceeded extends Error {
  constructor(readonly at: Node | undefined) {
    super('node visit limit');
  }
}

/** The Compose value tree of the model, computed once per model. */
export const composeTree: (model: ComposeModel) => ComposeTree = oncePer(build);

function build(model: ComposeModel): ComposeTree {
  const tree: ComposeTree = { docs: [] };
  let visits = 0;
  for (const doc of model.yamlDocs) {
    let root: PathEntry | undefined;
    const entries: PathEntry[] = [];
    // The entry of a path (`segment` under `parent`; the root when there is no parent), made when first reached.
    const entryFor = (parent: PathEntry | undefined, segment: string | number | undefined): PathEntry => {
      if (!parent) {
        if (!root) entries.push((root = newEntry(undefined, undefined)));
        return root;
      }
      let entry = childEntry(parent, segment as string | number);
      if (!entry) {
        entry = newEntry(parent, segment);
        addChild(parent, entry);
        entries.push(entry);
      }
      return entry;
    };
    let currentAlias: Node | undefined;
    // One step of an alias, through the model's per-document anchor index (yaml's own lookup scans the document).
    const resolveAlias = (alias: Alias): Node | undefined => aliasTarget(doc, alias);
    // Collections being converted right now, outermost first: an alias to one of them (`a: &a [*a]`) is a cycle. A
    // stack, as they nest: a Set churned by an add and a delete per collection kept rehashing.
    const active: Node[] = [];
    // A node's path travels as its parent's entry and its own segment.
    const convert = (
      node: unknown,
      parent: PathEntry | undefined,
      segment: string | number | undefined,
      depth: number,
      keyNode: Node | undefined,
      viaAlias: boolean,
    ): unknown => {
      if (++visits > NODE_VISIT_LIMIT) throw new BudgetExceeded(currentAlias);
      if (depth > MAX_DEPTH) return undefined;
      if (isAlias(node)) {
        const target = resolveAlias(node as Alias);
        if (!target || active.includes(target)) return undefined;
        const outer = currentAlias;
        currentAlias ??= node as Node;
        try {
          return convert(target, parent, segment, depth, keyNode, true);
        } finally {
          currentAlias = outer;
        }
      }
      const n = (node ?? null) as Node | null;
      const entry = entryFor(parent, segment);
      entry.key = keyNode;
      entry.value = n;
      entry.viaAlias = viaAlias;
      if (n && (n as { tag?: string }).tag === '!reset') return RESET;
      // Scalars first: most nodes are one.
      if (isScalar(n)) return typeof n.value === 'symbol' ? String(n.value.description) : n.value;
      if (n && (isMap(n) || isSeq(n))) {
        active.push(n);
        try {
          if (isMap(n)) return convertMap(n, entry, depth, viaAlias, emptyRecord(depth));
          // Sized up front (a push onto `[]` reserves 16 slots); shortened when `!reset` items are left out.
          const out: unknown[] = new Array(n.items.length);
          let length = 0;
          for (const item of n.items) {
            const v = convert(item, entry, length, depth + 1, undefined, viaAlias);
            if (v !== RESET) out[length++] = v;
          }
          out.length = length;
          return out;
        } finally {
          active.pop();
        }
      }
      return null;
    };
    // `skip`: keys not to convert because an earlier merge source gave them already, so the entries of their paths
    // keep pointing at the nodes their values come from. (Keys written in the merging mapping are converted after
    // the merges and take their entries back.)
    const convertMap = (map: YAMLMap, entry: PathEntry, depth: number, viaAlias: boolean, out: Record<string, unknown>, skip?: ReadonlySet<string>): Record<string, unknown> => {
      let explicit: Set<string> | undefined;
      for (const pair of map.items) {
        if (!isPair(pair) || !isMergeKey(pair.key)) continue;
        explicit ??= explicitKeys(map);
        // Earlier merge sources win over later ones; explicit keys win over all.
        const outer = currentAlias;
        currentAlias ??= pair.key as Node;
        for (const source of mergeSources(resolveAlias, pair.value)) {
          if (++visits > NODE_VISIT_LIMIT) throw new BudgetExceeded(currentAlias);
          if (active.includes(source)) continue; // `a: &a {<<: *a}` merges itself: a cycle
          active.push(source);
          let merged: Record<string, unknown>;
          const taken = new Set(skip);
          for (const k of Object.keys(out)) taken.add(k);
          try {
            merged = convertMap(source, entry, depth, true, emptyRecord(depth), taken);
          } finally {
            active.pop();
          }
          // Own keys only: a merged key named like an Object.prototype member (`toString`) is not already there.
          for (const k of Object.keys(merged)) if (!explicit.has(k) && !Object.hasOwn(out, k)) setKey(out, k, merged[k]);
        }
        currentAlias = outer;
      }
      for (const pair of map.items) {
        if (!isPair(pair) || isMergeKey(pair.key)) continue;
        const name = keyText(pair as Pair);
        if (skip?.has(name)) continue;
        const v = convert(pair.value, entry, name, depth + 1, (pair.key ?? undefined) as Node | undefined, viaAlias);
        if (v === RESET) delete out[name];
        else setKey(out, name, v);
      }
      return out;
    };
    try {
      const value = doc.contents === null || doc.contents === undefined ? undefined : convert(doc.contents, undefined, undefined, 0, undefined, false);
      tree.docs.push({ doc, value: value === RESET ? undefined : value, root, entries });
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
      tree.exceededAt = e.at ?? (doc.contents as Node);
      return tree;
    }
  }
  return tree;
}

/** The mappings a merge key's value names: one, or a sequence of them (aliases followed, anything else left out). */
function mergeSources(resolveAlias: (a: Alias) => Node | undefined, value: unknown): YAMLMap[] {
  const v = isAlias(value) ? resolveAlias(value as Alias) : value;
  if (!isSeq(v)) return isMap(v) ? [v] : [];
  const out: YAMLMap[] = [];
  for (const item of v.items) {
    const resolved = isAlias(item) ? resolveAlias(item as Alias) : item;
    if (isMap(resolved)) out.push(resolved);
  }
  return out;
}

/** The texts of a mapping's keys other than merge keys. */
function explicitKeys(map: YAMLMap): Set<string> {
  const keys = new Set<string>();
  for (const p of map.items) if (!isMergeKey(p.key)) keys.add(keyText(p as Pair));
  return keys;
}

/** Offsets of a node, or undefined when it has no source range. */
export function spanOf(node: Node | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** The entry at a path of a document, if the path exists in the value. */
export function entryAt(doc: TreeDocument, path: readonly (string | number)[]): PathEntry | undefined {
  let entry = doc.root;
  for (let i = 0; entry && i < path.length; i++) entry = childEntry(entry, path[i]!);
  return entry;
}
