import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../../server/src/engine/fixes';
import { SHARED_FIX_FINDINGS } from '../../../server/src/rules/shared/shared-fix';
import { lintWithRule } from '../../support/rule-tester';

const numbered = (n: number, item: (k: number) => string, separator = '') => Array.from({ length: n }, (_, k) => item(k)).join(separator);
const GO_STAGE = 'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n';
const RUNTIME = '\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\n';

/** Rules whose one fix mends n findings together: a file with n of them. */
const CASES: { rule: string; file: (n: number) => string }[] = [
  { rule: 'buildplatform-stage-not-cross-compiling', file: (n) => `${GO_STAGE}RUN ${numbered(n, (k) => `go build ./cmd/x${k}`, ' && ')}${RUNTIME}` },
  {
    rule: 'depends-on-profiled-service',
    file: (n) =>
      `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n${numbered(n, (k) => `      - d${k}\n`)}` +
      numbered(n, (k) => `  d${k}:\n    image: busybox:1.37\n    profiles: [debug]\n`),
  },
  { rule: 'exec-form-variable-not-expanded', file: (n) => `FROM alpine:3.20\nCMD ["echo", ${numbered(n, (k) => `"$V${k}"`, ', ')}]\n` },
  // One name per reference: the fix declares them all.
  { rule: 'arg-not-in-scope-in-run', file: (n) => `${numbered(n, (k) => `ARG V${k}=1\n`)}FROM alpine:3.20\nRUN echo ${numbered(n, (k) => `$V${k}`, ' ')}\n` },
];

for (const { rule, file } of CASES) {
  test(`${rule}: the fix that mends every finding rides on each of up to ${SHARED_FIX_FINDINGS}, then on the first alone`, () => {
    for (const n of [SHARED_FIX_FINDINGS, SHARED_FIX_FINDINGS + 1, 1000]) {
      const code = file(n);
      const found = lintWithRule(rule, { code }).filter((f) => f.rule === rule);
      assert.equal(found.length, n, `${n} findings`);
      const carrying = found.filter((f) => f.fixes.length > 0);
      assert.deepEqual(carrying, n <= SHARED_FIX_FINDINGS ? found : [found[0]], `${n} findings`);
      if (rule === 'depends-on-profiled-service') assert.equal(found[0].fixes[0].title, `(unsafe) Add required: false to dependencies on d0, d1, d2 and ${n - 3} more`);
      // The first finding's fix alone mends them all.
      const fixed = applyFixes(code, [found[0]], { unsafe: true }).text;
      assert.deepEqual(lintWithRule(rule, { code: fixed }).filter((f) => f.rule === rule), [], `${n} findings, after the fix`);
    }
  });
}
