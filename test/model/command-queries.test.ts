/** The model's command queries keep their answers on the model and its commands: the same answers each time. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandName, commandSites, effectiveArgs, resolveWord, shellCommands } from '../../server/src/model/dockerfile/queries';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';

const FILE = [
  'FROM alpine:3.20',
  'ARG PKGS="curl git"',
  'RUN sudo -u root env A=1 apk add $PKGS && /usr/bin/wget -q https://x && timeout 10 nice -n 5 make',
  'RUN <<EOF',
  'apt-get install -y $PKGS',
  'EOF',
].join('\n');

describe('command queries', () => {
  test('one list of command sites per model, equal to shellCommands over its instructions', () => {
    const model = parseDockerfile(FILE);
    const sites = commandSites(model);
    assert.deepEqual(sites, shellCommands(model.instructions));
    assert.equal(commandSites(model), sites);
    assert.notEqual(commandSites(parseDockerfile(FILE)), sites, 'another model, another list');
  });

  test('commands after wrappers, worked out once per command', () => {
    const model = parseDockerfile(FILE);
    const sites = commandSites(model);
    assert.deepEqual(sites.map((s) => commandName(s.command)), ['apk', 'wget', 'make', undefined, 'apt-get']);
    assert.deepEqual(effectiveArgs(sites[0].command).map((w) => w.value), ['apk', 'add', '$PKGS']);
    assert.deepEqual(effectiveArgs(sites[2].command).map((w) => w.value), ['make']);
    assert.equal(effectiveArgs(sites[0].command), effectiveArgs(sites[0].command), 'the same list each time');
  });

  test('a word resolves against the scope it is asked with', () => {
    const model = parseDockerfile(FILE);
    const word = commandSites(model)[0].command.args.find((w) => w.raw === '$PKGS');
    assert.ok(word);
    assert.deepEqual(resolveWord(word, model.instructions[2].scope), ['curl', 'git']);
    assert.equal(resolveWord(word, new Map()), undefined);
    assert.deepEqual(resolveWord(word, model.instructions[2].scope), ['curl', 'git']);
  });
});
