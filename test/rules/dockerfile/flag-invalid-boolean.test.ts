import { ruleTester } from '../../support/rule-tester';

ruleTester('flag-invalid-boolean', {
  valid: ['FROM alpine:3.20\nCOPY --link a /a\nCOPY --link=false --parents=TRUE a /a\nADD --keep-git-dir=true https://x/y.git /y'],
  invalid: [
    { code: 'FROM alpine:3.20\nCOPY --link=yes app /app', errors: [{ range: [1, 12, 1, 15], message: '`--link` takes `true` or `false`, not `yes`.' }] },
    { code: 'FROM alpine:3.20\nADD --unpack= a.tgz /a', errors: [{ range: [1, 4, 1, 13], message: '`--unpack` takes `true` or `false`, not an empty value.' }] },
  ],
});
