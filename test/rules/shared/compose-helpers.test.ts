/** Unit tests for the helpers the Compose rules share: interpolation defaults, port and volume parsing, reordering. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isMap, type YAMLMap } from 'yaml';
import { applyFixes } from '../../../server/src/engine/fixes';
import { getPair } from '../../../server/src/model/compose/parse';
import { parseCompose } from '../../../server/src/model/compose/parse';
import { parseShortVolume } from '../../../server/src/rules/shared/compose-mounts';
import { findPair, resolveDefaults, scalarString } from '../../../server/src/rules/shared/compose-nodes';
import { isYaml11BooleanWord } from '../../../server/src/rules/shared/compose-schema';
import { isDatabaseImage } from '../../../server/src/rules/shared/compose-security-lists';
import { parseImageReference } from '../../../server/src/knowledge/dockerfile/base-images';
import { parseShortPort } from '../../../server/src/rules/shared/compose-ports';
import { indentStep, reorderEdit } from '../../../server/src/rules/shared/compose-text-edits';

describe('resolveDefaults', () => {
  test('uses defaults and unescapes $$', () => {
    assert.equal(resolveDefaults('postgres:${PG:-16}'), 'postgres:16');
    assert.equal(resolveDefaults('${A-x}-${B:-${C:-y}}'), 'x-y');
    assert.equal(resolveDefaults('cost $$5'), 'cost $5');
  });
  test('is undefined when a variable has no default', () => {
    assert.equal(resolveDefaults('${TAG}'), undefined);
    assert.equal(resolveDefaults('$TAG'), undefined);
    assert.equal(resolveDefaults('${TAG:?required}'), undefined);
  });
});

describe('parseShortPort', () => {
  test('ip, host range, container range, protocol', () => {
    const p = parseShortPort('127.0.0.1:8000-8010:80-90/udp', 10);
    assert.equal(p.hostIp?.text, '127.0.0.1');
    assert.deepEqual(p.publishedRange, [8000, 8010]);
    assert.deepEqual(p.containerRange, [80, 90]);
    assert.equal(p.protocol, 'udp');
    assert.deepEqual([p.published?.start, p.published?.end], [20, 29]);
  });
  test('IPv6 in brackets and container-only entries', () => {
    assert.equal(parseShortPort('[::1]:53:53', 0).hostIp?.text, '::1');
    const only = parseShortPort('3000', 0);
    assert.equal(only.published, undefined);
    assert.deepEqual(only.containerRange, [3000, 3000]);
  });
});

describe('parseShortVolume', () => {
  test('keeps a Windows drive letter in the source', () => {
    const model = parseCompose('v: C:\\data:/data:ro,z\n');
    const str = model.root && scalarString(model, getPair(model.root, 'v')?.value);
    assert.ok(str);
    const v = parseShortVolume(str);
    assert.equal(v.source?.text, 'C:\\data');
    assert.deepEqual(v.options.map((o) => o.text), ['ro', 'z']);
    assert.equal(v.readOnly, true);
    assert.equal(v.type, 'bind');
  });
});

describe('reorderEdit', () => {
  test('moves entries with their comments and keeps CRLF and blank-line separators', () => {
    const text = 'services:\r\n  # b comment\r\n  b:\r\n    image: x\r\n\r\n  a:\r\n    image: y\r\n';
    const model = parseCompose(text);
    const services = model.root && getPair(model.root, 'services')?.value;
    assert.ok(isMap(services));
    const edit = reorderEdit(model.document, text, services, [1, 0]);
    assert.ok(edit);
    const fixed = applyFixes(text, [{ rule: 'x', severity: 'info', message: '', range: edit.range, fixes: [{ title: 't', safety: 'safe', edits: [edit] }] }]).text;
    assert.equal(fixed, 'services:\r\n  a:\r\n    image: y\r\n\r\n  # b comment\r\n  b:\r\n    image: x\r\n');
  });
});

describe('indentStep', () => {
  test('the step of the first nested block line, two spaces when nothing tells', () => {
    assert.equal(indentStep('services:\n  web:\n    image: x\n'), '  ');
    assert.equal(indentStep('services:\n    web:\n        image: x\n'), '    ');
    assert.equal(indentStep('# top\nname: app\n\nservices:\r\n   # note\n   web: {}\r\n'), '   ');
    // A list under its key without indentation says nothing; the next nested key does.
    assert.equal(indentStep('x:\n- a\nservices:\n    web: {}\n'), '    ');
    // A deeper line after a plain scalar value (a continuation) is no step.
    assert.equal(indentStep('name: a\n      b\nservices:\n    web: {}\n'), '    ');
    assert.equal(indentStep('services: {}\n'), '  ');
    assert.equal(indentStep(''), '  ');
  });
});

describe('findPair', () => {
  const text = 'x-a: &a\n  image: from-a:1\n  user: a\nx-b: &b\n  user: b\n  init: true\nservices:\n  web:\n    <<: [*a, *b]\n    image: own:1\n';
  const doc = parseCompose(text).yamlDocs[0]!;
  const web = (doc.getIn(['services', 'web'], true) ?? undefined) as YAMLMap;
  const valueText = (key: string) => String((findPair(doc, web, key)?.value as { value?: unknown } | undefined)?.value);

  test('own keys win, wherever the merge key is written', () => assert.equal(valueText('image'), 'own:1'));
  test('then the merged mappings, earlier ones first', () => {
    assert.equal(valueText('user'), 'a');
    assert.equal(valueText('init'), 'true');
  });
  test('a missing key', () => assert.equal(findPair(doc, web, 'ports'), undefined));
});

describe('compose security lists and words', () => {
  test('database images, Bitnami variants included', () => {
    for (const yes of ['postgres:17', 'docker.io/library/redis:7', 'bitnami/redis:7', 'bitnami/opensearch:2']) assert.equal(isDatabaseImage(parseImageReference(yes)), true, yes);
    // `opensearchproject/opensearch` is listed; its last segment counts for Bitnami's images only.
    for (const no of ['nginx:1.27', 'acme/opensearch:2']) assert.equal(isDatabaseImage(parseImageReference(no)), false, no);
  });
  test('YAML 1.1 boolean words', () => {
    for (const yes of ['y', 'Yes', 'ON', 'off', 'n', 'No']) assert.equal(isYaml11BooleanWord(yes), true, yes);
    for (const no of ['yess', 'true', 'o', '', 'offf', 1]) assert.equal(isYaml11BooleanWord(no), false, String(no));
  });
});
