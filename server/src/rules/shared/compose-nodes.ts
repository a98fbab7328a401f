/**
 * Node helpers for Compose rules: walk the services of every YAML document, read a service key through
 * `<<` merge keys, and get the text and offsets of scalars (inside the quotes for quoted ones).
 */
import { Document, isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Report, RuleContext } from '../../engine/rule';
import { deref, getPair, keyName, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { oncePer } from '../../model/once-per';

export interface ServiceEntry {
  doc: Document.Parsed;
  name: string;
  /** Offsets of the service's key. */
  keyStart: number;
  keyEnd: number;
  pair: Pair;
  body: YAMLMap;
}

/**
 * Every service of every document, in order (a body that is not a mapping is skipped). Cached per
 * model: most Compose rules start here. The entries are shared, so callers must not change them.
 */
export const eachService: (model: ComposeModel) => readonly ServiceEntry[] = oncePer((model: ComposeModel) => collectServices(model));

function collectServices(model: ComposeModel): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  for (const doc of model.yamlDocs) {
    if (!isMap(doc.contents)) continue;
    const services = deref(doc, getPair(doc.contents, 'services')?.value);
    if (!isMap(services)) continue;
    for (const pair of services.items) {
      const name = keyName(pair);
      const range = nodeRange(pair.key as Node);
      const body = deref(doc, pair.value);
      if (name === undefined || name === '<<' || !range || !isMap(body)) continue;
      out.push({ doc, name, keyStart: range[0], keyEnd: range[1], pair, body });
    }
  }
  return out;
}

/** A key of a mapping, own keys first, then the mappings merged in with `<<` (as Compose resolves them). */
export function findPair(doc: Document, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  // One scan finds the key (as `getPair` does) and the first `<<`: rules ask each service for dozens of keys,
  // most of which it does not have, and a second scan for `<<` made every miss cost two.
  let merge: Pair | undefined;
  for (const pair of map.items as Pair[]) {
    // Only a scalar key counts; the cheap test on its value comes first.
    const value = (pair.key as { value?: unknown } | null)?.value;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' ? value === key : keyName(pair) === key) {
      if (isScalar(pair.key)) return pair;
    } else if (merge === undefined && (value === '<<' || typeof value === 'symbol') && isScalar(pair.key)) merge = pair;
  }
  if (!merge || depth > 20) return undefined;
  const source = deref(doc, merge.value);
  if (!isSeq(source)) return isMap(source) ? findPair(doc, source, key, depth + 1) : undefined;
  // `<<: [*a, *b]`: the first source that has the key wins.
  for (const item of source.items) {
    const s = deref(doc, item);
    if (!isMap(s)) continue;
    const found = findPair(doc, s, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The value of a key (through merges and aliases), or null. */
export function valueOf(doc: Document, map: YAMLMap, key: string): Node | null {
  const pair = findPair(doc, map, key);
  return pair ? deref(doc, pair.value) : null;
}

/** A mapping value at a path of keys, or undefined. */
export function mapAt(doc: Document, map: YAMLMap, ...keys: string[]): YAMLMap | undefined {
  let current: YAMLMap | undefined = map;
  for (const key of keys) {
    if (!current) return undefined;
    const next = valueOf(doc, current, key);
    current = isMap(next) ? next : undefined;
  }
  return current;
}

/** The items of a sequence value (aliases followed), or []. */
export function seqItems(doc: Document, node: unknown): Node[] {
  const seq = deref(doc, node);
  if (!isSeq(seq)) return [];
  return seq.items.map((i) => deref(doc, i)).filter((i): i is Node => i !== null);
}

export interface Str {
  /** The value as a string (numbers and booleans as written). */
  text: string;
  node: Scalar;
  /** Offsets of the text: inside the quotes for a quoted scalar. */
  start: number;
  end: number;
  quoted: boolean;
  /** True when offsets inside `text` map 1:1 onto the document (no escapes, no folding). */
  exact: boolean;
}

/** A scalar's text and offsets; undefined for collections, null values and block scalars. */
export function scalarString(model: ComposeModel, node: unknown): Str | undefined {
  if (!isScalar(node) || !node.range || node.value === null || node.value === undefined) return undefined;
  const [s, e] = [node.range[0], node.range[1]];
  const raw = model.text.slice(s, e);
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    const text = String(node.value);
    return { text, node, start: s + 1, end: e - 1, quoted: true, exact: raw.slice(1, -1) === text };
  }
  if (node.type === Scalar.PLAIN || node.type === undefined) {
    const text = typeof node.value === 'string' ? node.value : raw;
    return { text, node, start: s, end: e, quoted: false, exact: raw === text };
  }
  return undefined;
}

/** The scalar value of a key as a string, or undefined. */
export function stringAt(model: ComposeModel, doc: Document, map: YAMLMap, key: string): Str | undefined {
  return scalarString(model, valueOf(doc, map, key));
}

/** True for `true` and the string `"true"` (any case). */
export function isTrueValue(node: unknown): boolean {
  return isScalar(node) && (node.value === true || (typeof node.value === 'string' && node.value.toLowerCase() === 'true'));
}

/** Offsets of a pair's key. */
export function keyRange(pair: Pair | undefined): [number, number] | undefined {
  return nodeRange(pair?.key as Node);
}

/**
 * A report function that drops repeats at the same range: content merged from one anchor into several services is
 * reported once, at the anchor (catalog convention 3).
 */
export function reportOnce(ctx: RuleContext<ComposeModel>): (report: Report) => void {
  const seen = new Set<string>();
  return (report) => {
    const r = report.range;
    // By range only: the same node reached from two services (an anchor) is one finding.
    const k = `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
    if (seen.has(k)) return;
    seen.add(k);
    ctx.report(report);
  };
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Defaults nested deeper are not resolved: each level recurses, and 20 KB of nested defaults overflowed the stack. */
const MAX_NESTING = 100;

/**
 * Resolves the interpolation in a value for judging it: `${X:-d}` and `${X-d}` become `d`, `$$` a `$`.
 * Undefined when a variable has no default (the value is unknown), or when defaults nest too deep.
 */
export function resolveDefaults(text: string, nesting = 0): string | undefined {
  // Most values hold no `$` at all: they are their own resolution (what the loop below would rebuild).
  if (!text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    if (next !== '{') {
      if (next !== undefined && /[A-Za-z_]/.test(next)) return undefined;
      out += c;
      continue;
    }
    let depth = 1;
    let j = i + 2;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    if (depth !== 0) return undefined;
    const body = text.slice(i + 2, j - 1);
    // `NAME:-default` or `NAME-default`; the default is sliced off, not matched (a regex over a long default ran out
    // of backtracking stack).
    const name = VARIABLE_NAME.exec(body);
    if (!name) return undefined;
    const op = body.startsWith(':-', name[0].length) ? 2 : body[name[0].length] === '-' ? 1 : 0;
    if (op === 0) return undefined;
    const inner = nesting < MAX_NESTING ? resolveDefaults(body.slice(name[0].length + op), nesting + 1) : undefined;
    if (inner === undefined) return undefined;
    out += inner;
    i = j - 1;
  }
  return out;
}
