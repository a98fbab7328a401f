import { ruleTester } from '../../support/rule-tester';

ruleTester('healthcheck-test-invalid', {
  valid: [
    'services:\n  a:\n    image: x:1\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost"]\n  b:\n    image: x:1\n    healthcheck:\n      test: curl -f http://localhost\n  c:\n    image: x:1\n    healthcheck:\n      test: [NONE]\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["curl", "-f", "http://localhost"]\n',
      errors: [{ range: [4, 13, 4, 19], message: '`curl` is not a healthcheck form: a list-form `test` starts with `CMD`, `CMD-SHELL` or `NONE`.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n',
    },
    {
      name: 'block list',
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test:\n        - pg_isready\n',
      errors: [{ range: [5, 10, 5, 20] }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test:\n        - "CMD"\n        - pg_isready\n',
    },
  ],
});
