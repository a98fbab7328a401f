import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyRuleSettings, loadConfig } from '../../server/src/engine/config';
import { memoryFileSystem } from '../../server/src/engine/fs';
import { lint, ruleNames } from '../../server/src/engine/lint';
import { pick } from '../support/rule-tester';

const rules = pick('base-image-latest');

const names = ruleNames();

test('.stevedore.yaml is found by walking up and maps aliases to ids', () => {
  const fs = memoryFileSystem({ '/p/.stevedore.yaml': 'rules:\n  DL3007: off\n  apt-get-missing-yes: { severity: error }\n', '/p/a/b/Dockerfile': '' });
  const config = loadConfig(fs, '/p/a/b/Dockerfile', names);
  assert.equal(config.severities.get('base-image-latest'), 'off');
  assert.equal(config.severities.get('apt-get-missing-yes'), 'error');
  assert.deepEqual(config.files, ['/p/.stevedore.yaml']);
});

test('.hadolint.yaml ignored and override, under .stevedore.yaml', () => {
  const fs = memoryFileSystem({
    '/p/.hadolint.yaml': 'ignored: [DL3006]\noverride:\n  error: [DL3014, DL3007]\n  style: [DL4000]\n',
    '/p/.stevedore.yaml': 'rules:\n  base-image-latest: info\n',
  });
  const config = loadConfig(fs, '/p/Dockerfile', names);
  assert.equal(config.severities.get('base-image-untagged'), 'off');
  assert.equal(config.severities.get('apt-get-missing-yes'), 'error');
  assert.equal(config.severities.get('maintainer-deprecated'), 'hint');
  assert.equal(config.severities.get('base-image-latest'), 'info', '.stevedore.yaml wins over .hadolint.yaml');
  assert.equal(loadConfig(fs, '/p/Dockerfile', names, { useHadolint: false }).severities.get('base-image-untagged'), undefined);
});

test('problems are collected, never thrown', () => {
  const fs = memoryFileSystem({ '/p/.stevedore.yaml': 'rules:\n  nope: off\n  DL3007: loud\n  DL9999: off\n', '/q/.stevedore.yaml': 'rules: [\n' });
  assert.deepEqual(loadConfig(fs, '/p/Dockerfile', names).problems.map((p) => p.message), [
    'Unknown rule `nope` in /p/.stevedore.yaml.',
    'Invalid severity `loud` for `DL3007` in /p/.stevedore.yaml: use off, info, warning or error.',
  ]);
  assert.match(loadConfig(fs, '/q/Dockerfile', names).problems[0].message, /^Invalid YAML in \/q\/\.stevedore\.yaml/);
});

test('editor settings layer on top, and configured severities reach the findings', () => {
  const fs = memoryFileSystem({ '/p/.stevedore.yaml': 'rules:\n  base-image-latest: off\n' });
  const config = loadConfig(fs, '/p/Dockerfile', names);
  applyRuleSettings(config, { 'base-image-latest': 'error' }, names, 'settings');
  const findings = lint('FROM node:latest\n', { fileName: '/p/Dockerfile', config, rules }).findings;
  assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['base-image-latest', 'error']]);
});

test('allRules turns rules on that are off by default or by configuration', () => {
  const fs = memoryFileSystem({ '/p/.stevedore.yaml': 'rules:\n  base-image-latest: off\n' });
  const config = loadConfig(fs, '/p/Dockerfile', names);
  assert.deepEqual(lint('FROM node:latest\n', { fileName: '/p/Dockerfile', config, rules }).findings, []);
  assert.deepEqual(lint('FROM node:latest\n', { fileName: '/p/Dockerfile', config, allRules: true, rules }).findings.map((f) => f.rule), ['base-image-latest']);
});

test('.hadolint.yaml trustedRegistries turns on the registry allow-list rule', () => {
  const fs = memoryFileSystem({ '/p/.hadolint.yaml': 'trustedRegistries:\n  - ghcr.io\n' });
  const config = loadConfig(fs, '/p/Dockerfile', names);
  const ids = names.resolve('DL3026');
  assert.ok(ids.length > 0);
  for (const id of ids) {
    assert.deepEqual(config.options.get(id), { trustedRegistries: ['ghcr.io'] });
    assert.equal(config.severities.get(id), 'warning');
  }
});

test('.hadolint.yaml label-schema configures and turns on the label rules', () => {
  const fs = memoryFileSystem({ '/p/.hadolint.yaml': 'label-schema:\n  maintainer: text\nstrict-labels: true\n' });
  const config = loadConfig(fs, '/p/Dockerfile', names);
  for (const id of names.resolve('DL3049')) {
    assert.deepEqual(config.options.get(id), { schema: { maintainer: 'text' }, strict: true });
    assert.equal(config.severities.get(id), 'warning');
  }
});
