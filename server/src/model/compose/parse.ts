/**
 * Builds the Compose model: the YAML documents with node ranges, interpolation in every scalar, and an
 * index of services, networks, volumes, secrets, configs and models with where each is defined and used.
 */
import { Alias, Document, isAlias, isCollection, isMap, isScalar, isSeq, Node, Pair, parseAllDocuments, Scalar, YAMLMap } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeBlockYaml } from './block-yaml';
import { type Interpolation, type InterpolationRef, parseInterpolation } from './interpolation';
import { partitionPoint } from '../sorted';
import type { ComposeModel, EntityDef, EntityKind, EntityRef } from './types';
import { walkDocument } from './walk';

const TOP_LEVEL: Record<string, EntityKind> = {
  services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config', models: 'model',
};
/** Tags Compose gives a meaning to; yaml would otherwise warn that they are unresolved. */
const COMPOSE_TAGS = new Set(['!reset', '!override']);

export function parseCompose(text: string, uri = 'file:///compose.yaml'): ComposeModel {
  const document = TextDocument.create(uri, 'dockercompose', 0, text);
  const { docs, tooDeep } = parseYamlWithin(text);
  const model: ComposeModel = {
    kind: 'compose',
    document,
    text,
    yamlDocs: docs,
    errors: [],
    warnings: [],
    definitions: { service: new Map(), network: new Map(), volume: new Map(), secret: new Map(), config: new Map(), model: new Map() },
    references: [],
    interpolations: [],
    interpolationErrors: [],
  };
  if (tooDeep) model.errors.push({ ...TOO_DEEP });
  for (const doc of docs) {
    for (const e of doc.errors) model.errors.push({ message: e.message.split('\n')[0], start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]), code: e.code });
    for (const w of doc.warnings) {
      if (w.code === 'TAG_RESOLVE_FAILED' && [...COMPOSE_TAGS].some((t) => w.message.includes(t))) continue;
      model.warnings.push({ message: w.message.split('\n')[0], start: w.pos[0], end: Math.max(w.pos[1], w.pos[0]), code: w.code });
    }
  }
  const first = docs[0];
  if (first && isMap(first.contents)) model.root = first.contents;
  const dollars = dollarOffsets(text);
  for (const doc of docs) {
    if (!isMap(doc.contents)) continue;
    indexDefinitions(doc, doc.contents, model);
    collectInterpolations(doc.contents, [], model, 0, dollars);
  }
  for (const doc of docs) if (isMap(doc.contents)) indexReferences(doc, doc.contents, model);
  return model;
}

/** How Compose files are parsed: repeated keys and merges as Compose reads them (the tests parse alike). */
export const YAML_OPTIONS = { uniqueKeys: false, merge: true, prettyErrors: false, strict: false } as const;

const TOO_DEEP = {
  message: 'it is nested more deeply than the parser can follow (thousands of levels), so nothing in the file was checked',
  start: 0,
  end: 0,
  code: 'NESTING_TOO_DEEP',
};

/**
 * The documents of the text; none when it is nested so deeply that parsing runs out of stack (yaml's parser and
 * composer recurse once per level: a block map 5,000 levels deep threw a RangeError out of the lint).
 */
function parseYamlWithin(text: string): { docs: Document.Parsed[]; tooDeep: boolean } {
  try {
    const docs = parseYaml(text);
    return { docs: Array.isArray(docs) ? docs : [], tooDeep: false };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { docs: [], tooDeep: true };
  }
}

/**
 * What `parseAllDocuments` returns, composed from `block-yaml`'s reader when the text is plain block YAML (most
 * Compose files; twice as fast) and by `yaml`'s own parser otherwise. The same `Composer` builds the documents.
 */
function parseYaml(text: string): Document.Parsed[] {
  return composeBlockYaml(text, YAML_OPTIONS) ?? (parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[]);
}

