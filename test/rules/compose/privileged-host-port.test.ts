import { ruleTester } from '../../support/rule-tester';

ruleTester('privileged-host-port', {
  valid: ['services:\n  a:\n    image: x:1\n    ports: ["2222:22", "80"]\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    ports:\n      - "22:22"\n      - published: 443\n        target: 8443\n',
      errors: [{ range: [4, 9, 4, 11], message: 'Service `a` publishes the privileged host port `22`.' }, { range: [5, 19, 5, 22] }],
    },
  ],
});
