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
      name: 'the character is all the instruction holds: deleting it would leave an empty FROM, so no fix',
      code: 'FROM \uFEFF\n',
      errors: [{ range: [0, 5, 0, 6] }],
    },
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
    {
      name: 'non-breaking space inside a value: unsafe replacement with a space',
      code: `${f}ENV GREETING="hello\u00a0world"`,
      errors: [{ range: [1, 19, 1, 20], message: 'A non-breaking space (U+00A0) is not white space to the builder or the shell.' }],
      output: `${f}ENV GREETING="hello world"`,
    },
    {
      name: 'zero-width space next to a space: unsafe deletion',
      code: `${f}RUN echo a \u200bb`,
      errors: [{ range: [1, 11, 1, 12], message: 'A zero-width space (U+200B) is not white space to the builder or the shell.' }],
      output: `${f}RUN echo a b`,
    },
    {
      name: 'zero-width space inside a FROM word: deleted, since an image reference never holds a space',
      code: 'FROM node\u200b:22 AS build\n',
      errors: [{ range: [0, 9, 0, 10] }],
      output: 'FROM node:22 AS build\n',
    },
    {
      name: 'zero-width no-break space inside any word: deleted, since a space would split the word (a COPY destination)',
      code: `${f}COPY a /app\ufeffx`,
      errors: [{ range: [1, 11, 1, 12] }],
      output: `${f}COPY a /appx`,
    },
    {
      name: 'zero-width space before a flag, after a word: replaced with a space',
      code: `${f}RUN apt-get install\u200b-y curl`,
      errors: [{ range: [1, 19, 1, 20] }],
      output: `${f}RUN apt-get install -y curl`,
    },
    {
      name: 'before the only source of a COPY: as a flag it would leave no destination, so no fix (found by the fuzzer)',
      code: `${f}COPY \ufeff--chown=app /src\nCOPY —chown=app /src\nADD \u00a0--chmod=755 /src`,
      errors: [{ range: [1, 5, 1, 6] }, { range: [2, 5, 2, 6], message: /`--` belongs/ }, { range: [3, 4, 3, 5] }],
    },
    {
      name: 'before a COPY flag followed by a source and a destination: fixed',
      code: `${f}COPY \ufeff--chown=app /src /dst`,
      errors: [{ range: [1, 5, 1, 6] }],
      output: `${f}COPY --chown=app /src /dst`,
    },
    {
      name: 'before a COPY flag followed by a JSON array of a source and a destination (one word): fixed',
      code: `${f}COPY \ufeff--chown=app ["/src","/dst"]`,
      errors: [{ range: [1, 5, 1, 6] }],
      output: `${f}COPY --chown=app ["/src","/dst"]`,
    },
    {
      name: 'zero-width no-break space after the keyword: safe',
      code: `${f}WORKDIR\ufeff/app`,
      errors: [{ range: [1, 7, 1, 8], message: 'A zero-width no-break space (U+FEFF) is not white space to the builder or the shell.' }],
      output: `${f}WORKDIR /app`,
    },
  ],
});

// Linted with every rule: `run-shell-syntax-error` once ran out of memory on a non-breaking space before a flag.
test('invisible spaces: a safe fix before a flag, an unsafe one elsewhere', () => {
  const rule = allRules.find((r) => r.meta.id === 'typographic-dash-or-space');
  assert.ok(rule);
  const code = `${f}RUN apt-get install\u00a0-y\u200bcurl`;
  const found = lint(code, { fileName: '/work/Dockerfile', allRules: true }).findings.filter((x) => x.rule === rule.meta.id);
  assert.deepEqual(
    found.map((x) => [x.range.start.line, x.range.start.character, x.range.end.line, x.range.end.character, x.fixes.length]),
    [[1, 19, 1, 20, 1], [1, 22, 1, 23, 1]],
  );
  assert.equal(found[0].message, 'A non-breaking space (U+00A0) is not white space to the builder or the shell.');
  assert.match(found[1].message, /zero-width space \(U\+200B\)/);
  // The zero-width space sits inside a word: deleting it leaves what the user saw, a space would split the word.
  assert.deepEqual(found.map((x) => [x.fixes[0].title, x.fixes[0].safety]), [
    ['Replace the non-breaking space with a space', 'safe'],
    ['(unsafe) Delete the zero-width space', 'unsafe'],
  ]);
  assert.equal(applyFixes(code, found).text, `${f}RUN apt-get install -y\u200bcurl`);
  assert.equal(applyFixes(code, found, { unsafe: true }).text, `${f}RUN apt-get install -ycurl`);
});
