// Short constructors for model nodes, so the spec files read like a table.
import type {
  AnyNode,
  ComposeNode,
  MappingNode,
  OneOfNode,
  PropertyDef,
  ScalarNode,
  ScalarType,
  SequenceNode,
} from './types';

type ScalarExtras = Omit<ScalarNode, 'kind' | 'types'>;

export function scalar(types: readonly ScalarType[], extras: ScalarExtras = {}): ScalarNode {
  return { kind: 'scalar', types, ...extras };
}

export const str = (extras: ScalarExtras = {}): ScalarNode => scalar(['string'], extras);
export const nul = (): ScalarNode => scalar(['null']);
/** A boolean that may also be written as a string Compose converts ("true", `${FLAG}`). */
export const boolish = (): ScalarNode => scalar(['boolean', 'string'], { format: 'boolean' });
/** A boolean the specification accepts only as a YAML boolean. */
export const bool = (): ScalarNode => scalar(['boolean']);
export const anyNode = (): AnyNode => ({ kind: 'any' });

/** A duration string such as `30s` or `1m30s`. */
export const duration = (): ScalarNode => str({ format: 'duration' });

export function mapping(
  properties: Record<string, PropertyDef>,
  options: Omit<MappingNode, 'kind' | 'properties'> = {},
): MappingNode {
  return { kind: 'mapping', properties, ...options };
}

/** A mapping with fixed keys that also accepts `x-*` extension keys (most Compose objects). */
export function object(
  properties: Record<string, PropertyDef>,
  options: Omit<MappingNode, 'kind' | 'properties' | 'extensions'> = {},
): MappingNode {
  return mapping(properties, { ...options, extensions: true });
}

export function seq(items: ComposeNode, unique = false): SequenceNode {
  return unique ? { kind: 'sequence', items, unique } : { kind: 'sequence', items };
}

export function oneOf(...options: ComposeNode[]): OneOfNode {
  return { kind: 'oneOf', options };
}

/** A property definition: node, hover text and optional extras. */
export function prop(node: ComposeNode, description: string, extras: Omit<PropertyDef, 'node' | 'description'> = {}): PropertyDef {
  return { node, description, ...extras };
}