export function keyName(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (typeof value === 'string') return value;
  // With `merge: true`, yaml gives a `<<` merge key a symbol value; callers compare with '<<'.
  if (typeof value === 'symbol') return '<<';
  return value === null || value === undefined ? undefined : String(value);
}

export function nodeRange(node: { range?: [number, number, number] | null } | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Follows an alias to the node its anchor names. */
export function deref(doc: Document, node: unknown): Node | null {
  let current = node as Node | null;
  for (let hops = 0; hops < 100 && isAlias(current); hops++) current = aliasTargets(doc).get(current as Alias) ?? null;
  return (current ?? null) as Node | null;
}

/** The node one alias names (one step; the target may itself be an alias). */
export function aliasTarget(doc: Document, alias: Alias): Node | undefined {
  return aliasTargets(doc).get(alias);
}

/**
 * Every alias of a document with the node it names: the last node anchored with its name before it, as
 * `Alias.resolve` finds it. Computed once per document by the shared walk: `resolve` walks the whole
 * document on every call, which made files with many aliases quadratic.
 */
function aliasTargets(doc: Document): Map<Alias, Node> {
  return walkDocument(doc).aliasTargets;
}

export function getPair(map: YAMLMap, key: string): Pair | undefined {
  // A plain loop: rules ask this for every key of every service. Only a scalar key counts; the cheap test on
  // its value comes first.
  for (const pair of map.items as Pair[]) {
    const value = (pair.key as { value?: unknown } | null)?.value;
    if (value === undefined || value === null) continue;
    if ((typeof value === 'string' ? value === key : keyName(pair) === key) && isScalar(pair.key)) return pair;
  }
  return undefined;
}

function indexDefinitions(doc: Document, root: YAMLMap, model: ComposeModel): void {
  for (const pair of root.items) {
    const kind = TOP_LEVEL[keyName(pair) ?? ''];
    const value = deref(doc, pair.value);
    if (!kind || !isMap(value)) continue;
    for (const entry of value.items) {
      const name = keyName(entry);
      const range = nodeRange(entry.key as Node);
      if (name === undefined || !range || name === '<<') continue;
      const def: EntityDef = { kind, name, start: range[0], end: range[1], pair: entry, value: deref(doc, entry.value) };
      if (!model.definitions[kind].has(name)) model.definitions[kind].set(name, def);
    }
  }
}

/**
 * `path` is the scalar's path from the root, one stack shared by the whole walk: copied only when stored.
 * `dollars`: the offsets of every `$` of the text, ascending.
 */
function collectInterpolations(node: unknown, path: (string | number)[], model: ComposeModel, depth: number, dollars: readonly number[]): void {
  if (depth > 200) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (cannotInterpolate(pair.value, dollars)) continue;
      // Keys are never interpolated; `x-` extension fields are free-form but their values still are.
      path.push(keyName(pair) ?? '?');
      collectInterpolations(pair.value, path, model, depth + 1, dollars);
      path.pop();
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      if (cannotInterpolate(node.items[i], dollars)) continue;
      path.push(i);
      collectInterpolations(node.items[i], path, model, depth + 1, dollars);
      path.pop();
    }
  } else if (isScalar(node) && holdsDollar(node) && node.range) {
    // Plain and quoted scalars map 1:1 onto the source; block scalars are parsed from their value, and its offsets
    // are then mapped onto the source (indentation and line folding lie between them).
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const plainLike = node.type === Scalar.PLAIN || quoted;
    const parsed = plainLike
      ? parseInterpolation(sourceText(model.text, node.range[0], node.range[1], quoted), node.range[0] + (quoted ? 1 : 0))
      : onSource(parseInterpolation(node.value), blockValueOffsets(model.text, node.range[0], node.range[1], node.value));
    if (parsed.refs.length > 0) model.interpolations.push({ refs: parsed.refs, path: path.slice() });
    model.interpolationErrors.push(...parsed.errors);
  }
}

