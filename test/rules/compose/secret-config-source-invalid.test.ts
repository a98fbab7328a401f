import { ruleTester } from '../../support/rule-tester';

ruleTester('secret-config-source-invalid', {
  valid: [
    'secrets:\n  a:\n    file: ./a.txt\n  b:\n    environment: B\n  c:\n    external: true\n  d:\n    name: prod_d\n    external: true\n  e:\n    driver: vault\n',
    'configs:\n  a:\n    file: ./a.conf\n  b:\n    environment: B\n  c:\n    content: |\n      key=value\n  d:\n    external: true\n',
    'secrets:\n  a:\n    external: ${A_EXTERNAL}\n',
    // The deprecated `external: {name: x}` form still marks it external.
    'configs:\n  a:\n    external:\n      name: prod_a\n',
  ],
  invalid: [
    {
      name: 'a secret with two sources',
      code: 'secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n    environment: DB_PASSWORD\n',
      errors: [{ range: [3, 4, 3, 15], message: 'Secret `db_password` sets both `file` and `environment`: give it exactly one source.' }],
    },
    {
      name: 'a secret with no source',
      code: 'services:\n  api:\n    image: acme/api:1.4\n    secrets: [token]\nsecrets:\n  token:\n    name: api_token\n  empty:\n',
      errors: [
        { range: [5, 2, 5, 7], message: 'Secret `token` has no source: set one of `file` or `environment`, or `external: true` when it is created outside Compose.' },
        { range: [7, 2, 7, 7], message: 'Secret `empty` has no source: set one of `file` or `environment`, or `external: true` when it is created outside Compose.' },
      ],
    },
    {
      name: 'configs',
      code: 'configs:\n  nginx:\n    content: "worker_processes 2;"\n    file: ./nginx.conf\n  app:\n    external: false\n',
      errors: [
        { range: [3, 4, 3, 8], message: 'Config `nginx` sets both `content` and `file`: give it exactly one source.' },
        { range: [4, 2, 4, 5], message: 'Config `app` has no source: set one of `file`, `environment` or `content`, or `external: true` when it is created outside Compose.' },
      ],
    },
  ],
});
