import { ruleTester } from '../../support/rule-tester';

ruleTester('depends-on-order', {
  valid: ['services:\n  api:\n    image: x:1\n    depends_on: [cache, db]\n'],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x:1\n    depends_on:\n      - redis\n      - db\n',
      errors: [{ range: [5, 8, 5, 10], message: 'Dependency `db` of service `api` should come before `redis`.' }],
      output: 'services:\n  api:\n    image: x:1\n    depends_on:\n      - db\n      - redis\n',
    },
    {
      name: 'long form',
      code: 'services:\n  api:\n    image: x:1\n    depends_on:\n      redis:\n        condition: service_started\n      db:\n        condition: service_healthy\n        restart: true\n',
      errors: [{ range: [6, 6, 6, 8] }],
      output: 'services:\n  api:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n      redis:\n        condition: service_started\n',
    },
    {
      name: 'flow list',
      code: 'services:\n  api:\n    image: x:1\n    depends_on: [web, cache, db]\n',
      errors: [{ range: [3, 22, 3, 27] }],
      output: 'services:\n  api:\n    image: x:1\n    depends_on: [cache, db, web]\n',
    },
  ],
});
