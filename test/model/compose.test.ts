import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineContext } from '../../server/src/model/compose/indent-path';
import { type InterpolationRef, parseInterpolation } from '../../server/src/model/compose/interpolation';
import { parseCompose } from '../../server/src/model/compose/parse';
import { pathAt } from '../../server/src/model/compose/path-at';

test('interpolation parts with offsets', () => {
  const r = parseInterpolation('a ${X:-${Y}} $Z $$W ${A?need A}', 10);
  assert.deepEqual(r.refs.map((x) => [x.name, x.modifier, x.start, x.end]), [['X', ':-', 12, 22], ['Z', '', 23, 25], ['A', '?', 30, 41]]);
  assert.deepEqual(r.refs[0].nested.map((x) => x.name), ['Y']);
  assert.deepEqual(parseInterpolation('${X').errors.map((e) => e.start), [0]);
  assert.match(parseInterpolation('${X^^}').errors[0].message, /Unsupported interpolation/);
});

test('definitions and references with exact offsets', () => {
  const text = 'services:\n  web:\n    image: x:1\n    depends_on: [db]\n    networks:\n      front:\n    volumes:\n      - "data:/d"\n      - ./x:/x\n    secrets:\n      - source: pw\n  db:\n    image: y:1\nnetworks:\n  front: {}\n';
  const m = parseCompose(text);
  assert.deepEqual([...m.definitions.service.keys()], ['web', 'db']);
  assert.deepEqual(m.references.map((r) => [r.kind, r.name, text.slice(r.start, r.end)]), [
    ['service', 'db', 'db'], ['network', 'front', 'front'], ['volume', 'data', 'data'], ['secret', 'pw', 'pw'],
  ]);
});

test('anchors, merge keys and Compose tags are understood', () => {
  const m = parseCompose('x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: x:1\n    ports: !reset []\n');
  assert.deepEqual(m.errors, []);
  assert.deepEqual(m.warnings, []);
  assert.deepEqual([...m.definitions.service.keys()], ['web']);
});

test('the path under the cursor', () => {
  const text = 'services:\n  web:\n    ports:\n      - "80:80"\n';
  const m = parseCompose(text);
  assert.deepEqual(pathAt(m, text.indexOf('ports')), { path: ['services', 'web', 'ports'], on: 'key', start: text.indexOf('ports'), end: text.indexOf('ports') + 5 });
  assert.deepEqual(pathAt(m, text.indexOf('80:80'))?.path, ['services', 'web', 'ports', 0]);
});

test('the path of a half-typed line, from indentation', () => {
  const text = 'services:\n  web:\n    image: x\n    po';
  assert.deepEqual(lineContext(text, text.length).path, ['services', 'web']);
  const list = 'services:\n  web:\n    depends_on:\n    - ';
  assert.deepEqual(lineContext(list, list.length), { path: ['services', 'web', 'depends_on'], key: undefined, before: '    - ', listItem: true });
  const value = 'services:\n  web:\n    build:\n      target: ';
  assert.equal(lineContext(value, value.length).key, 'target');
});

test('interpolations in nested collections, read from the source text', () => {
  const text =
    'services:\n  a:\n    image: x:1\n    environment:\n      - "ESCAPED=\\x24HOME"\n      - PLAIN=$$HOME\n' +
    '  b:\n    command: ["sh", "-c", "echo ${B:-x} $"]\n    labels:\n      l: |\n        ${L}\n';
  const m = parseCompose(text);
  // `\x24` is a `$` in the value only: the source holds none, so nothing is interpolated there.
  assert.deepEqual(m.interpolations.map((i) => [i.path, i.refs.map((r) => r.name)]), [
    [['services', 'b', 'command', 2], ['B']],
    [['services', 'b', 'labels', 'l'], ['L']],
  ]);
  const b = m.interpolations[0]!.refs[0]!;
  assert.equal(text.slice(b.start, b.end), '${B:-x}');
  assert.deepEqual(m.interpolationErrors, []);
});

test('interpolations in block scalars lie where the text holds them, past indentation and folded lines', () => {
  // The offsets used to count from the `|`: a fix for `${NODE_VERSION}` in a `dockerfile_inline` replaced the
  // indentation and `FROM no` instead (found when the fuzz invariants began to check unsafe fixes).
  const text =
    'services:\n  a:\n    build:\n      dockerfile_inline: |\n        ARG V=20\n        FROM node:${V} # $$X\n' +
    '    command: >-\n      echo ${HOME}\n      and $USER\n\n      ${A:-${B}}\n    labels:\n      l: |-\n        ${C\n';
  const m = parseCompose(text);
  const shown = (r: InterpolationRef): unknown => [text.slice(r.start, r.end), text.slice(r.nameStart, r.nameEnd), r.nested.map(shown)];
  assert.deepEqual(m.interpolations.map((i) => i.refs.map(shown)), [
    [['${V}', 'V', []]],
    [['${HOME}', 'HOME', []], ['$USER', 'USER', []], ['${A:-${B}}', 'A', [['${B}', 'B', []]]]],
  ]);
  assert.deepEqual(m.interpolationErrors.map((e) => text.slice(e.start, e.end)), ['${C']);
});
