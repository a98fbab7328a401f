import { ruleTester } from '../../support/rule-tester';

ruleTester('yaml-duplicate-key', {
  valid: [
    { name: 'many keys, none repeated', code: 'x-many:\n' + Array.from({ length: 20 }, (_, i) => `  k${i}: ${i}\n`).join('') },
    'services:\n  web:\n    image: nginx:1.27\n  api:\n    image: nginx:1.27\n',
    { name: 'a key overriding a merged one', code: 'x-base: &base\n  image: nginx:1.26\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n' },
    { name: 'same key in sibling mappings', code: 'services:\n  a:\n    image: x:1\n  b:\n    image: x:1\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n    image: nginx:1.26\n',
      errors: [{ range: [4, 4, 4, 9], message: 'Duplicate key `image`: it is already defined on line 3 of this mapping.' }],
    },
    {
      name: 'duplicate service in flow style and a second document',
      code: 'services: {web: {image: a:1}, web: {image: b:1}}\n---\nservices:\n  x:\n    image: y:1\n    image: z:1\n',
      errors: [{ range: [0, 30, 0, 33] }, { range: [5, 4, 5, 9] }],
    },
    {
      name: 'a repeat among many keys',
      code: 'x-many:\n' + Array.from({ length: 20 }, (_, i) => `  k${i}: ${i}\n`).join('') + '  k3: again\n',
      errors: [{ range: [21, 2, 21, 4], message: 'Duplicate key `k3`: it is already defined on line 5 of this mapping.' }],
    },
  ],
});
