import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InterpolationError, InterpolationRef } from './interpolation';

export type EntityKind = 'service' | 'network' | 'volume' | 'secret' | 'config' | 'model';

/** A top-level definition: a service, network, volume, secret, config or model. */
export interface EntityDef {
  kind: EntityKind;
  name: string;
  /** Offsets of the key that names it. */
  start: number;
  end: number;
  pair: Pair;
  /** The definition's value (a mapping, null, or an alias resolved to its anchor's node). */
  value: Node | null;
}

/** A place that names a definition: `depends_on: [db]`, `networks: [front]`, `volumes: [data:/x]`… */
export interface EntityRef {
  kind: EntityKind;
  name: string;
  start: number;
  end: number;
  /** The service that holds the reference. */
  service: string;
  /** The key it sits under: depends_on, networks, volumes, secrets, configs, models, links, extends, build.secrets, network_mode… */
  via: string;
}

export interface ScalarInterpolation {
  refs: readonly InterpolationRef[];
  /** Path of the scalar from the document root. */
  path: (string | number)[];
}

export interface YamlProblem {
  message: string;
  start: number;
  end: number;
  code: string;
}

export interface ComposeModel {
  kind: 'compose';
  document: TextDocument;
  text: string;
  /** Every YAML document in the file, in order. */
  yamlDocs: Document.Parsed[];
  /** The root mapping of the first document, when it is a mapping. */
  root?: YAMLMap;
  errors: YamlProblem[];
  warnings: YamlProblem[];
  definitions: Record<EntityKind, Map<string, EntityDef>>;
  references: EntityRef[];
  interpolations: ScalarInterpolation[];
  interpolationErrors: InterpolationError[];
}
