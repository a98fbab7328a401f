import { ruleTester } from '../../support/rule-tester';

ruleTester('network-mode-host', {
  valid: ['services:\n  a:\n    image: x:1\n    network_mode: bridge\n', 'services:\n  a:\n    image: x:1\n    network_mode: "service:b"\n'],
  invalid: [
    { code: 'services:\n  a:\n    image: x:1\n    network_mode: "host"\n', errors: [{ range: [3, 19, 3, 23], message: "Service `a` shares the host's network stack: it has no network isolation." }] },
  ],
});
