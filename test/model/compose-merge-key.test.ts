/** Regressions: `<<` merge keys were named `Symbol(<<)`, so code comparing with '<<' never saw them; a key in two merge sources pointed at the wrong one. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMap } from 'yaml';
import { lint } from '../../server/src/engine/lint';
import { keyName, parseCompose } from '../../server/src/model/compose/parse';
import { composeTree, entryAt } from '../../server/src/rules/shared/compose-tree';

test('keyName names a merge key `<<`', () => {
  const model = parseCompose('x-base: &base\n  image: x:1\nservices:\n  a:\n    <<: *base\n    restart: always\n');
  const services = model.root?.items.find((p) => keyName(p) === 'services')?.value;
  assert.ok(isMap(services));
  const body = services.items[0].value;
  assert.ok(isMap(body));
  assert.deepEqual(body.items.map((p) => keyName(p)), ['<<', 'restart']);
});

test('a merge key under `services` is not indexed as a service', () => {
  const model = parseCompose('x-svc: &svc\n  b:\n    image: x:1\nservices:\n  <<: *svc\n  a:\n    image: x:1\n');
  assert.deepEqual([...model.definitions.service.keys()], ['a']);
});

test('with `<<: [*a, *b]`, a key in both points where its value comes from: the first source', () => {
  // The value tree took the value from `a` but its path index kept the node of `b`, so a schema finding on the
  // value was reported on `b`'s (valid) line.
  const text = 'x-a: &a\n  restart: [1]\nx-b: &b\n  restart: always\n  image: nginx:1.27\nservices:\n  web:\n    <<: [*a, *b]\n';
  const doc = composeTree(parseCompose(text)).docs[0]!;
  assert.deepEqual((doc.value as { services: unknown }).services, { web: { restart: [1], image: 'nginx:1.27' } });
  assert.equal(entryAt(doc, ['services', 'web', 'restart'])?.value?.range?.[0], text.indexOf('[1]'));
  const findings = lint(text, { kind: 'compose' }).findings.filter((f) => f.rule === 'schema-type-mismatch');
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.character]), [[1, 11]]);
});
