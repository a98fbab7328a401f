// Checks Stevedore's own Compose model against the upstream Compose Specification JSON schema
// (../shared/reference/compose-spec.json, read here at test time only; the shipped code never
// reads it). Both sides are reduced to the same facts: property paths, named-entry maps, where
// `x-*` keys are allowed, enums, required keys, deprecations, scalar types, patterns and bounds.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeRoot, nodeAtPath } from '../../server/src/knowledge/compose';
import type { ComposeNode } from '../../server/src/knowledge/compose';

// ---- locating the upstream schema ----------------------------------------------------------

const SCHEMA_RELATIVE = path.join('shared', 'reference', 'compose-spec.json');

/** Finds `shared/reference/compose-spec.json` beside the repository, wherever the test runs from. */
function findUpstreamSchema(): string {
  const tried: string[] = [];
  const override = process.env['STEVEDORE_SHARED_DIR'];
  if (override) {
    const candidate = path.join(override, 'reference', 'compose-spec.json');
    if (fs.existsSync(candidate)) return candidate;
    tried.push(candidate);
  }
  // Compiled tests live in out/test/knowledge/, so the `shared` folder is four levels up;
  // walking up also covers running from another output layout.
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, SCHEMA_RELATIVE);
    if (fs.existsSync(candidate)) return candidate;
    tried.push(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `The upstream Compose schema was not found. Expected ${path.resolve(__dirname, '../../../../', SCHEMA_RELATIVE)} ` +
      `(the "shared" folder beside the repository) or $STEVEDORE_SHARED_DIR/reference/compose-spec.json. Tried:\n  ${tried.join('\n  ')}`,
  );
}

// ---- the facts both sides are reduced to ---------------------------------------------------

interface Facts {
  /** `services.*.ports[].published`: `*` = a user-chosen name, `[]` = list items. */
  readonly properties: Set<string>;
  /** Paths of mappings that accept `x-*` keys. */
  readonly extensions: Set<string>;
  readonly enums: Map<string, Set<string>>;
  readonly required: Map<string, Set<string>>;
  readonly deprecated: Set<string>;
  readonly scalarTypes: Map<string, Set<string>>;
  readonly patterns: Map<string, Set<string>>;
  readonly bounds: Map<string, Set<string>>;
  /** Hover texts, to prove ours are not copies of upstream's. */
  readonly descriptions: Map<string, Set<string>>;
}

function emptyFacts(): Facts {
  return {
    properties: new Set(),
    extensions: new Set(),
    enums: new Map(),
    required: new Map(),
    deprecated: new Set(),
    scalarTypes: new Map(),
    patterns: new Map(),
    bounds: new Map(),
    descriptions: new Map(),
  };
}

function addTo(map: Map<string, Set<string>>, key: string, values: Iterable<string>): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  for (const v of values) set.add(v);
}

const join = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);
const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

// ---- upstream: JSON Schema ------------------------------------------------------------------

type Json = { [key: string]: unknown };

function upstreamFacts(schema: Json): Facts {
  const facts = emptyFacts();
  const defs = (schema['$defs'] ?? schema['definitions'] ?? {}) as Record<string, Json>;
  const resolveRef = (ref: string): Json => {
    const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
    const target = match ? defs[match[2]!] : undefined;
    if (!target) throw new Error(`Unresolvable $ref ${ref} in the upstream schema`);
    return target;
  };
  const walk = (node: Json, at: string, depth: number): void => {
    if (depth > 60) throw new Error(`Schema recursion too deep at ${at}`);
    if (typeof node['$ref'] === 'string') walk(resolveRef(node['$ref']), at, depth + 1);
    for (const combinator of ['oneOf', 'anyOf', 'allOf'] as const) {
      const options = node[combinator];
      if (Array.isArray(options)) options.forEach((option) => walk(option as Json, at, depth + 1));
    }
    const types = node['type'] === undefined ? [] : Array.isArray(node['type']) ? (node['type'] as string[]) : [node['type'] as string];
    const scalars = types.filter((t) => SCALAR_TYPES.has(t));
    if (scalars.length > 0 && at !== '') addTo(facts.scalarTypes, at, scalars);
    if (Array.isArray(node['enum'])) addTo(facts.enums, at, (node['enum'] as unknown[]).map(String));
    if (typeof node['pattern'] === 'string') addTo(facts.patterns, at, [node['pattern']]);
    if (typeof node['minimum'] === 'number') addTo(facts.bounds, at, [`min ${node['minimum']}`]);
    if (typeof node['maximum'] === 'number') addTo(facts.bounds, at, [`max ${node['maximum']}`]);
    if (node['deprecated'] === true) facts.deprecated.add(at);
    if (typeof node['description'] === 'string' && at !== '') addTo(facts.descriptions, at, [node['description']]);
    if (Array.isArray(node['required'])) addTo(facts.required, at, node['required'] as string[]);
    // Object keywords only apply to mappings: upstream puts some on list nodes, where they are inert.
    if (types.length > 0 && !types.includes('object')) {
      if (typeof node['items'] === 'object' && node['items'] !== null) walk(node['items'] as Json, `${at}[]`, depth + 1);
      return;
    }
    const properties = (node['properties'] ?? {}) as Record<string, Json>;
    for (const [key, child] of Object.entries(properties)) {
      facts.properties.add(join(at, key));
      walk(child, join(at, key), depth + 1);
    }
    const patternProperties = (node['patternProperties'] ?? {}) as Record<string, Json>;
    for (const [pattern, child] of Object.entries(patternProperties)) {
      if (pattern === '^x-') {
        facts.extensions.add(at);
        continue;
      }
      facts.properties.add(join(at, '*'));
      walk(child, join(at, '*'), depth + 1);
    }
    const additional = node['additionalProperties'];
    if (typeof additional === 'object' && additional !== null) {
      facts.properties.add(join(at, '*'));
      walk(additional as Json, join(at, '*'), depth + 1);
    }
    if (typeof node['items'] === 'object' && node['items'] !== null) walk(node['items'] as Json, `${at}[]`, depth + 1);
  };
  walk(schema, '', 0);
  return facts;
}

