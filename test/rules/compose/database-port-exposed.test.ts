import { ruleTester } from '../../support/rule-tester';

ruleTester('database-port-exposed', {
  valid: [
    'services:\n  db:\n    image: postgres:17\n    ports: ["127.0.0.1:5432:5432"]\n',
    'services:\n  db:\n    image: postgres:17\n',
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:17\n    ports:\n      - "5432:5432"\n',
      errors: [{ range: [4, 9, 4, 13], message: 'Port `5432` of service `db` (postgres image) is published on all host interfaces: bind it to `127.0.0.1` or drop it.' }],
      output: 'services:\n  db:\n    image: postgres:17\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    },
    {
      name: 'by port, and a bitnami image',
      code: 'services:\n  cache:\n    image: acme/cache:1\n    ports: ["16379:6379"]\n  mq:\n    image: bitnami/rabbitmq:4.1\n    ports: ["15672:15672"]\n',
      errors: [{ range: [3, 13, 3, 18], message: /\(Redis port\)/ }, { range: [6, 13, 6, 18], message: /\(bitnami\/rabbitmq image\)/ }],
      output: 'services:\n  cache:\n    image: acme/cache:1\n    ports: ["127.0.0.1:16379:6379"]\n  mq:\n    image: bitnami/rabbitmq:4.1\n    ports: ["127.0.0.1:15672:15672"]\n',
    },
  ],
});
