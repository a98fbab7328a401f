import { ruleTester } from '../../support/rule-tester';

const long = 'x'.repeat(65535 - 'ENV BLOB='.length);

ruleTester('line-exceeds-builder-limit', {
  valid: [`FROM alpine:3.20\nENV BLOB=${long}`, { name: 'many short lines', code: `FROM alpine:3.20\n${'RUN true\n'.repeat(9000)}` }],
  invalid: [
    {
      code: `FROM alpine:3.20\nENV BLOB=${long}yz\nRUN true`,
      errors: [{ range: [1, 65535, 1, 65537], message: 'This line is 65,537 bytes long; the builder refuses lines over 65,535 bytes.' }],
    },
    {
      name: 'bytes, not characters',
      code: `FROM alpine:3.20\nENV BLOB=${'é'.repeat(32770)}`,
      errors: [{ range: [1, 32772, 1, 32779] }],
    },
  ],
});
