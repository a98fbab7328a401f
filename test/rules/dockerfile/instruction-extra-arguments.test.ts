import { ruleTester } from '../../support/rule-tester';

ruleTester('instruction-extra-arguments', {
  valid: [
    'FROM alpine:3.20\nUSER app:app\nSTOPSIGNAL SIGTERM\nHEALTHCHECK NONE',
    'FROM alpine:3.20\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nUSER app app',
      errors: [{ range: [1, 9, 1, 12], message: '`USER` takes exactly one argument; `app` is one too many.' }],
      output: 'FROM alpine:3.20\nUSER app',
    },
    {
      code: 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM SIGKILL 9\nRUN true',
      errors: [{ range: [1, 19, 1, 26] }],
      output: 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM\nRUN true',
    },
    {
      code: 'FROM alpine:3.20\nHEALTHCHECK NONE CMD true',
      errors: [{ range: [1, 17, 1, 20], message: '`HEALTHCHECK NONE` takes no arguments; remove `CMD`.' }],
      output: 'FROM alpine:3.20\nHEALTHCHECK NONE',
    },
  ],
});
