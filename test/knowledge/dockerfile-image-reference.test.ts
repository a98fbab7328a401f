import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseImageReference,
  isValidImageReference,
  validateImageReference,
  type ParsedImageReference,
  type Span,
} from '../../server/src/knowledge/dockerfile/base-images';

const SHA = 'sha256:' + 'a'.repeat(64);

/** The text a span covers, so offsets are checked against the input itself. */
function cut(text: string, span: Span | undefined): string | undefined {
  return span === undefined ? undefined : text.slice(span.start, span.end);
}

interface Expected {
  registry?: string;
  namespace?: string;
  repository: string;
  name: string;
  tag?: string;
  digest?: string;
  familiarName: string;
  canonicalName: string;
}

const VALID: [string, Expected][] = [
  ['node', { repository: 'node', name: 'node', familiarName: 'node', canonicalName: 'docker.io/library/node' }],
  ['node:22-slim', { repository: 'node', name: 'node', tag: '22-slim', familiarName: 'node', canonicalName: 'docker.io/library/node' }],
  ['library/node:22', { namespace: 'library', repository: 'node', name: 'library/node', tag: '22', familiarName: 'node', canonicalName: 'docker.io/library/node' }],
  ['docker.io/library/python:3.12', { registry: 'docker.io', namespace: 'library', repository: 'python', name: 'library/python', tag: '3.12', familiarName: 'python', canonicalName: 'docker.io/library/python' }],
  ['index.docker.io/bitnami/redis:7.2', { registry: 'index.docker.io', namespace: 'bitnami', repository: 'redis', name: 'bitnami/redis', tag: '7.2', familiarName: 'bitnami/redis', canonicalName: 'docker.io/bitnami/redis' }],
  ['bitnami/redis', { namespace: 'bitnami', repository: 'redis', name: 'bitnami/redis', familiarName: 'bitnami/redis', canonicalName: 'docker.io/bitnami/redis' }],
  ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', name: 'app', familiarName: 'localhost:5000/app', canonicalName: 'localhost:5000/app' }],
  ['localhost:5000/team/app:1.0', { registry: 'localhost:5000', namespace: 'team', repository: 'app', name: 'team/app', tag: '1.0', familiarName: 'localhost:5000/team/app', canonicalName: 'localhost:5000/team/app' }],
  ['localhost/app', { registry: 'localhost', repository: 'app', name: 'app', familiarName: 'localhost/app', canonicalName: 'localhost/app' }],
  ['ghcr.io/org/sub/app:v1.2.3', { registry: 'ghcr.io', namespace: 'org/sub', repository: 'app', name: 'org/sub/app', tag: 'v1.2.3', familiarName: 'ghcr.io/org/sub/app', canonicalName: 'ghcr.io/org/sub/app' }],
  ['mcr.microsoft.com/dotnet/aspnet:8.0', { registry: 'mcr.microsoft.com', namespace: 'dotnet', repository: 'aspnet', name: 'dotnet/aspnet', tag: '8.0', familiarName: 'mcr.microsoft.com/dotnet/aspnet', canonicalName: 'mcr.microsoft.com/dotnet/aspnet' }],
  [`alpine@${SHA}`, { repository: 'alpine', name: 'alpine', digest: SHA, familiarName: 'alpine', canonicalName: 'docker.io/library/alpine' }],
  [`node:22@${SHA}`, { repository: 'node', name: 'node', tag: '22', digest: SHA, familiarName: 'node', canonicalName: 'docker.io/library/node' }],
  [`registry.example.com:8443/a/b:c@${SHA}`, { registry: 'registry.example.com:8443', namespace: 'a', repository: 'b', name: 'a/b', tag: 'c', digest: SHA, familiarName: 'registry.example.com:8443/a/b', canonicalName: 'registry.example.com:8443/a/b' }],
  ['[::1]:5000/app:dev', { registry: '[::1]:5000', repository: 'app', name: 'app', tag: 'dev', familiarName: '[::1]:5000/app', canonicalName: '[::1]:5000/app' }],
  ['my_org/my-app__x.y:TAG_1.0-rc', { namespace: 'my_org', repository: 'my-app__x.y', name: 'my_org/my-app__x.y', tag: 'TAG_1.0-rc', familiarName: 'my_org/my-app__x.y', canonicalName: 'docker.io/my_org/my-app__x.y' }],
  ['a---b', { repository: 'a---b', name: 'a---b', familiarName: 'a---b', canonicalName: 'docker.io/library/a---b' }],
  // Without a slash a port-like suffix is a tag, as in Docker.
  ['registry:5000', { repository: 'registry', name: 'registry', tag: '5000', familiarName: 'registry', canonicalName: 'docker.io/library/registry' }],
  ['x:' + 'a'.repeat(128), { repository: 'x', name: 'x', tag: 'a'.repeat(128), familiarName: 'x', canonicalName: 'docker.io/library/x' }],
];

