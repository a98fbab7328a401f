// Walking the model along a document path, and the human-readable type of a node.
import { composeRoot } from './spec';
import type { ComposeNode, ComposePath, MappingNode, PropertyDef, ScalarNode } from './types';

/** How one path segment was matched in a mapping. */
export type KeyMatch =
  | { readonly via: 'property'; readonly property: PropertyDef }
  | { readonly via: 'entry'; readonly property: PropertyDef; readonly entryLabel?: string; readonly mapping: MappingNode }
  | { readonly via: 'extension' }
  | { readonly via: 'open' }
  | { readonly via: 'bad-name'; readonly mapping: MappingNode }
  | { readonly via: 'unknown' };

const compiledPatterns = new Map<string, RegExp>();

export function keyPatternMatches(pattern: string, key: string): boolean {
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    compiledPatterns.set(pattern, regex);
  }
  return regex.test(key);
}

/** The fixed property a key names in a mapping, if any. */
export function propertyOf(mapping: MappingNode, key: string): PropertyDef | undefined {
  return Object.prototype.hasOwnProperty.call(mapping.properties, key) ? mapping.properties[key] : undefined;
}

/** Matches a key of a mapping the way Compose does: fixed keys, then `x-*`, then named entries. */
export function matchKey(mapping: MappingNode, key: string): KeyMatch {
  const property = propertyOf(mapping, key);
  if (property) return { via: 'property', property };
  if (mapping.extensions && key.startsWith('x-')) return { via: 'extension' };
  if (mapping.additional) {
    if (!mapping.keyPattern || keyPatternMatches(mapping.keyPattern, key)) {
      return mapping.entryLabel === undefined
        ? { via: 'entry', property: mapping.additional, mapping }
        : { via: 'entry', property: mapping.additional, entryLabel: mapping.entryLabel, mapping };
    }
    if (!mapping.open) return { via: 'bad-name', mapping };
  }
  if (mapping.open) return { via: 'open' };
  return { via: 'unknown' };
}

// The model is a fixed tree: its options are flattened once per node (the validator asks at every value).
const flattened = new WeakMap<ComposeNode, readonly ComposeNode[]>();
const mappings = new WeakMap<ComposeNode, readonly MappingNode[]>();

/** The options of a node with nested `oneOf`s flattened (a non-oneOf node is its own option). */
export function flattenOptions(node: ComposeNode): readonly ComposeNode[] {
  let options = flattened.get(node);
  if (!options) {
    options = node.kind === 'oneOf' ? node.options.flatMap(flattenOptions) : [node];
    flattened.set(node, options);
  }
  return options;
}

export function mappingOptions(node: ComposeNode): readonly MappingNode[] {
  let options = mappings.get(node);
  if (!options) {
    options = flattenOptions(node).filter((n): n is MappingNode => n.kind === 'mapping');
    mappings.set(node, options);
  }
  return options;
}

/** One resolved step of a path. */
export interface ResolvedStep {
  readonly segment: string | number;
  readonly node: ComposeNode;
  /** The definition the segment matched; for a sequence index, the enclosing property. */
  readonly property?: PropertyDef;
  /** Set when the segment is a user-chosen name (a service, a network…). */
  readonly entryLabel?: string;
  readonly viaIndex: boolean;
}

export type PathResolution =
  | { readonly kind: 'node'; readonly steps: readonly ResolvedStep[]; readonly node: ComposeNode }
  | { readonly kind: 'extension'; readonly steps: readonly ResolvedStep[]; readonly key: string }
  | { readonly kind: 'free'; readonly steps: readonly ResolvedStep[] };

/** Resolves a path from the document root; undefined when it leaves the model. */
export function resolvePath(path: ComposePath, root: ComposeNode = composeRoot): PathResolution | undefined {
  const steps: ResolvedStep[] = [];
  let node = root;
  let property: PropertyDef | undefined;
  for (const segment of path) {
    if (node.kind === 'any') return { kind: 'free', steps };
    let next: ResolvedStep | undefined;
    if (typeof segment === 'number') {
      const sequence = flattenOptions(node).find((n) => n.kind === 'sequence');
      if (sequence && sequence.kind === 'sequence') {
        next = property
          ? { segment, node: sequence.items, property, viaIndex: true }
          : { segment, node: sequence.items, viaIndex: true };
      }
    } else {
      for (const mapping of mappingOptions(node)) {
        const match = matchKey(mapping, segment);
        if (match.via === 'extension') return { kind: 'extension', steps, key: segment };
        if (match.via === 'open') return { kind: 'free', steps };
        if (match.via === 'property') {
          next = { segment, node: match.property.node, property: match.property, viaIndex: false };
          break;
        }
        if (match.via === 'entry') {
          next = match.entryLabel === undefined
            ? { segment, node: match.property.node, property: match.property, viaIndex: false }
            : { segment, node: match.property.node, property: match.property, entryLabel: match.entryLabel, viaIndex: false };
          break;
        }
      }
    }
    if (!next) return undefined;
    steps.push(next);
    node = next.node;
    property = next.property;
  }
  return { kind: 'node', steps, node };
}

// ---- human-readable types ---------------------------------------------------------------

function scalarWords(node: ScalarNode): string[] {
  switch (node.format) {
    case 'boolean':
      return ['boolean'];
    case 'integer':
      return ['integer'];
    case 'number':
      return ['number'];
    case 'duration':
      return node.types.includes('number') ? ['duration (like 1m30s)', 'number of microseconds'] : ['duration (like 1m30s)'];
    case 'bytes':
      return node.types.includes('string') && node.types.length > 1 ? ['byte size (like 512m)', 'number of bytes'] : ['byte size (like 512m)'];
    default:
      break;
  }
  if (node.enum && node.types.length === 1) return node.enum.map((v) => `"${v}"`);
  const words: string[] = [];
  for (const type of node.types) {
    if (type === 'null') words.push('empty');
    else if (type === 'integer' && node.types.includes('number')) continue;
    else words.push(type);
  }
  return words;
}

/** The alternatives a node accepts, as singular nouns: "string", "list of strings", "mapping". */
export function typeWords(node: ComposeNode): string[] {
  let words: string[];
  switch (node.kind) {
    case 'scalar':
      words = scalarWords(node);
      break;
    case 'mapping':
      words = node.nullable ? ['mapping', 'empty'] : ['mapping'];
      break;
    case 'sequence':
      words = [`list of ${joinAlternatives(typeWords(node.items).map(plural))}`];
      break;
    case 'oneOf':
      words = node.options.flatMap(typeWords);
      break;
    case 'any':
      words = ['any value'];
      break;
  }
  return [...new Set(words)];
}

function plural(word: string): string {
  if (word === 'empty' || word.startsWith('"')) return word;
  if (word.startsWith('list of ')) return word.replace(/^list/, 'lists');
  if (word.startsWith('number of ')) return word.replace(/^number/, 'numbers');
  const paren = word.indexOf(' (');
  return paren === -1 ? `${word}s` : `${word.slice(0, paren)}s${word.slice(paren)}`;
}

export function joinAlternatives(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** "string or list of strings", "mapping", "duration"… */
export function typeText(node: ComposeNode): string {
  return joinAlternatives(typeWords(node));
}

/** Same alternatives with articles, for sentences: "a string or a list of strings". */
export function typeTextWithArticles(node: ComposeNode): string {
  return joinAlternatives(
    typeWords(node).map((word) => {
      if (word === 'empty' || word.startsWith('"') || word === 'any value') return word;
      return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
    }),
  );
}
