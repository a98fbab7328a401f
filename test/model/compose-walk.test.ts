/** The shared document walk replaces yaml's `visit` in the model and the yaml-* rules: same nodes, same order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Alias, isAlias, isMap, isPair, Node, Pair, visit, YAMLMap } from 'yaml';
import { parseCompose } from '../../server/src/model/compose/parse';
import { walkDocument } from '../../server/src/model/compose/walk';

const TEXT = [
  'x-a: &a {restart: always, <<: {init: true}}',
  'x-b: &b !reset [1, *a, {k: &c v}]',
  'services:',
  '  web:',
  '    <<: [*a, *b]',
  '    image: !!str nginx',
  '    labels: [*c, *missing]',
  '  db: &a',
  '    image: postgres',
  '  api: *a',
  '',
].join('\n');

test('walkDocument lists maps, pairs, aliases and nodes with properties in visit order', () => {
  const doc = parseCompose(TEXT).yamlDocs[0];
  const maps: YAMLMap[] = [];
  const pairs: Pair[] = [];
  const aliases: Alias[] = [];
  const withProps: unknown[] = [];
  visit(doc, (_, node) => {
    if (isMap(node)) maps.push(node);
    if (isPair(node)) pairs.push(node as Pair);
    if (isAlias(node)) aliases.push(node);
    const n = node as { anchor?: string; tag?: string } | null;
    if (n && (n.anchor || n.tag)) withProps.push(node);
  });
  const walk = walkDocument(doc);
  assert.deepEqual(walk.maps, maps);
  assert.deepEqual(walk.pairs, pairs);
  assert.deepEqual(walk.aliases, aliases);
  assert.deepEqual(walk.withProps, withProps);
  // Six aliases, five of them resolvable (`*missing` is not); five nodes with an anchor or a tag.
  assert.deepEqual([walk.maps.length, walk.pairs.length, walk.aliases.length, walk.withProps.length, walk.aliasTargets.size], [7, 14, 6, 5, 5]);
});

test('walkDocument resolves each alias to the last anchor of its name before it, as Alias.resolve does', () => {
  const doc = parseCompose(TEXT).yamlDocs[0];
  const walk = walkDocument(doc);
  for (const alias of walk.aliases) {
    const expected = alias.resolve(doc) as Node | undefined;
    assert.equal(walk.aliasTargets.get(alias), expected, alias.source);
  }
  // `api: *a` comes after `db: &a`, so it names the service, not `x-a`.
  const api = walk.aliases[walk.aliases.length - 1];
  assert.ok(isMap(walk.aliasTargets.get(api)));
  assert.equal((walk.aliasTargets.get(api) as YAMLMap).items.length, 1);
});

test('walkDocument is computed once per document', () => {
  const model = parseCompose(TEXT);
  const doc = model.yamlDocs[0];
  assert.equal(walkDocument(doc), walkDocument(doc));
  assert.notEqual(walkDocument(parseCompose(TEXT).yamlDocs[0]), walkDocument(doc));
});
