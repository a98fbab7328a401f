import { ruleTester } from '../../support/rule-tester';

ruleTester('maintainer-deprecated', {
  valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN true',
      errors: [{ range: [1, 0, 1, 10], message: '`MAINTAINER` is deprecated; use `LABEL org.opencontainers.image.authors` instead.' }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true',
    },
    {
      name: 'quotes and dollars are escaped',
      code: 'FROM alpine:3.20\nmaintainer "The $team" "ops"',
      errors: [{ range: [1, 0, 1, 10] }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="The \\$team\\" \\"ops"',
    },
    { name: 'no text, no fix', code: 'FROM alpine:3.20\nMAINTAINER', errors: [{ range: [1, 0, 1, 10] }] },
  ],
});
