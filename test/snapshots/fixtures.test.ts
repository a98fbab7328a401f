/**
 * Realistic Dockerfiles and compose projects (test/fixtures) with a readable snapshot of their findings
 * (test/snapshots/<fixture>.txt). A reviewer reads the snapshot diff when a rule changes what it reports.
 * Update with `UPDATE_SNAPSHOTS=1 npm run test:unit`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../server/src/engine/config';
import { detectKind } from '../../server/src/engine/kind';
import { lint, ruleNames } from '../../server/src/engine/lint';
import { nodeFileSystem } from '../../server/src/platform/node-fs';
import { NOW } from '../support/rule-tester';

const root = join(__dirname, '../../..');
const fixtures = join(root, 'test/fixtures');
const snapshots = join(root, 'test/snapshots');

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : detectKind(name) ? [path] : [];
  });
}

function render(path: string): string {
  const text = readFileSync(path, 'utf8');
  const config = loadConfig(nodeFileSystem, path, ruleNames());
  const findings = lint(text, { fileName: path, config, fs: nodeFileSystem, now: NOW }).findings;
  const lines = text.split('\n');
  const out = [`# ${relative(fixtures, path)}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`];
  for (const f of findings) {
    const { start, end } = f.range;
    const excerpt = start.line === end.line ? lines[start.line]?.slice(start.character, end.character) : `${lines[start.line]?.slice(start.character)}…`;
    out.push(`${start.line + 1}:${start.character + 1} ${f.severity} ${f.rule}: ${f.message}`);
    out.push(`    at \`${excerpt}\`${f.fixes[0] ? ` — fix (${f.fixes[0].safety}): ${f.fixes[0].title}` : ''}`);
  }
  // Snapshots must not depend on where the repository is checked out.
  return out.join('\n').split(fixtures).join('<fixtures>') + '\n';
}

for (const path of files(fixtures)) {
  const name = relative(fixtures, path).replace(/[/\\]/g, '__');
  test(`snapshot: ${relative(fixtures, path)}`, () => {
    const actual = render(path);
    const snapshot = join(snapshots, `${name}.txt`);
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(snapshot, actual);
    assert.ok(existsSync(snapshot), `no snapshot ${relative(root, snapshot)}: run UPDATE_SNAPSHOTS=1 npm run test:unit and review it`);
    assert.equal(actual, readFileSync(snapshot, 'utf8'));
  });
}
