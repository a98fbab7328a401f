import { ruleTester } from '../../support/rule-tester';

ruleTester('environment-duplicate-key', {
  valid: [
    'services:\n  a:\n    image: x:1\n    environment:\n      - A=1\n      - B=1\n',
    { name: 'identical entries are another rule\'s', code: 'services:\n  a:\n    image: x:1\n    environment:\n      - A=1\n      - A=1\n' },
    'services:\n  a:\n    image: x:1\n    environment:\n      A: 1\n      B: 2\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    environment:\n      - LOG_LEVEL=info  # old\n      - PORT=8080\n      - LOG_LEVEL=debug\n',
      errors: [{ range: [4, 8, 4, 22], message: '`LOG_LEVEL` is set again later in the `environment` of service `a`, so this value is ignored.' }],
      output: 'services:\n  a:\n    image: x:1\n    environment:\n      - PORT=8080\n      - LOG_LEVEL=debug\n',
    },
    {
      name: 'flow list: no fix',
      code: 'services:\n  a:\n    image: x:1\n    environment: ["A=1", "A"]\n',
      errors: [{ range: [3, 19, 3, 22] }],
    },
    {
      name: 'a name set three times: each earlier value is ignored, in favour of the next one',
      code: 'services:\n  a:\n    image: x:1\n    environment: ["A=1", "B=1", "A=2", "A=3"]\n',
      errors: [
        { range: [3, 19, 3, 22], message: '`A` is set again later in the `environment` of service `a`, so this value is ignored.' },
        { range: [3, 33, 3, 36], message: '`A` is set again later in the `environment` of service `a`, so this value is ignored.' },
      ],
    },
  ],
});
