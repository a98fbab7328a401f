import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../../server/src/engine/fixes';
import { lint } from '../../../server/src/engine/lint';
import { allRules } from '../../../server/src/rules';
import { ruleTester } from '../../support/rule-tester';

const f = 'FROM debian:bookworm-slim\n';

ruleTester('typographic-dash-or-space', {
  valid: [
    `${f}RUN apt-get install -y curl`,
    `${f}# apt-get install –y\nRUN true`,
    `${f}LABEL description="build – test"`,
    `${f}RUN echo "a – b"`,
    `${f}RUN echo 1–2`,
    '\ufeffFROM debian:bookworm-slim',
    `${f}COPY <<EOF /x\n–y\u00a0z\nEOF`,
  ],
  invalid: [
    {
      code: `${f}RUN apt-get update && apt-get install –y curl`,
      errors: [{ range: [1, 38, 1, 39], message: "An en dash (`–`) stands where a flag's `-` belongs, so `–y` is not read as a flag." }],
      output: `${f}RUN apt-get update && apt-get install -y curl`,
    },
    {
      name: 'em dash and long options',
      code: `FROM golang:1.23 AS build\nFROM scratch\nCOPY —from=build /app /app\nRUN x –no-install-recommends −quiet`,
      errors: [{ range: [2, 5, 2, 6], message: /`--` belongs/ }, { range: [3, 6, 3, 7] }, { range: [3, 29, 3, 30], message: /^A minus sign/ }],
      output: `FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /app /app\nRUN x --no-install-recommends --quiet`,
    },
  ],
});

// Run with this rule alone: at the time of writing `run-shell-syntax-error` runs out of memory on a
// non-breaking space before a flag, which would take the whole table run down with it.
test('invisible spaces: fixed before a flag, reported without a fix elsewhere', () => {
  const rule = allRules.find((r) => r.meta.id === 'typographic-dash-or-space');
  assert.ok(rule);
  const code = `${f}RUN apt-get install\u00a0-y\u200bcurl`;
  const found = lint(code, { fileName: '/work/Dockerfile', rules: [rule] }).findings.filter((x) => x.rule === rule.meta.id);
  assert.deepEqual(
    found.map((x) => [x.range.start.line, x.range.start.character, x.range.end.line, x.range.end.character, x.fixes.length]),
    [[1, 19, 1, 20, 1], [1, 22, 1, 23, 0]],
  );
  assert.equal(found[0].message, 'A non-breaking space (U+00A0) is not white space to the builder or the shell.');
  assert.match(found[1].message, /zero-width space \(U\+200B\)/);
  assert.equal(found[0].fixes[0].safety, 'safe');
  assert.equal(applyFixes(code, found).text, `${f}RUN apt-get install -y\u200bcurl`);
});
