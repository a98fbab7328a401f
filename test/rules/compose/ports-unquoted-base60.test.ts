import { ruleTester } from '../../support/rule-tester';

ruleTester('ports-unquoted-base60', {
  valid: [
    'services:\n  a:\n    image: x:1\n    ports:\n      - "22:22"\n      - 8080:80\n      - 3000\n    expose:\n      - 9000\n',
  ],
  invalid: [
    {
      code: 'services:\n  git:\n    image: x:1\n    ports:\n      - 2222:22\n      - 127.0.0.1:21:21\n    expose: [5000:50]\n',
      errors: [
        { range: [4, 8, 4, 15], message: 'Unquoted `2222:22` in the `ports` of service `git` is a base-60 number to YAML 1.1 tools: quote it.' },
        { range: [6, 13, 6, 20] },
      ],
      output: 'services:\n  git:\n    image: x:1\n    ports:\n      - "2222:22"\n      - 127.0.0.1:21:21\n    expose: ["5000:50"]\n',
    },
  ],
});
