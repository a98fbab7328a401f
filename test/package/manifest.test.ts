/** The extension manifest and what the .vsix would hold (`vsce ls`, the same file list `npm run package` zips). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('activates on Dockerfiles and compose files and contributes the compose language', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:dockerfile', 'onLanguage:dockercompose']);
  const compose = manifest.contributes.languages.find((l: { id: string }) => l.id === 'dockercompose');
  for (const name of ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']) assert.ok(compose.filenames.includes(name), name);
  for (const pattern of ['compose.*.yaml', 'docker-compose.*.yml']) assert.ok(compose.filenamePatterns.includes(pattern), pattern);
  assert.equal(manifest.main, './dist/client.js');
  assert.ok(manifest.capabilities.untrustedWorkspaces);
});

test('every contributed file exists', () => {
  const c = manifest.contributes;
  const paths = [
    ...c.grammars.map((g: { path: string }) => g.path),
    ...c.snippets.map((s: { path: string }) => s.path),
    ...c.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
  ];
  for (const p of paths) assert.ok(existsSync(join(root, p)), p);
});

test('the package holds the bundles, not a node_modules tree', () => {
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const f of ['package.json', 'dist/client.js', 'dist/server.js', 'snippets/dockerfile.json', 'docs/rules/base-image-latest.md']) assert.ok(files.includes(f), f);
  assert.ok(!files.some((f) => f.startsWith('node_modules/')), 'no node_modules');
  assert.ok(!files.some((f) => f.endsWith('.ts') || f.endsWith('.map')), 'no sources or maps');
});
