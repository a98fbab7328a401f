import { ruleTester } from '../../support/rule-tester';

const anchors = 'x-a: &a\n  restart: always\nx-b: &b\n  init: true\n';

ruleTester('yaml-merge-key-duplicate', {
  valid: [
    anchors + 'services:\n  web:\n    <<: [*a, *b]\n    image: nginx:1.27\n',
    anchors + 'services:\n  web:\n    <<: *a\n    image: nginx:1.27\n  api:\n    <<: *b\n    image: nginx:1.27\n',
  ],
  invalid: [
    {
      code: anchors + 'services:\n  web:\n    <<: *a\n    image: nginx:1.27\n    <<: *b # more\n',
      errors: [{ range: [8, 4, 8, 6], message: 'A second `<<` merge key in the same mapping: Compose rejects it. List the anchors in one `<<: [*a, *b]`.' }],
      output: anchors + 'services:\n  web:\n    <<: [*a, *b]\n    image: nginx:1.27\n',
    },
    {
      name: 'three merge keys, one already a list',
      code: anchors + 'x-c: &c\n  tty: true\nservices:\n  web:\n    <<: [*a, *b]\n    <<: *c\n    <<: *a\n    image: nginx:1.27\n',
      errors: [{ range: [9, 4, 9, 6] }, { range: [10, 4, 10, 6] }],
      output: anchors + 'x-c: &c\n  tty: true\nservices:\n  web:\n    <<: [*a, *b, *c, *a]\n    image: nginx:1.27\n',
    },
  ],
});
