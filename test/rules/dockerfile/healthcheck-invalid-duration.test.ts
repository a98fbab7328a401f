import { ruleTester } from '../../support/rule-tester';

ruleTester('healthcheck-invalid-duration', {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --start-interval=2.5s CMD true',
    { name: 'variables are skipped', code: 'FROM nginx:1.27\nHEALTHCHECK --interval=$I CMD true' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nHEALTHCHECK --interval=30 CMD true',
      errors: [{ range: [1, 23, 1, 25], message: '`--interval` value `30` has no unit; add one, e.g. `s`.' }],
      output: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD true',
    },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --timeout=5sec CMD true', errors: [{ range: [1, 22, 1, 26], message: /unknown unit `sec`/ }] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --timeout=-5s CMD true', errors: [{ range: [1, 22, 1, 25], message: /is negative/ }] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --start-period=500us CMD true', errors: [{ range: [1, 27, 1, 32], message: /below the 1ms minimum/ }] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --interval=abc CMD true', errors: [{ range: [1, 23, 1, 26], message: /not a duration/ }] },
  ],
});
