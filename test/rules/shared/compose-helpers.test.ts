/** Unit tests for the helpers the Compose rules share: interpolation defaults, port and volume parsing, reordering. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isMap } from 'yaml';
import { applyFixes } from '../../../server/src/engine/fixes';
import { getPair } from '../../../server/src/model/compose/parse';
import { parseCompose } from '../../../server/src/model/compose/parse';
import { parseShortVolume } from '../../../server/src/rules/shared/compose-mounts';
import { resolveDefaults, scalarString } from '../../../server/src/rules/shared/compose-nodes';
import { parseShortPort } from '../../../server/src/rules/shared/compose-ports';
import { reorderEdit } from '../../../server/src/rules/shared/compose-text-edits';

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
