import { ruleTester } from '../../support/rule-tester';

ruleTester('syntax-directive-outdated', {
  valid: ['# syntax=docker/dockerfile:1\nFROM alpine:3.20', '# syntax=docker/dockerfile:1.4\nFROM alpine:3.20', '# syntax=docker/dockerfile:1-labs\nFROM alpine:3.20', '# syntax=example.com/frontend:0.1\nFROM alpine:3.20'],
  invalid: [
    {
      code: '# syntax=docker/dockerfile:1.0-experimental\nFROM alpine:3.20',
      errors: [{ range: [0, 9, 0, 43], message: '`docker/dockerfile:1.0-experimental` is an obsolete experimental frontend; use `docker/dockerfile:1`.' }],
      output: '# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    },
    { code: '# syntax=docker/dockerfile:experimental\nFROM alpine:3.20', errors: [{ range: [0, 9, 0, 39] }], output: '# syntax=docker/dockerfile:1\nFROM alpine:3.20' },
    { code: '# syntax=docker/dockerfile:1.2\nFROM alpine:3.20', errors: [{ range: [0, 9, 0, 30], message: /predates frontend 1.4/ }], output: '# syntax=docker/dockerfile:1\nFROM alpine:3.20' },
  ],
});
