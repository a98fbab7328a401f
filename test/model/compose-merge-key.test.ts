/** Regression: `<<` merge keys were named `Symbol(<<)`, so code comparing with '<<' never saw them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMap } from 'yaml';
import { keyName, parseCompose } from '../../server/src/model/compose/parse';

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
