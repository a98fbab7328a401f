import { ruleTester } from '../../support/rule-tester';

ruleTester('platform-pinned', {
  valid: ['services:\n  a:\n    image: x:1\n', 'services:\n  a:\n    image: x:1\n    platform: ${PLATFORM:-linux/amd64}\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    platform: linux/amd64\n',
      errors: [{ range: [3, 14, 3, 25], message: 'Service `a` pins platform `linux/amd64`: other architectures run it under emulation.' }],
    },
  ],
});
