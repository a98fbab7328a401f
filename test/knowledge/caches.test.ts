/** Knowledge lookups that keep answers between calls must still answer as the tables say. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSecretTokens, lookupImageLifecycle, parseImageReference } from '../../server/src/knowledge/dockerfile';

describe('knowledge caches', () => {
  test('the secret-token hint lets every format through', () => {
    const samples = [
      'AKIA' + 'A'.repeat(16), 'ghp_' + 'a'.repeat(36), 'github_pat_' + 'a'.repeat(22), 'glpat-' + 'a'.repeat(20),
      'xoxb-' + '1'.repeat(10), 'sk_live_' + 'a'.repeat(16), 'AIza' + 'a'.repeat(35), 'npm_' + 'a'.repeat(36),
      'eyJhbGciOi.eyJzdWIiOi.abcdefghijkl', '-----BEGIN RSA PRIVATE KEY-----',
    ];
    for (const s of samples) assert.equal(findSecretTokens(`x ${s} y`).length, 1, s);
  });

  test('lifecycle lookups follow the date with a cached image', () => {
    const ref = parseImageReference('python:3.8-slim-buster');
    assert.equal(lookupImageLifecycle(ref, new Date('2020-01-01')).status, 'supported');
    assert.equal(lookupImageLifecycle(ref, new Date('2030-01-01')).status, 'eol');
    assert.equal(lookupImageLifecycle(ref, new Date('2020-01-01')).status, 'supported');
    assert.equal(lookupImageLifecycle({ ...ref, tag: '3.13-slim' }, new Date('2026-01-01')).status, 'supported');
  });
});
