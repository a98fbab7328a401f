import { ruleTester } from '../../support/rule-tester';

ruleTester('ports-quoted', {
  valid: ['services:\n  web:\n    image: x:1\n    ports:\n      - "80:80"\n      - \'443:443\'\n      - target: 80\n    expose: ["9000"]\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    image: x:1\n    ports:\n      - 8080:80\n    expose: [9000]\n',
      errors: [
        { range: [4, 8, 4, 15], message: 'Entry `8080:80` in the `ports` of service `web` is not quoted.' },
        { range: [5, 13, 5, 17], message: 'Entry `9000` in the `expose` of service `web` is not quoted.' },
      ],
      output: 'services:\n  web:\n    image: x:1\n    ports:\n      - "8080:80"\n    expose: ["9000"]\n',
    },
    {
      name: 'single quotes by option',
      code: 'services:\n  web:\n    image: x:1\n    ports:\n      - 8080:80\n',
      options: { quoteStyle: 'single' },
      errors: [{ range: [4, 8, 4, 15] }],
      output: "services:\n  web:\n    image: x:1\n    ports:\n      - '8080:80'\n",
    },
  ],
});
