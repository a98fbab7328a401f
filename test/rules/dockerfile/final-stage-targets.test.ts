/** The final-stage rules also judge a stage that a compose build.target ships (catalog convention 6). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryFileSystem } from '../../../server/src/engine/fs';
import { applyFixes } from '../../../server/src/engine/fixes';
import { lint } from '../../../server/src/engine/lint';
import { pick } from '../../support/rule-tester';

const DOCKERFILE = 'FROM node:22-slim AS runtime\nUSER node\nCMD ["node", "a.js"]\n\nFROM node:22-slim AS debug\nUSER 1000\nCMD ["node", "--inspect", "a.js"]\n';
const fs = memoryFileSystem({ '/p/Dockerfile': DOCKERFILE, '/p/compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      target: runtime\n' });
const rules = pick('user-non-numeric', 'healthcheck-missing', 'final-user-root', 'final-user-missing');
const config = { severities: new Map([['healthcheck-missing', 'warning' as const]]), options: new Map(), allRules: false, files: [], problems: [] };

test('a stage named by a compose build.target is judged like the last stage', () => {
  const findings = lint(DOCKERFILE, { fileName: '/p/Dockerfile', fs, rules, config }).findings;
  assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [
    ['healthcheck-missing', 0],
    ['user-non-numeric', 1],
    ['healthcheck-missing', 4],
  ]);
  assert.match(findings[0].message, /^Stage `runtime`, which a compose or Bake build targets, has no `HEALTHCHECK`/);
  const fixed = applyFixes(DOCKERFILE, [findings[0]], { unsafe: true }).text;
  assert.equal(fixed.split('\n')[3], 'HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost/ || exit 1', 'inserted at the end of that stage');
});

test('without a workspace build, only the last stage is judged', () => {
  const findings = lint(DOCKERFILE, { fileName: '/q/Dockerfile', rules, config }).findings;
  assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [['healthcheck-missing', 4]]);
});
