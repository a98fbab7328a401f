/** Unit tests for the Compose dependency graph searches and the value tree's path index. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCompose } from '../../../server/src/model/compose/parse';
import type { Dependency } from '../../../server/src/rules/shared/compose-dependencies';
import { dependencyGraph } from '../../../server/src/rules/shared/compose-dependency-graph';
import { pathBack, shortestEdges, stronglyConnected } from '../../../server/src/rules/shared/numbered-graph';
import type { ServiceView } from '../../../server/src/rules/shared/compose-services';
import { childEntry, composeTree, entryAt, pathOf } from '../../../server/src/rules/shared/compose-tree';

/** Edges `from>to` at increasing offsets; only the names matter to the graph. */
function edges(...pairs: string[]): Dependency[] {
  return pairs.map((p, i) => {
    const [from, to] = p.split('>') as [string, string];
    return { from: { name: from } as ServiceView, to, via: 'depends_on', start: i, end: i + 1, optional: false };
  });
}

describe('dependency graph', () => {
  // a → b → c → a is one cycle; c → d leaves it; d → d depends on itself; e stands alone.
  const graph = dependencyGraph(edges('a>b', 'b>c', 'c>a', 'c>d', 'd>d', 'e>a'));
  const id = (name: string) => ['a', 'b', 'c', 'd', 'e'].indexOf(name);

  test('numbers services in order of appearance and keeps each service’s edges in order', () => {
    assert.equal(graph.size, 5);
    assert.deepEqual(graph.from, [0, 1, 2, 2, 3, 4]);
    assert.deepEqual(graph.to, [1, 2, 0, 3, 3, 0]);
    const out = (n: number) => graph.outEdges.slice(graph.outStart[n], graph.outStart[n + 1]);
    assert.deepEqual(out(id('c')), [2, 3]);
    assert.deepEqual(out(id('b')), [1]);
  });

  test('strongly connected components', () => {
    const component = stronglyConnected(graph);
    assert.equal(component[id('a')], component[id('b')]);
    assert.equal(component[id('b')], component[id('c')]);
    assert.notEqual(component[id('c')], component[id('d')]);
    assert.notEqual(component[id('a')], component[id('e')]);
  });

  test('a long chain does not overflow the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `s${i}>s${i + 1}`);
    const component = stronglyConnected(dependencyGraph(edges(...chain, 's20000>s0')));
    assert.ok(component.every((c) => c === component[0]));
  });

  test('shortest chains stay inside the start’s component', () => {
    const component = stronglyConnected(graph);
    const tree = shortestEdges(graph, component, id('b'));
    assert.deepEqual(pathBack(graph, id('b'), id('a'), tree), [1, 2]);
    assert.deepEqual(pathBack(graph, id('b'), id('b'), tree), []);
    // d is reachable from b, but through an edge that leaves the cycle.
    assert.equal(pathBack(graph, id('b'), id('d'), tree), undefined);
  });
});

describe('value tree entries', () => {
  const text = 'x-a: &a\n  image: first:1\n  ports: ["80"]\nservices:\n  web:\n    <<: *a\n    ports:\n      "0": zero\n    command: [run]\n';
  const doc = composeTree(parseCompose(text)).docs[0]!;
  const at = (path: (string | number)[]) => {
    const range = entryAt(doc, path)?.value?.range;
    return range ? text.slice(range[0], range[1]) : undefined;
  };

  test('finds values through aliases and merges, and knows where they came from', () => {
    assert.equal(at(['services', 'web', 'image']), 'first:1');
    assert.equal(entryAt(doc, ['services', 'web', 'image'])?.viaAlias, true);
    assert.equal(at(['services', 'web', 'command', 0]), 'run');
    assert.equal(entryAt(doc, ['services', 'web', 'command'])?.viaAlias, false);
    assert.equal(at(['services', 'nope']), undefined);
  });

  test('an index and a key of the same text are different segments', () => {
    assert.equal(at(['services', 'web', 'ports', '0']), 'zero');
    // The merged list item stays under its index after the mapping written over it replaced the list.
    assert.equal(at(['services', 'web', 'ports', 0]), '"80"');
  });

  test('entries know their path and are listed in the order their paths were first reached', () => {
    const web = entryAt(doc, ['services', 'web']);
    assert.deepEqual(pathOf(childEntry(web, 'command')!), ['services', 'web', 'command']);
    assert.deepEqual(pathOf(doc.root!), []);
    const paths = doc.entries.map((e) => JSON.stringify(pathOf(e)));
    assert.equal(new Set(paths).size, paths.length);
    assert.ok(paths.indexOf('["services","web","image"]') < paths.indexOf('["services","web","command"]'));
  });
});

describe('value tree values', () => {
  // The sections' values are dictionary-mode objects and deeper mappings plain `{}`: both must read as `{}` does.
  const many = Array.from({ length: 40 }, (_, i) => `V${i}`);
  const text =
    'services:\n  __proto__:\n    image: a\n  web:\n    image: b\n    labels:\n      z: last\n      "2": two\n      "1": one\n' +
    `    environment:\n      __proto__: p\n${many.map((v, i) => `      ${v}: "${i}"`).join('\n')}\n`;
  const value = composeTree(parseCompose(text)).docs[0]!.value as Record<string, Record<string, Record<string, Record<string, unknown>>>>;

  test('a key named __proto__ is an own key at any depth, and every mapping keeps the usual prototype', () => {
    assert.ok(Object.hasOwn(value.services!, '__proto__'));
    assert.deepEqual(Object.keys(value.services!), ['__proto__', 'web']);
    const env = value.services!.web!.environment!;
    assert.equal(Object.getOwnPropertyDescriptor(env, '__proto__')?.value, 'p');
    for (const record of [value, value.services!, value.services!.web!, env]) assert.equal(Object.getPrototypeOf(record), Object.prototype);
  });

  test('keys keep the order a plain object gives them, however many there are', () => {
    assert.deepEqual(Object.keys(value.services!.web!.labels!), ['1', '2', 'z']);
    assert.deepEqual(Object.keys(value.services!.web!.environment!), ['__proto__', ...many]);
    assert.equal(value.services!.web!.environment!.V39, '39');
  });
});
