import { ruleTester } from '../../support/rule-tester';

ruleTester('run-network-security-invalid', {
  valid: ['FROM alpine:3.20\nRUN --network=none --security=sandbox make\nRUN --network=host --security=insecure make\nRUN --network=default make'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN --network=off make',
      errors: [{ range: [1, 14, 1, 17], message: '`--network` takes `default`, `none`, `host`; `off` is not one of them.' }],
    },
    { code: 'FROM alpine:3.20\nRUN --security=privileged make', errors: [{ range: [1, 15, 1, 25] }] },
  ],
});
