import { ruleTester } from '../../support/rule-tester';

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
