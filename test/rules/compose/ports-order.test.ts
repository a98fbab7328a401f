import { ruleTester } from '../../support/rule-tester';

ruleTester('ports-order', {
  valid: ['services:\n  web:\n    image: x:1\n    ports:\n      - "80:80"\n      - "127.0.0.1:443:443"\n      - "8080:80"\n      - "${P}:9"\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    image: x:1\n    ports:\n      - "8443:443"\n      - "80:80"\n      - 3000\n',
      errors: [{ range: [5, 8, 5, 15], message: 'Port `80:80` of service `web` should come before `8443:443`.' }],
      output: 'services:\n  web:\n    image: x:1\n    ports:\n      - "80:80"\n      - 3000\n      - "8443:443"\n',
    },
  ],
});
