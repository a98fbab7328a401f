import { ruleTester } from '../../support/rule-tester';

ruleTester('copy-from-invalid-value', {
  valid: ['FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /a /a\nCOPY --from=nginx:1.27 /a /a\nCOPY --from=ghcr.io/x/y:1 /a /a'],
  invalid: [
    {
      code: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=-build /a /a',
      errors: [{ range: [2, 12, 2, 18], message: '`-build` cannot name a stage, stage index or image: it must start with a letter or digit.' }],
    },
    { code: 'FROM alpine:3.20\nCOPY --from=. /a /a', errors: [{ range: [1, 12, 1, 13] }] },
  ],
});
