import { ruleTester } from '../../support/rule-tester';

ruleTester('yaml-alias-undefined', {
  valid: [
    'x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx:1.27\n',
    'x-env: &env\n  A: "1"\nservices:\n  web:\n    image: nginx:1.27\n    environment: *env\n',
  ],
  invalid: [
    {
      code: 'x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *default\n    image: nginx:1.27\n',
      errors: [{ range: [4, 8, 4, 16], message: 'Anchor `&default` is not defined in this document. Did you mean `*defaults`?' }],
      output: 'x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx:1.27\n',
    },
    {
      name: 'anchor defined after the alias',
      code: 'services:\n  web:\n    image: nginx:1.27\n    environment: *env\nx-env: &env\n  A: "1"\n',
      errors: [{ range: [3, 17, 3, 21], message: 'Anchor `&env` is only defined after this alias.' }],
    },
    {
      name: 'anchor in another document',
      code: 'x: &a 1\n---\nservices:\n  web:\n    image: *a\n',
      errors: [{ range: [4, 11, 4, 13], message: 'Anchor `&a` is not defined in this document.' }],
    },
  ],
});
