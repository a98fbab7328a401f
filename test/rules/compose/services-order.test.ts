import { ruleTester } from '../../support/rule-tester';

ruleTester('services-order', {
  valid: ['services:\n  api:\n    image: x:1\n  Db:\n    image: x:1\n  web:\n    image: x:1\n'],
  invalid: [
    {
      code: 'services:\n  # the front end\n  web:\n    image: nginx:1.27\n\n  api:\n    image: acme/api:1.4  # pinned\n\n  db:\n    image: postgres:17\n',
      errors: [{ range: [5, 2, 5, 5], message: 'Service `api` should come before `web` (services sorted by name).' }],
      output: 'services:\n  api:\n    image: acme/api:1.4  # pinned\n\n  db:\n    image: postgres:17\n\n  # the front end\n  web:\n    image: nginx:1.27\n',
    },
    {
      name: 'alias after its anchor: fix kept only when the order stays valid',
      code: 'services:\n  web:\n    image: &img acme/web:1\n  api:\n    image: *img\n',
      errors: [{ range: [3, 2, 3, 5] }],
    },
    {
      name: 'flow mapping, last entry without a newline',
      code: 'services: {b: {image: x}, a: {image: y}}',
      errors: [{ range: [0, 26, 0, 27] }],
      output: 'services: {a: {image: y}, b: {image: x}}',
    },
  ],
});
