import { ruleTester } from '../../support/rule-tester';

ruleTester('flag-missing-value', {
  valid: [
    'FROM --platform=linux/amd64 alpine:3.20\nCOPY --link --chown=1:1 a /a\nHEALTHCHECK --retries=3 CMD true',
    { name: 'unknown flags are another rule\'s', code: 'FROM alpine:3.20\nCOPY --foo a /a' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCOPY --chown . /app', errors: [{ range: [1, 5, 1, 12], message: '`--chown` needs a value: `--chown=<value>`.' }] },
    { code: 'FROM node:20 AS b\nFROM alpine:3.20\nCOPY --from= b /a /a', errors: [{ range: [2, 5, 2, 12], message: '`--from=` has an empty value.' }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --interval CMD true', errors: [{ range: [1, 12, 1, 22] }] },
    { code: 'FROM alpine:3.20\nRUN --mount make', errors: [{ range: [1, 4, 1, 11] }] },
  ],
});
