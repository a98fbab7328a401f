import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { knownKeyName } from '../../server/src/model/compose/key-names';
import { parseCompose } from '../../server/src/model/compose/parse';

/** `knownKeyName` of the whole of `name`, written inside other text. */
const lookUp = (name: string): string | undefined => knownKeyName(`  ${name}: x`, 2, 2 + name.length);

describe('knownKeyName', () => {
  test('gives the names of the Compose model at any depth', () => {
    for (const name of ['services', 'image', 'depends_on', 'condition', 'healthcheck', 'start_period', 'host_ip', 'driver_opts', 'logging']) {
      assert.equal(lookUp(name), name);
    }
  });

  test('gives nothing for other names, prefixes and extensions of known ones, or very long names', () => {
    for (const name of ['web0', 'imag', 'images', 'Image', 'WORKER_OPT_0', 'ïmage', '', 'a'.repeat(200)]) assert.equal(lookUp(name), undefined, name);
  });

  test('reads only the span asked about', () => {
    const text = 'imagexports';
    assert.equal(knownKeyName(text, 0, 5), 'image');
    assert.equal(knownKeyName(text, 6, 11), 'ports');
    assert.equal(knownKeyName(text, 5, 11), undefined);
  });

  test('the parsed model holds the same key values either way', () => {
    const model = parseCompose('services:\n  web:\n    image: nginx:1.27\n    imagex: 1\n    logging:\n      driver: json-file\n');
    const keys: string[] = [];
    const walk = (node: unknown): void => {
      const items = (node as { items?: { key: { value: string }; value: unknown }[] } | null)?.items;
      for (const pair of items ?? []) {
        keys.push(pair.key.value);
        walk(pair.value);
      }
    };
    walk(model.root);
    assert.deepEqual(keys, ['services', 'web', 'image', 'imagex', 'logging', 'driver']);
  });
});
