import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Document, isCollection, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, visit } from 'yaml';
import { newMap, newPair, newScalar, newSeq } from '../../server/src/model/compose/fast-nodes';

/** What code can tell about a node without asking for own symbols. */
function traits(node: unknown) {
  const n = node as { constructor: { name: string }; toJSON?: () => unknown };
  return {
    class: n.constructor.name,
    names: Object.getOwnPropertyNames(node),
    keys: Object.keys(node as object),
    tests: [isNode(node), isScalar(node), isPair(node), isMap(node), isSeq(node), isCollection(node)],
    instance: [node instanceof Scalar, node instanceof Pair, node instanceof YAMLMap, node instanceof YAMLSeq],
    text: String(node),
  };
}

describe('fast yaml nodes', () => {
  const schema = new Document().schema;

  test('look and behave like the nodes the constructors make', () => {
    assert.deepEqual(traits(newScalar('web')), traits(new Scalar('web')));
    assert.deepEqual(traits(newScalar(3)), traits(new Scalar(3)));
    const key = () => new Scalar('image');
    assert.deepEqual(traits(newPair(key(), new Scalar('nginx'))), traits(new Pair(key(), new Scalar('nginx'))));
    assert.deepEqual(traits(newMap(schema)), traits(new YAMLMap(schema)));
    assert.deepEqual(traits(newSeq(schema)), traits(new YAMLSeq(schema)));
    assert.equal(newMap(schema).schema, schema);
    assert.equal(Object.getOwnPropertyDescriptor(newSeq(schema), 'schema')?.enumerable, false);
  });

  test('a document built of them writes, converts, clones and is visited as one built by the constructors', () => {
    const build = (scalar: (v: unknown) => Scalar, pair: (k: unknown, v: unknown) => Pair, map: () => YAMLMap, seq: () => YAMLSeq) => {
      const ports = seq();
      ports.items = [scalar('80:80'), scalar(443)];
      const web = map();
      web.items = [pair(scalar('image'), scalar('nginx')), pair(scalar('ports'), ports)];
      const services = map();
      services.items = [pair(scalar('web'), web)];
      const root = map();
      root.items = [pair(scalar('services'), services)];
      const doc = new Document();
      doc.contents = root;
      return doc;
    };
    const fast = build(newScalar, (k, v) => newPair(k, v), () => newMap(schema), () => newSeq(schema));
    const slow = build((v) => new Scalar(v), (k, v) => new Pair(k, v), () => new YAMLMap(schema), () => new YAMLSeq(schema));
    assert.equal(String(fast), String(slow));
    assert.deepEqual(fast.toJS(), slow.toJS());
    assert.equal(String(fast.clone()), String(slow));
    assert.deepEqual(fast.getIn(['services', 'web', 'ports', 1]), 443);
    const visited = (doc: Document) => {
      const seen: string[] = [];
      visit(doc, { Scalar: (_, n) => void seen.push(`s:${String(n.value)}`), Pair: () => void seen.push('p'), Map: () => void seen.push('m'), Seq: () => void seen.push('q') });
      return seen;
    };
    assert.deepEqual(visited(fast), visited(slow));
  });
});