/**
 * Where each character of a block scalar's value lies in the text, for the value's offsets 0 to its length. The
 * value holds the source's characters in order, less indentation and with line breaks folded, and no escapes; so
 * walking both and skipping white space in the source that the value lacks finds every character that is not
 * white space exactly. (A space folded from a line break lands on white space next to it.)
 */
function blockValueOffsets(text: string, start: number, end: number, value: string): Int32Array {
  const offsets = new Int32Array(value.length + 1);
  const header = text.indexOf('\n', start);
  let p = header < 0 || header >= end ? end : header + 1;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    while (p < end && text[p] !== c && isWhiteSpace(text.charCodeAt(p))) p++;
    offsets[i] = p;
    if (p < end && text[p] === c) p++;
  }
  offsets[value.length] = p;
  return offsets;
}

const isWhiteSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** An interpolation parsed from a block scalar's value, its offsets moved onto the text. */
function onSource(parsed: Interpolation, offsets: Int32Array): Interpolation {
  // An end is just after the last character it covers, not before the white space that may follow it.
  const at = (i: number) => offsets[Math.min(i, offsets.length - 1)]!;
  const after = (i: number) => (i === 0 ? at(0) : at(i - 1) + 1);
  const move = (ref: InterpolationRef): InterpolationRef => {
    const start = at(ref.start);
    const nameStart = at(ref.nameStart);
    return { ...ref, start, end: Math.max(start, after(ref.end)), nameStart, nameEnd: Math.max(nameStart, after(ref.nameEnd)), nested: ref.nested.map(move) };
  };
  return { refs: parsed.refs.map(move), errors: parsed.errors.map((e) => ({ ...e, start: at(e.start), end: Math.max(at(e.start), after(e.end)) })) };
}

/** The source of a plain or quoted scalar at [start, end), inside its quotes. */
function sourceText(text: string, start: number, end: number, quoted: boolean): string {
  return quoted ? text.slice(start + 1, end - 1) : text.slice(start, end);
}

function holdsDollar(scalar: Scalar): scalar is Scalar<string> {
  return typeof scalar.value === 'string' && scalar.value.includes('$');
}

/**
 * Nothing to collect, known before the walk builds a path to the node: it is empty, a scalar without `$` (most
 * values), or a collection whose text holds no `$` (most services). The collection test reads the source: a value
 * can hold a `$` its source does not (`"\x24"`), but the interpolation is parsed from the source, which then
 * yields nothing (block scalars are parsed from their value, which is their source's text).
 */
function cannotInterpolate(node: unknown, dollars: readonly number[]): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return !holdsDollar(node);
  const range = isCollection(node) ? node.range : undefined;
  return range !== undefined && range !== null && !anyWithin(dollars, range[0], range[2]);
}

/** The offsets of every `$` in the text, ascending. */
function dollarOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) out.push(i);
  return out;
}

/** True when an ascending list holds a number in [start, end). */
function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  const first = partitionPoint(sorted, (n) => n < start);
  return first < sorted.length && sorted[first]! < end;
}

