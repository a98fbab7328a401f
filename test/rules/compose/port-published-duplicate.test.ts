import { ruleTester } from '../../support/rule-tester';

ruleTester('port-published-duplicate', {
  valid: [
    'services:\n  a:\n    image: x:1\n    ports: ["8080:80", "80", "80"]\n  b:\n    image: x:1\n    ports: ["8081:80"]\n',
    { name: 'different protocol and address', code: 'services:\n  a:\n    image: x:1\n    ports:\n      - "53:53/udp"\n      - "53:53/tcp"\n      - "127.0.0.1:8080:80"\n      - "127.0.0.2:8080:80"\n' },
    { name: 'interpolated', code: 'services:\n  a:\n    image: x:1\n    ports: ["${P}:80"]\n  b:\n    image: x:1\n    ports: ["${P}:80"]\n' },
    { name: 'disjoint profiles', code: 'services:\n  dev:\n    image: x:1\n    profiles: [dev]\n    ports: ["3000:3000"]\n  prod:\n    image: x:1\n    profiles: [prod]\n    ports: ["3000:3000"]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x:1\n    ports:\n      - "8080:8080"\n  admin:\n    image: x:1\n    ports:\n      - 8080:3000\n',
      errors: [{ range: [8, 8, 8, 12], message: 'Host port `8080` of service `admin` is already published by service `api`.' }],
    },
    {
      name: 'overlapping ranges, all interfaces vs one address, long syntax, same service',
      code: 'services:\n  a:\n    image: x:1\n    ports:\n      - "9000-9005:9000-9005"\n      - "127.0.0.1:9003:80"\n      - published: 9005\n        target: 81\n',
      errors: [
        { range: [5, 19, 5, 23], message: 'Host port `9003` of service `a` is already published earlier in the same service.' },
        { range: [6, 19, 6, 23] },
      ],
    },
    {
      name: 'the earliest entry that clashes, past earlier ones that share the port but do not',
      code: 'services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:3000:80"]\n  b:\n    image: x:1\n    ports: ["127.0.0.2:3000:80"]\n  c:\n    image: x:1\n    ports: ["127.0.0.2:3000:80"]\n',
      errors: [{ range: [9, 23, 9, 27], message: 'Host port `3000` of service `c` is already published by service `b`.' }],
    },
    {
      name: 'each repeat clashes with the first of its port, whichever list finds it',
      code: 'services:\n  dev:\n    image: x:1\n    profiles: [dev]\n    ports: ["3000-3001:80-81"]\n  prod:\n    image: x:1\n    profiles: [prod]\n    ports: ["3001:80"]\n  all:\n    image: x:1\n    ports: ["3001:80"]\n',
      errors: [{ range: [11, 13, 11, 17], message: 'Host port `3001` of service `all` is already published by service `dev`.' }],
    },
  ],
});
