import { ruleTester } from '../../support/rule-tester';

ruleTester('instruction-casing-inconsistent', {
  valid: ['FROM alpine:3.20\nRUN true\nCOPY a /a', 'from alpine:3.20\nrun true\ncopy a /a'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nrun apk add curl\nCOPY app /app',
      errors: [{ range: [1, 0, 1, 3], message: '`run` is not in the file\'s usual upper case; write `RUN`.' }],
      output: 'FROM alpine:3.20\nRUN apk add curl\nCOPY app /app',
    },
    {
      code: 'from alpine:3.20\nrun true\nCopy app /app',
      errors: [{ range: [2, 0, 2, 4], message: '`Copy` mixes upper and lower case; write `copy`.' }],
      output: 'from alpine:3.20\nrun true\ncopy app /app',
    },
    { name: 'a tie goes to upper case', code: 'from alpine:3.20\nRUN true', errors: [{ range: [0, 0, 0, 4] }], output: 'FROM alpine:3.20\nRUN true' },
  ],
});
