import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/src/engine/lint';
import { ruleTester } from '../../support/rule-tester';

test('unknown-instruction is info under a custom frontend, unless configured', () => {
  const text = '# syntax=example.com/frontend:1\nFROM alpine:3.20\nFROB x';
  const find = (severities?: Map<string, 'error'>) =>
    lint(text, { fileName: '/w/Dockerfile', config: severities ? { severities, options: new Map(), allRules: false, files: [], problems: [] } : undefined })
      .findings.find((f) => f.rule === 'unknown-instruction');
  assert.equal(find()?.severity, 'info');
  assert.equal(find(new Map([['unknown-instruction', 'error']]))?.severity, 'error');
});

ruleTester('unknown-instruction', {
  valid: [
    'FROM alpine:3.20\nRUN echo hi',
    'from alpine:3.20\nrun echo hi',
    'FROM alpine:3.20\nRUN echo one \\\n  two',
    'FROM alpine:3.20\nRUN <<EOF\nRUNN not an instruction inside a heredoc\nEOF',
    '# syntax=docker/dockerfile:1\nFROM alpine:3.20',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUNN echo hi',
      errors: [{ range: [1, 0, 1, 4], message: 'Unknown instruction `RUNN`. Did you mean `RUN`?' }],
      output: 'FROM alpine:3.20\nRUN echo hi',
    },
    {
      code: 'FROM alpine:3.20\nENTRYPIONT ["sh"]',
      errors: [{ range: [1, 0, 1, 10], message: /Did you mean `ENTRYPOINT`\?/ }],
      output: 'FROM alpine:3.20\nENTRYPOINT ["sh"]',
    },
    {
      name: 'no suggestion for a word far from every instruction',
      code: 'FROM alpine:3.20\nBANANA split',
      errors: [{ range: [1, 0, 1, 6], message: 'Unknown instruction `BANANA`.' }],
    },
    {
      name: 'a forgotten continuation',
      code: 'FROM alpine:3.20\nRUN apk add curl\n  wget',
      errors: [{ range: [2, 2, 2, 6], message: 'Unknown instruction `wget`.' }],
    },
    {
      name: 'a custom frontend may define its own instructions',
      code: '# syntax=example.com/frontend:1\nFROM alpine:3.20\nFROB x',
      errors: [{ range: [2, 0, 2, 4], message: /custom frontend/ }],
      output: '# syntax=example.com/frontend:1\nFROM alpine:3.20\nFROM x',
    },
  ],
});
