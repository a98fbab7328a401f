import { ruleTester } from '../../support/rule-tester';

ruleTester('parser-directive-casing', {
  valid: ['# syntax=docker/dockerfile:1\nFROM alpine:3.20', { name: 'ordinary comments later', code: 'FROM alpine:3.20\n# ESCAPE=`' }],
  invalid: [
    {
      code: '# SYNTAX=docker/dockerfile:1\n# Escape=`\nFROM alpine:3.20',
      errors: [{ range: [0, 2, 0, 8], message: 'Write the directive name in lower case: `syntax`, not `SYNTAX`.' }, { range: [1, 2, 1, 8] }],
      output: '# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:3.20',
    },
  ],
});