function check(text: string, parsed: ParsedImageReference, exp: Expected): void {
  assert.deepEqual(parsed.diagnostics, [], `${text} should be valid`);
  assert.equal(parsed.registry, exp.registry);
  assert.equal(parsed.namespace, exp.namespace);
  assert.equal(parsed.repository, exp.repository);
  assert.equal(parsed.name, exp.name);
  assert.equal(parsed.tag, exp.tag);
  assert.equal(parsed.digest, exp.digest);
  assert.equal(parsed.familiarName, exp.familiarName);
  assert.equal(parsed.canonicalName, exp.canonicalName);
  // Offsets point at exactly the reported parts.
  assert.equal(cut(text, parsed.offsets.registry), exp.registry);
  assert.equal(cut(text, parsed.offsets.namespace), exp.namespace);
  assert.equal(cut(text, parsed.offsets.repository), exp.repository);
  assert.equal(cut(text, parsed.offsets.name), exp.name);
  assert.equal(cut(text, parsed.offsets.tag), exp.tag);
  assert.equal(cut(text, parsed.offsets.digest), exp.digest);
}

describe('parseImageReference: valid references', () => {
  for (const [text, exp] of VALID) {
    test(text.length > 60 ? `${text.slice(0, 60)}…` : text, () => {
      check(text, parseImageReference(text), exp);
      assert.equal(isValidImageReference(text), true);
    });
  }

  test('offsets of a full reference', () => {
    const text = `ghcr.io/org/app:1.0@${SHA}`;
    const p = parseImageReference(text);
    assert.deepEqual(p.offsets.registry, { start: 0, end: 7 });
    assert.deepEqual(p.offsets.namespace, { start: 8, end: 11 });
    assert.deepEqual(p.offsets.repository, { start: 12, end: 15 });
    assert.deepEqual(p.offsets.name, { start: 8, end: 15 });
    assert.deepEqual(p.offsets.tag, { start: 16, end: 19 });
    assert.deepEqual(p.offsets.digest, { start: 20, end: text.length });
  });
});

describe('parseImageReference: invalid references', () => {
  const INVALID: [string, string, string][] = [
    // text, expected code, text the diagnostic covers
    ['Ubuntu:22.04', 'uppercase-repository', 'Ubuntu'],
    ['MyOrg/app', 'uppercase-repository', 'MyOrg'],
    ['ghcr.io/Org/app', 'uppercase-repository', 'Org'],
    ['node:', 'empty-tag', ':'],
    ['node:-alpine', 'invalid-tag', '-alpine'],
    ['node:.x', 'invalid-tag', '.x'],
    ['node:a+b', 'invalid-tag', 'a+b'],
    ['x:' + 'a'.repeat(129), 'tag-too-long', 'a'.repeat(129)],
    ['node@', 'invalid-digest', '@'],
    ['node@sha256:abc', 'invalid-digest', '@sha256:abc'],
    ['node@sha256:' + 'a'.repeat(63), 'invalid-digest', '@sha256:' + 'a'.repeat(63)],
    ['node@sha256:' + 'A'.repeat(64), 'invalid-digest', '@sha256:' + 'A'.repeat(64)],
    ['node@' + 'a'.repeat(64), 'invalid-digest', '@' + 'a'.repeat(64)],
    ['node:22 AS build', 'whitespace', ' '],
    ['', 'empty', ''],
    [':latest', 'missing-repository', ''],
    ['a//b', 'invalid-name-component', ''],
    ['a/b/', 'invalid-name-component', ''],
    ['my-app-', 'invalid-name-component', 'my-app-'],
    ['my..app', 'invalid-name-component', 'my..app'],
    ['bad_host.example.com/app', 'invalid-registry', 'bad_host.example.com'],
    ['a'.repeat(256), 'name-too-long', 'a'.repeat(256)],
  ];
  for (const [text, code, covered] of INVALID) {
    test(`${text.length > 40 ? text.slice(0, 40) + '…' : JSON.stringify(text)} → ${code}`, () => {
      const diags = validateImageReference(text);
      const d = diags.find((x) => x.code === code);
      assert.ok(d, `expected ${code}, got ${diags.map((x) => x.code).join(', ') || 'none'}`);
      assert.equal(text.slice(d.span.start, d.span.end), covered);
      assert.ok(d.message.length > 10);
      assert.equal(isValidImageReference(text), false);
    });
  }

  test('a digest after a tag is still parsed when the tag is bad', () => {
    const p = parseImageReference(`node:bad+tag@${SHA}`);
    assert.equal(p.digest, SHA);
    assert.equal(p.tag, 'bad+tag');
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['invalid-tag']);
  });

  test('never throws on odd input', () => {
    for (const text of ['@', ':', '/', '//', '::', '@@', 'a@b@c', ' ', 'a:b:c', '/a', 'a/:b']) {
      const p = parseImageReference(text);
      assert.ok(p.diagnostics.length > 0, text);
    }
  });
});
