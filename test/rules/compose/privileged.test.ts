import { ruleTester } from '../../support/rule-tester';

ruleTester('privileged', {
  valid: ['services:\n  a:\n    image: x:1\n    privileged: false\n', 'services:\n  a:\n    image: x:1\n'],
  invalid: [
    { code: 'services:\n  a:\n    image: x:1\n    privileged: true\n', errors: [{ range: [3, 16, 3, 20], message: 'Service `a` runs privileged: it has full control over the host.' }] },
    {
      name: 'through an anchor: reported once, at the anchor',
      code: 'x-priv: &priv\n  privileged: "true"\nservices:\n  a:\n    <<: *priv\n    image: x:1\n  b:\n    <<: *priv\n    image: x:1\n',
      errors: [{ range: [1, 15, 1, 19] }],
    },
  ],
});
