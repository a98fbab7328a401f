// The API hover, completion and the validator use to ask the Compose model about a path.
import { renderSegments } from './location';
import { mappingOptions, resolvePath, typeText } from './resolve';
import { suggestForMapping } from './suggest';
import type { ComposeNode, ComposePath, PropertyDef, ScalarNode } from './types';

export { validateValue } from './validate';
export type { Problem, ProblemKind } from './validate';
export { hasInterpolation, parseBooleanString, parseByteSize, parseDuration } from './formats';

const EXTENSION_DESCRIPTION =
  'Extension field: Compose ignores `x-*` keys, so they can hold anything, typically YAML anchors reused with `<<: *name`, or settings for other tools.';

export type ResolvedNode =
  | {
      readonly kind: 'node';
      readonly node: ComposeNode;
      /** The definition of the last key (for a list item: of the list's key). */
      readonly property?: PropertyDef;
      /** Set when the last segment is a user-chosen name: "service", "network"… */
      readonly entryLabel?: string;
    }
  /** An `x-*` key, or anything inside one: free-form. */
  | { readonly kind: 'extension'; readonly key: string }
  /** Inside a mapping the specification leaves open (e.g. `storage_opt`): anything goes. */
  | { readonly kind: 'free' };

/** The model node at a document path, e.g. `['services', 'web', 'ports', 0, 'published']`. */
export function nodeAtPath(path: ComposePath): ResolvedNode | undefined {
  const resolution = resolvePath(path);
  if (!resolution) return undefined;
  if (resolution.kind === 'extension') return { kind: 'extension', key: resolution.key };
  if (resolution.kind === 'free') return { kind: 'free' };
  const last = resolution.steps[resolution.steps.length - 1];
  const base = { kind: 'node' as const, node: resolution.node };
  if (!last) return base;
  const withProperty = last.property ? { ...base, property: last.property } : base;
  return last.entryLabel !== undefined ? { ...withProperty, entryLabel: last.entryLabel } : withProperty;
}

export interface PathDescription {
  /** The key as shown: `ports`, `ports[0]`, or the chosen name (`web`). */
  readonly key: string;
  readonly description: string;
  /** Human-readable type: "string or list of strings". */
  readonly typeText: string;
  readonly allowedValues?: readonly string[];
  readonly allowedValuesText?: string;
  readonly example?: string;
  readonly deprecated?: string;
  readonly since?: string;
}

function allowedValuesOf(node: ComposeNode, property: PropertyDef | undefined): readonly string[] | undefined {
  const enums = new Set<string>();
  const collect = (n: ComposeNode): void => {
    if (n.kind === 'scalar' && n.enum) n.enum.forEach((v) => enums.add(v));
    if (n.kind === 'oneOf') n.options.forEach(collect);
  };
  collect(node);
  property?.suggestedValues?.forEach((v) => enums.add(v));
  return enums.size > 0 ? [...enums] : undefined;
}

/** Hover content for the key or list item at `path`. */
export function describePath(path: ComposePath): PathDescription | undefined {
  if (path.length === 0) return undefined;
  const resolution = resolvePath(path);
  if (!resolution) return undefined;
  const lastSegment = path[path.length - 1]!;
  if (resolution.kind === 'extension') {
    return { key: String(lastSegment), description: EXTENSION_DESCRIPTION, typeText: 'any value' };
  }
  if (resolution.kind === 'free') return undefined;
  const last = resolution.steps[resolution.steps.length - 1];
  const property = last?.property;
  if (!last || !property) return undefined;
  // A list item: name it after the list key, e.g. `ports[0]`.
  let keyIndex = path.length - 1;
  while (keyIndex > 0 && typeof path[keyIndex] === 'number') keyIndex--;
  const key = last.viaIndex ? renderSegments(path.slice(keyIndex)) : String(lastSegment);
  const description = last.entryLabel && !last.viaIndex ? `${capitalizeLabel(last.entryLabel)} \`${key}\`. ${property.description}` : property.description;
  const shownType = !last.viaIndex && property.typeText ? property.typeText : typeText(resolution.node);
  const allowedValues = allowedValuesOf(resolution.node, last.viaIndex ? undefined : property);
  return {
    key,
    description,
    typeText: shownType,
    ...(allowedValues ? { allowedValues } : {}),
    ...(property.allowedValuesText && !last.viaIndex ? { allowedValuesText: property.allowedValuesText } : {}),
    ...(property.example ? { example: property.example } : {}),
    ...(property.deprecated ? { deprecated: property.deprecated } : {}),
    ...(property.since ? { since: property.since } : {}),
  };
}

function capitalizeLabel(label: string): string {
  return label[0]!.toUpperCase() + label.slice(1);
}

export interface ChildKey {
  readonly key: string;
  readonly description: string;
  readonly typeText: string;
  readonly deprecated?: string;
  readonly example?: string;
}

/** The fixed keys valid in the mapping at `path` (all syntaxes merged), for completion. */
export function childKeys(path: ComposePath): ChildKey[] {
  const resolution = resolvePath(path);
  if (!resolution || resolution.kind !== 'node') return [];
  const keys = new Map<string, ChildKey>();
  for (const mapping of mappingOptions(resolution.node)) {
    for (const [key, def] of Object.entries(mapping.properties)) {
      if (keys.has(key)) continue;
      keys.set(key, {
        key,
        description: def.description,
        typeText: def.typeText ?? typeText(def.node),
        ...(def.deprecated ? { deprecated: def.deprecated } : {}),
        ...(def.example ? { example: def.example } : {}),
      });
    }
  }
  return [...keys.values()];
}

/** The nearest valid key for `unknownKey` in the mapping at `path` (spelling or a known misplacement). */
export function suggestKey(path: ComposePath, unknownKey: string): string | undefined {
  const resolution = resolvePath(path);
  if (!resolution || resolution.kind !== 'node') return undefined;
  return suggestForMapping(resolution.node, unknownKey);
}

/** The values completion can offer for the scalar at `path` (enums and common values). */
export function valueSuggestions(path: ComposePath): readonly string[] {
  const resolved = nodeAtPath(path);
  if (!resolved || resolved.kind !== 'node') return [];
  const node = resolved.node;
  const scalars = (node.kind === 'oneOf' ? node.options : [node]).filter((n): n is ScalarNode => n.kind === 'scalar');
  const values = new Set<string>();
  for (const scalar of scalars) {
    scalar.enum?.forEach((v) => values.add(v));
    if (scalar.format === 'boolean' || (scalar.types.length === 1 && scalar.types[0] === 'boolean')) {
      values.add('true');
      values.add('false');
    }
  }
  resolved.property?.suggestedValues?.forEach((v) => values.add(v));
  return [...values];
}
