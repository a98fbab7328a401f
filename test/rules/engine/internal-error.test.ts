import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/src/engine/lint';
import type { DockerfileRule } from '../../../server/src/engine/rule';
import { allRules } from '../../../server/src/rules';

const broken: DockerfileRule = {
  meta: { ...allRules[0].meta, id: 'always-throws', target: 'dockerfile' } as DockerfileRule['meta'],
  check() {
    throw new Error('boom');
  },
};

test('a rule that throws becomes an internal-error finding and the other rules still run', () => {
  const rules = [broken, ...allRules];
  const findings = lint('FROM node:latest\n', { fileName: '/w/Dockerfile', rules }).findings;
  const internal = findings.filter((f) => f.rule === 'internal-error');
  assert.equal(internal.length, 1);
  assert.match(internal[0].message, /`always-throws` failed on this file and was skipped: boom/);
  assert.deepEqual(internal[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.ok(findings.some((f) => f.rule === 'base-image-latest'), 'other rules still report');
});

test('internal-error can be turned off like any rule', () => {
  const rules = [broken, ...allRules];
  const config = { severities: new Map([['internal-error', 'off' as const]]), options: new Map(), allRules: false, files: [], problems: [] };
  const findings = lint('FROM node:latest\n', { fileName: '/w/Dockerfile', rules, config }).findings;
  assert.equal(findings.filter((f) => f.rule === 'internal-error').length, 0);
});
