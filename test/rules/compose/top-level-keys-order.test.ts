import { ruleTester } from '../../support/rule-tester';

ruleTester('top-level-keys-order', {
  valid: ['x-common: &c\n  restart: always\nname: shop\nservices:\n  a:\n    <<: *c\n    image: x:1\nvolumes:\n  d: {}\n'],
  invalid: [
    {
      code: '# header comment\nvolumes:\n  data: {}\nservices:\n  db:\n    image: postgres:17\nx-env: &env\n  TZ: UTC\n',
      errors: [{ range: [3, 0, 3, 8], message: 'Top-level key `services` should come before `volumes`.' }],
      output: '# header comment\nx-env: &env\n  TZ: UTC\nservices:\n  db:\n    image: postgres:17\nvolumes:\n  data: {}\n',
    },
    {
      name: 'a collection as a key: named by its text, and no fix (moved below another entry, yaml cannot read it)',
      code: '[x]:\n  driver: json-file\nservices:\n  a:\n    image: x:1\n',
      errors: [{ range: [2, 0, 2, 8], message: 'Top-level key `services` should come before `[x]`.' }],
    },
    {
      name: 'moving an anchor after its alias is refused',
      code: 'services:\n  a:\n    environment: *env\nx-env: &env\n  TZ: UTC\n',
      errors: [{ range: [3, 0, 3, 5] }],
    },
  ],
});
