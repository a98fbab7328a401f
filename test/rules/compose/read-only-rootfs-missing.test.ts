import { ruleTester } from '../../support/rule-tester';

ruleTester('read-only-rootfs-missing', {
  valid: ['services:\n  a:\n    image: x:1\n    read_only: true\n', 'services:\n  a:\n    image: x:1\n    read_only: ${RO:-true}\n'],
  invalid: [
    { code: 'services:\n  api:\n    image: x:1\n', errors: [{ range: [1, 2, 1, 5], message: 'Service `api` has a writable root file system: set `read_only: true` and mount writable paths explicitly.' }] },
    { code: 'services:\n  api:\n    image: x:1\n    read_only: false\n', errors: [{ range: [3, 15, 3, 20] }] },
  ],
});