// ---- ours: the Compose model ----------------------------------------------------------------

function modelFacts(root: ComposeNode): Facts {
  const facts = emptyFacts();
  const walk = (node: ComposeNode, at: string, depth: number): void => {
    if (depth > 60) throw new Error(`Model recursion too deep at ${at}`);
    switch (node.kind) {
      case 'any':
        return;
      case 'scalar':
        addTo(facts.scalarTypes, at, node.types);
        if (node.enum) addTo(facts.enums, at, node.enum);
        if (node.pattern) addTo(facts.patterns, at, [node.pattern]);
        if (node.minimum !== undefined) addTo(facts.bounds, at, [`min ${node.minimum}`]);
        if (node.maximum !== undefined) addTo(facts.bounds, at, [`max ${node.maximum}`]);
        return;
      case 'sequence':
        walk(node.items, `${at}[]`, depth + 1);
        return;
      case 'oneOf':
        node.options.forEach((option) => walk(option, at, depth + 1));
        return;
      case 'mapping':
        if (node.nullable) addTo(facts.scalarTypes, at, ['null']);
        if (node.extensions) facts.extensions.add(at);
        if (node.required) addTo(facts.required, at, node.required);
        for (const [key, def] of Object.entries(node.properties)) {
          facts.properties.add(join(at, key));
          if (def.deprecated) facts.deprecated.add(join(at, key));
          addTo(facts.descriptions, join(at, key), [def.description]);
          walk(def.node, join(at, key), depth + 1);
        }
        if (node.additional) {
          facts.properties.add(join(at, '*'));
          addTo(facts.descriptions, join(at, '*'), [node.additional.description]);
          walk(node.additional.node, join(at, '*'), depth + 1);
        }
        return;
    }
  };
  walk(root, '', 0);
  return facts;
}

// ---- deliberate differences, each with its reason -------------------------------------------

/** Properties we define that upstream lacks. None: the model adds no keys of its own. */
const ADDED_PROPERTIES: Readonly<Record<string, string>> = {};

/** Required keys beyond upstream's: Compose or the engine refuses the entry without them. */
const ADDED_REQUIRED: Readonly<Record<string, string>> = {
  'services.*.ports[] target': 'a long-syntax port without a container port cannot be created (catalog: schema-required-missing)',
  'services.*.volumes[] target': 'a mount without a container path is refused by the engine (catalog: schema-required-missing)',
  'services.*.secrets[] source': 'a long-syntax secret must name the top-level secret it grants',
  'services.*.configs[] source': 'a long-syntax config must name the top-level config it grants',
  'services.*.build.secrets[] source': 'a build secret must name the top-level secret it grants',
  'include[] path': 'a long-form include without a path has nothing to load',
};

/** Deprecations beyond upstream's. */
const ADDED_DEPRECATED: Readonly<Record<string, string>> = {
  'secrets.*.external.name': 'same replacement as for networks, volumes and configs (name + external: true); upstream only forgot the flag here',
};

/** Value patterns beyond upstream's. */
const ADDED_PATTERNS: Readonly<Record<string, string>> = {
  'services.*.restart': 'the schema only says "string" but the engine refuses other restart policies (catalog: restart-invalid)',
};

// ---- the checks ------------------------------------------------------------------------------

const upstream = upstreamFacts(JSON.parse(fs.readFileSync(findUpstreamSchema(), 'utf8')) as Json);
const ours = modelFacts(composeRoot);

function difference(a: Iterable<string>, b: Set<string>): string[] {
  return [...a].filter((x) => !b.has(x)).sort();
}

/** Turns a fact path into a concrete document path for `nodeAtPath`: `*` → a name, `[]` → 0. */
function concretePath(factPath: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of factPath.split('.')) {
    const match = /^([^[]*)((?:\[\])*)$/.exec(part)!;
    out.push(match[1] === '*' ? 'name' : match[1]!);
    for (let i = 0; i < match[2]!.length / 2; i++) out.push(0);
  }
  return out;
}

