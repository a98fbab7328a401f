import { ruleTester } from '../../support/rule-tester';

ruleTester('project-name-missing', {
  valid: ['name: shop\nservices:\n  a:\n    image: x:1\n', ''],
  invalid: [
    { code: 'x-a: 1\nservices:\n  a:\n    image: x:1\n', errors: [{ range: [1, 0, 1, 8], message: 'The file sets no top-level `name`: the project is named after its folder.' }] },
    { code: 'volumes:\n  d: {}\n', errors: [{ range: [0, 0, 0, 7] }] },
  ],
});
