// The vocabulary of Stevedore's own Compose model: a small tree of schema nodes that hover,
// completion and the validator walk. It describes what Compose accepts, not how JSON Schema
// spells it: short and long syntaxes are `oneOf` options, maps keyed by user-chosen names
// (services, networks, environment…) use `additional`, and `x-*` keys are `extensions`.

/** The JSON types a YAML scalar can have after `toJS()`. `integer` is a number without a fraction. */
export type ScalarType = 'string' | 'number' | 'integer' | 'boolean' | 'null';

/**
 * What a *string* value of a typed field must look like. Compose converts strings on typed fields
 * (`cpus: "0.5"`, `privileged: "true"`), so the upstream schema lists `string` beside the real type;
 * the format says which strings the conversion accepts.
 */
export type ScalarFormat =
  | 'boolean' // true/false (and the YAML 1.1 words yes/no/on/off/y/n, which Compose still accepts)
  | 'integer' // a whole number, optionally signed
  | 'number' // a decimal number
  | 'duration' // a Go duration: 30s, 1m30s, 1.5h, 500ms
  | 'bytes'; // a byte size: 512, 512b, 64k, 512m, 2g, 1gb, 1GiB

export interface ScalarNode {
  readonly kind: 'scalar';
  /** The JSON types accepted, as the Compose Specification lists them. */
  readonly types: readonly ScalarType[];
  /** The only string values allowed (enforced). */
  readonly enum?: readonly string[];
  /** A regular expression the whole string value must match (enforced). */
  readonly pattern?: string;
  /** How a string value must read when the field really holds a number, boolean, size or duration. */
  readonly format?: ScalarFormat;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface MappingNode {
  readonly kind: 'mapping';
  /** The fixed keys of this mapping. */
  readonly properties: Readonly<Record<string, PropertyDef>>;
  /** Entries whose key the user chooses (a service name, a variable name, a ulimit name…). */
  readonly additional?: PropertyDef;
  /** Keys of `additional` entries must match this (whole-key) regular expression. */
  readonly keyPattern?: string;
  /** What an `additional` entry is called in messages: "service", "network"… */
  readonly entryLabel?: string;
  /** `x-*` keys are allowed and not validated. */
  readonly extensions?: boolean;
  /** Keys nothing else matches are accepted unvalidated (the specification leaves the mapping open). */
  readonly open?: boolean;
  readonly required?: readonly string[];
  /** An empty value (`key:` with nothing after it) is allowed. */
  readonly nullable?: boolean;
}

export interface SequenceNode {
  readonly kind: 'sequence';
  readonly items: ComposeNode;
  /** Items must be distinct. */
  readonly unique?: boolean;
}

/** Alternative syntaxes: the value must fit one of the options (short vs long syntax). */
export interface OneOfNode {
  readonly kind: 'oneOf';
  readonly options: readonly ComposeNode[];
}

/** Anything goes (the body of an `x-*` extension, free-form driver options). */
export interface AnyNode {
  readonly kind: 'any';
}

export type ComposeNode = ScalarNode | MappingNode | SequenceNode | OneOfNode | AnyNode;

export interface PropertyDef {
  readonly node: ComposeNode;
  /** What the key does, in one or two sentences, in our own words (shown on hover). */
  readonly description: string;
  /** A short YAML snippet showing typical use. */
  readonly example?: string;
  /** Why the key should no longer be used and what replaces it. */
  readonly deprecated?: string;
  /** The Compose version that introduced the key, where that matters to users. */
  readonly since?: string;
  /** Human text for the accepted values when an enum list alone would not say it. */
  readonly allowedValuesText?: string;
  /** Values offered by completion that are not enforced (the engine, not the schema, decides). */
  readonly suggestedValues?: readonly string[];
  /** Overrides the computed human-readable type. */
  readonly typeText?: string;
}

/** A location in a Compose document: mapping keys and sequence indexes from the root. */
export type ComposePath = readonly (string | number)[];
