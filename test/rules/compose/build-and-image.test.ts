import { ruleTester } from '../../support/rule-tester';

ruleTester('build-and-image', {
  valid: [
    'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:dev\n    pull_policy: build\n',
    'services:\n  api:\n    build: .\n  db:\n    image: postgres:17\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:dev\n',
      errors: [{ range: [3, 4, 3, 9], message: 'Service `api` has both `build` and `image`: set `pull_policy` to say whether `up` builds or pulls it.' }],
    },
  ],
});
