/**
 * `yaml`'s nodes as its constructors make them, without running the constructors. Each one marks its node with
 * `Object.defineProperty(this, NODE_TYPE, …)` (a collection also defines its `schema` that way), a call into the
 * runtime that cost about a twelfth of a whole Compose lint: a file has a scalar and a pair for nearly every key and
 * value. Here the mark sits on a prototype between the node and its class's prototype, made once. `isScalar`,
 * `isPair` and the like read `node[NODE_TYPE]`, which finds it there; `instanceof`, `constructor` and the class's
 * methods are inherited as before. The one difference is that the mark is not an own property of the node, which
 * `yaml` never asks about. `test/model/fast-nodes.test.ts` holds these nodes to what the constructors make.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type Schema } from 'yaml';

/** `yaml`'s key for a node's type and its types (registered symbols, as its `identity.js` defines them). */
const NODE_TYPE = Symbol.for('yaml.node.type');

function markedPrototype(of: object, type: string): object {
  return Object.create(of, { [NODE_TYPE]: { value: Symbol.for(type) } }) as object;
}

const SCALAR_PROTOTYPE = markedPrototype(Scalar.prototype, 'yaml.scalar');
const PAIR_PROTOTYPE = markedPrototype(Pair.prototype, 'yaml.pair');
const MAP_PROTOTYPE = markedPrototype(YAMLMap.prototype, 'yaml.map');
const SEQ_PROTOTYPE = markedPrototype(YAMLSeq.prototype, 'yaml.seq');

/** What `new Scalar(value)` makes. */
export function newScalar(value: unknown): Scalar {
  const scalar = Object.create(SCALAR_PROTOTYPE) as Scalar;
  scalar.value = value;
  return scalar;
}

/** What `new Pair(key, value)` makes. */
export function newPair<K, V>(key: K, value: V): Pair<K, V> {
  const pair = Object.create(PAIR_PROTOTYPE) as Pair<K, V>;
  pair.key = key;
  pair.value = value;
  return pair;
}

/** What `new YAMLMap(schema)` makes. */
export function newMap(schema: Schema): YAMLMap {
  return withSchema(Object.create(MAP_PROTOTYPE) as YAMLMap, schema);
}

/** What `new YAMLSeq(schema)` makes. */
export function newSeq(schema: Schema): YAMLSeq {
  return withSchema(Object.create(SEQ_PROTOTYPE) as YAMLSeq, schema);
}

/** A collection's schema is its own property, hidden as `yaml`'s `Collection` hides it; then its empty items. */
function withSchema<T extends YAMLMap | YAMLSeq>(collection: T, schema: Schema): T {
  Object.defineProperty(collection, 'schema', { value: schema, configurable: true, enumerable: false, writable: true });
  collection.items = [];
  return collection;
}