function indexReferences(doc: Document, root: YAMLMap, model: ComposeModel): void {
  const servicesPair = getPair(root, 'services');
  const services = deref(doc, servicesPair?.value);
  if (!isMap(services)) return;
  for (const entry of services.items) {
    const service = keyName(entry);
    const body = deref(doc, entry.value);
    if (service === undefined || !isMap(body)) continue;
    /** `prefix`: the value must start with it (`service:`); `cutAtColon`: the name ends at the first `:`. */
    const add = (kind: EntityKind, node: unknown, via: string, opts: { prefix?: string; cutAtColon?: boolean } = {}) => {
      const n = node as Node;
      if (!isScalar(n) || n.value === null || n.value === undefined || !n.range) return;
      let name = String(n.value);
      let skip = 0;
      if (opts.prefix) {
        if (!name.startsWith(opts.prefix)) return;
        skip = opts.prefix.length;
        name = name.slice(skip);
      }
      if (opts.cutAtColon && name.includes(':')) name = name.slice(0, name.indexOf(':'));
      if (name === '' || name.includes('$')) return;
      const quoted = n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE ? 1 : 0;
      const start = n.range[0] + quoted + skip;
      model.references.push({ kind, name, start, end: Math.min(start + name.length, n.range[1]), service, via });
    };
    const eachName = (value: unknown, kind: EntityKind, via: string, longKey?: string, cutAtColon = false) => {
      const v = deref(doc, value);
      if (isSeq(v)) {
        for (const item of v.items) {
          const it = deref(doc, item);
          if (isMap(it) && longKey) add(kind, getPair(it, longKey)?.value, via);
          else if (!(isScalar(it) && String(it.value).startsWith('container:'))) add(kind, it, via, { cutAtColon });
        }
      } else if (isMap(v)) {
        for (const p of v.items) if (keyName(p) !== '<<') add(kind, p.key, via);
      }
    };
    for (const pair of body.items) {
      const key = keyName(pair);
      const value = pair.value;
      switch (key) {
        case 'depends_on':
          eachName(value, 'service', key);
          break;
        case 'links':
          eachName(value, 'service', key, undefined, true);
          break;
        case 'networks':
          eachName(value, 'network', key);
          break;
        case 'secrets':
        case 'configs':
          eachName(value, key === 'secrets' ? 'secret' : 'config', key, 'source');
          break;
        case 'models':
          eachName(value, 'model', key);
          break;
        case 'volumes':
          indexVolumes(doc, value, service, model);
          break;
        case 'volumes_from':
          eachName(value, 'service', key, undefined, true);
          break;
        case 'extends': {
          const ext = deref(doc, value);
          if (isScalar(ext)) add('service', ext, key);
          else if (isMap(ext) && !getPair(ext, 'file')) add('service', getPair(ext, 'service')?.value, key);
          break;
        }
        case 'network_mode':
        case 'ipc':
        case 'pid':
          add('service', deref(doc, value), key, { prefix: 'service:' });
          break;
        case 'build': {
          const build = deref(doc, value);
          if (isMap(build)) eachName(getPair(build, 'secrets')?.value, 'secret', 'build.secrets', 'source');
          break;
        }
      }
    }
  }
}

/** Named volumes in short (`data:/var/lib`) and long (`type: volume, source: data`) syntax. */
function indexVolumes(doc: Document, value: unknown, service: string, model: ComposeModel): void {
  const list = deref(doc, value);
  if (!isSeq(list)) return;
  for (const item of list.items) {
    const it = deref(doc, item);
    if (isScalar(it) && typeof it.value === 'string' && it.range) {
      const spec = it.value;
      const colon = spec.indexOf(':');
      if (colon <= 0) continue;
      const source = spec.slice(0, colon);
      if (!isNamedVolume(source)) continue;
      const quoted = it.type === Scalar.QUOTE_DOUBLE || it.type === Scalar.QUOTE_SINGLE ? 1 : 0;
      const start = it.range[0] + quoted;
      model.references.push({ kind: 'volume', name: source, start, end: start + source.length, service, via: 'volumes' });
    } else if (isMap(it)) {
      const type = deref(doc, getPair(it, 'type')?.value);
      const source = deref(doc, getPair(it, 'source')?.value);
      if (isScalar(type) && type.value === 'volume' && isScalar(source) && typeof source.value === 'string' && source.range) {
        if (!isNamedVolume(source.value)) continue;
        const quoted = source.type === Scalar.QUOTE_DOUBLE || source.type === Scalar.QUOTE_SINGLE ? 1 : 0;
        const start = source.range[0] + quoted;
        model.references.push({ kind: 'volume', name: source.value, start, end: start + source.value.length, service, via: 'volumes' });
      }
    }
  }
}

export function isNamedVolume(source: string): boolean {
  return source !== '' && !/[/\\.~$]/.test(source[0]) && !source.includes('/') && !/^[A-Za-z]:/.test(source);
}

