import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSecretTokens, lookupImageLifecycle, parseImageReference } from '../../../server/src/knowledge/dockerfile';
import * as queries from '../../../server/src/model/dockerfile/queries';
import { parseDockerfile } from '../../../server/src/model/dockerfile/parse';
import { commandName, commandSites, effectiveArgs, resolveWord } from '../../../server/src/rules/shared/commands';

const FILE = [
  'FROM alpine:3.20',
  'ARG PKGS="curl git"',
  'RUN sudo -u root env A=1 apk add $PKGS && /usr/bin/wget -q https://x && timeout 10 nice -n 5 make',
  'RUN <<EOF',
  'apt-get install -y $PKGS',
  'EOF',
].join('\n');

describe('cached command queries', () => {
  test('answer as the model queries do', () => {
    const model = parseDockerfile(FILE);
    const sites = commandSites(model);
    assert.deepEqual(sites, queries.shellCommands(model.instructions));
    assert.equal(commandSites(model), sites, 'one list per model');
    for (const { command, instruction } of sites) {
      assert.deepEqual(effectiveArgs(command), queries.effectiveArgs(command));
      assert.equal(commandName(command), queries.commandName(command));
      for (const word of command.words) assert.deepEqual(resolveWord(word, instruction.scope), queries.resolveWord(word, instruction.scope));
    }
    assert.deepEqual(sites.map((s) => commandName(s.command)), ['apk', 'wget', 'make', undefined, 'apt-get']);
  });

  test('a word resolves against the scope it is asked with', () => {
    const model = parseDockerfile(FILE);
    const word = commandSites(model)[0].command.args.find((w) => w.raw === '$PKGS');
    assert.ok(word);
    assert.deepEqual(resolveWord(word, model.instructions[2].scope), ['curl', 'git']);
    assert.equal(resolveWord(word, new Map()), undefined);
  });
});

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