describe('Compose model conformance with the upstream Compose Specification schema', () => {
  test('the upstream schema was read and has the expected shape', () => {
    assert.ok(upstream.properties.size > 300, `only ${upstream.properties.size} property paths found upstream`);
    for (const key of ['services', 'networks', 'volumes', 'secrets', 'configs', 'models', 'include', 'name', 'version']) {
      assert.ok(upstream.properties.has(key), `upstream lacks top-level ${key}`);
    }
  });

  test('every upstream property path is in our model', () => {
    assert.deepEqual(difference(upstream.properties, ours.properties), []);
  });

  test('every property path of our model exists upstream (or is a listed addition)', () => {
    const extra = difference(ours.properties, upstream.properties).filter((p) => !(p in ADDED_PROPERTIES));
    assert.deepEqual(extra, []);
    for (const p of Object.keys(ADDED_PROPERTIES)) assert.ok(ours.properties.has(p), `listed addition ${p} is not in the model`);
  });

  test('every upstream property path resolves through nodeAtPath', () => {
    const unresolved = [...upstream.properties].filter((p) => {
      const resolved = nodeAtPath(concretePath(p));
      return resolved === undefined || resolved.kind !== 'node';
    });
    assert.deepEqual(unresolved.sort(), []);
  });

  test('x-* extensions are allowed exactly where upstream allows them', () => {
    assert.deepEqual(difference(upstream.extensions, ours.extensions), [], 'missing extension points');
    assert.deepEqual(difference(ours.extensions, upstream.extensions), [], 'extension points upstream does not have');
  });

  test('every enum matches upstream value for value, in both directions', () => {
    const paths = new Set([...upstream.enums.keys(), ...ours.enums.keys()]);
    for (const p of paths) {
      assert.deepEqual([...(ours.enums.get(p) ?? [])].sort(), [...(upstream.enums.get(p) ?? [])].sort(), `enum at ${p}`);
    }
    assert.ok(upstream.enums.size >= 8, 'upstream enums were not found');
  });

  test('scalar types match upstream at every path', () => {
    const paths = new Set([...upstream.scalarTypes.keys(), ...ours.scalarTypes.keys()]);
    const mismatches: string[] = [];
    for (const p of paths) {
      const a = [...(ours.scalarTypes.get(p) ?? [])].sort().join(',');
      const b = [...(upstream.scalarTypes.get(p) ?? [])].sort().join(',');
      if (a !== b) mismatches.push(`${p}: ours [${a}] upstream [${b}]`);
    }
    assert.deepEqual(mismatches, []);
  });

  test('upstream required keys are required in our model; extra ones are listed with a reason', () => {
    const flatten = (facts: Facts): Set<string> =>
      new Set([...facts.required].flatMap(([p, keys]) => [...keys].map((k) => `${p} ${k}`)));
    const theirs = flatten(upstream);
    const mine = flatten(ours);
    assert.deepEqual(difference(theirs, mine), [], 'upstream required keys missing from the model');
    assert.deepEqual(difference(mine, theirs).filter((r) => !(r in ADDED_REQUIRED)), [], 'unlisted extra required keys');
    for (const r of Object.keys(ADDED_REQUIRED)) assert.ok(mine.has(r), `listed required key ${r} is not in the model`);
  });

  test('upstream deprecations are deprecated in our model', () => {
    assert.deepEqual(difference(upstream.deprecated, ours.deprecated), []);
    assert.deepEqual(difference(ours.deprecated, upstream.deprecated).filter((p) => !(p in ADDED_DEPRECATED)), []);
    assert.ok(upstream.deprecated.has('version'), 'upstream marks `version` deprecated');
  });

  test('upstream value patterns and numeric bounds are kept', () => {
    for (const [p, patterns] of upstream.patterns) {
      assert.deepEqual([...(ours.patterns.get(p) ?? [])].sort(), [...patterns].sort(), `pattern at ${p}`);
    }
    assert.deepEqual(difference(ours.patterns.keys(), new Set(upstream.patterns.keys())).filter((p) => !(p in ADDED_PATTERNS)), []);
    for (const [p, bounds] of upstream.bounds) {
      assert.deepEqual([...(ours.bounds.get(p) ?? [])].sort(), [...bounds].sort(), `bounds at ${p}`);
    }
  });

  test('every key has a hover description of our own, not upstream\'s text', () => {
    const normalize = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const missing = [...ours.properties].filter((p) => ![...(ours.descriptions.get(p) ?? [])].some((d) => d.trim().length >= 10));
    assert.deepEqual(missing, [], 'keys without a description');
    const copied: string[] = [];
    for (const [p, mine] of ours.descriptions) {
      for (const theirs of upstream.descriptions.get(p) ?? []) {
        const t = normalize(theirs);
        for (const d of mine) {
          const m = normalize(d);
          if (m === t || (t.length >= 25 && m.includes(t))) copied.push(`${p}: "${d}"`);
        }
      }
    }
    assert.deepEqual(copied, [], 'descriptions copied from the upstream schema');
    const tooLong = [...ours.descriptions].flatMap(([p, ds]) => [...ds].filter((d) => d.length > 260).map(() => p));
    assert.deepEqual(tooLong, [], 'hover descriptions should stay short');
  });
});
