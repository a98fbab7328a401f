import { ruleTester } from '../../support/rule-tester';

ruleTester('container-name-duplicate', {
  valid: [
    'services:\n  a:\n    image: x:1\n    container_name: one\n  b:\n    image: x:1\n    container_name: two\n',
    'services:\n  a:\n    image: x:1\n    container_name: ${P}-app\n  b:\n    image: x:1\n    container_name: ${P}-app\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x:1\n    container_name: app\n  worker:\n    image: x:1\n    container_name: "app"\n',
      errors: [{ range: [6, 21, 6, 24], message: 'Service `worker` uses container name `app`, which service `api` already uses.' }],
    },
  ],
});
