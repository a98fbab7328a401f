import { ruleTester } from '../../support/rule-tester';

ruleTester('links-legacy', {
  valid: ['services:\n  api:\n    image: x:1\n    depends_on: [db]\n  db:\n    image: postgres:17\n'],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x:1\n    links: [db]\n    external_links:\n      - redis_1\n  db:\n    image: postgres:17\n',
      errors: [
        { range: [3, 4, 3, 9], message: '`links` on service `api` is legacy: services on a shared network reach each other by name.' },
        { range: [4, 4, 4, 18], message: '`external_links` on service `api` is legacy: services on a shared network reach each other by name.' },
      ],
    },
  ],
});
