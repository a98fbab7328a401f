import { ruleTester } from '../../support/rule-tester';

ruleTester('yaml-syntax-error', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', '', '# only a comment\n', 'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n'],
  invalid: [
    { name: 'unclosed quote', code: 'services:\n  web:\n    image: "nginx:1.27\n', errors: [{ range: [2, 4, 2, 22], message: /^Invalid YAML: / }] },
    { name: 'tab indentation', code: 'services:\n\tweb:\n', errors: [{ range: [1, 0, 1, 1], message: /^Invalid YAML: / }] },
  ],
});
