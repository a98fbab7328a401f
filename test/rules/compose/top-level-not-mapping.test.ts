import { ruleTester } from '../../support/rule-tester';

ruleTester('top-level-not-mapping', {
  valid: ['', '# just a comment\n', 'services:\n  web:\n    image: nginx:1.27\n', 'services: {}\n---\n'],
  invalid: [
    {
      code: '- web:\n    image: nginx:1.27\n',
      errors: [{ range: [0, 0, 0, 6], message: 'The document is a list: a Compose file must be a mapping of top-level keys such as `services:`.' }],
    },
    {
      name: 'a scalar in the second document',
      code: 'services: {}\n---\njust text\n',
      errors: [{ range: [2, 0, 2, 9], message: 'The document is a plain value: a Compose file must be a mapping of top-level keys such as `services:`.' }],
    },
  ],
});
