import { ruleTester } from '../../support/rule-tester';

ruleTester('expose-protocol-casing', {
  valid: ['FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 80'],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp',
      errors: [{ range: [1, 10, 1, 13], message: 'Write the protocol in lower case: `tcp`, not `TCP`.' }, { range: [1, 17, 1, 20] }],
      output: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp',
    },
  ],
});
