import { ruleTester } from '../../support/rule-tester';

ruleTester('healthcheck-invalid-retries', {
  valid: ['FROM nginx:1.27\nHEALTHCHECK --retries=3 CMD true', 'FROM nginx:1.27\nHEALTHCHECK --retries=$R CMD true'],
  invalid: [
    { code: 'FROM nginx:1.27\nHEALTHCHECK --retries=0 CMD true', errors: [{ range: [1, 22, 1, 23], message: '`--retries` must be at least 1, not `0`.' }] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --retries=three CMD true', errors: [{ range: [1, 22, 1, 27], message: '`--retries` must be a whole number, not `three`.' }] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --retries=2.5 CMD true', errors: [{ range: [1, 22, 1, 25] }] },
  ],
});
