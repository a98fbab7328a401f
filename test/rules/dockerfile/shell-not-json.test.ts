import { ruleTester } from '../../support/rule-tester';

ruleTester('shell-not-json', {
  valid: ['FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]', { name: 'empty array is another rule\'s', code: 'FROM debian:12\nSHELL []' }],
  invalid: [
    {
      code: 'FROM debian:12\nSHELL /bin/bash -o pipefail -c',
      errors: [{ range: [1, 6, 1, 30], message: '`SHELL` must be a JSON array of strings, such as `["/bin/sh", "-c"]`.' }],
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    },
    {
      name: 'single quotes',
      code: "FROM debian:12\nSHELL ['/bin/sh', '-c']",
      errors: [{ range: [1, 6, 1, 23] }],
      output: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]',
    },
  ],
});
