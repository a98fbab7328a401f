import { ruleTester } from '../../support/rule-tester';

const strict = { strict: true, schema: { 'org.opencontainers.image.source': 'url' } };

ruleTester('label-not-in-schema', {
  valid: [
    'FROM alpine:3.20\nLABEL team=payments',
    { code: 'FROM alpine:3.20\nLABEL team=payments', options: { strict: false, schema: strict.schema }, name: 'schema without strict' },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x"', options: strict },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x" team="payments"\nONBUILD LABEL extra=1',
      options: strict,
      errors: [{ range: [1, 50, 1, 54], message: 'Label `team` is not in the label schema.' }, { range: [2, 14, 2, 19] }],
    },
  ],
});
