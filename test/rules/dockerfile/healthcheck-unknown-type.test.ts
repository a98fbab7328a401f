import { ruleTester } from '../../support/rule-tester';

ruleTester('healthcheck-unknown-type', {
  valid: ['FROM nginx:1.27\nHEALTHCHECK CMD true', 'FROM nginx:1.27\nhealthcheck --interval=5s cmd true', 'FROM nginx:1.27\nHEALTHCHECK NONE'],
  invalid: [
    {
      code: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s curl -f http://localhost/',
      errors: [{ range: [1, 27, 1, 31], message: '`HEALTHCHECK` expects `CMD` or `NONE` here, not `curl`.' }],
    },
    { code: 'FROM nginx:1.27\nHEALTHCHECK CDM true', errors: [{ range: [1, 12, 1, 15] }], output: 'FROM nginx:1.27\nHEALTHCHECK CMD true' },
  ],
});
