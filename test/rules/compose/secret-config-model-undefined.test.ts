import { ruleTester } from '../../support/rule-tester';

ruleTester('secret-config-model-undefined', {
  valid: [
    'services:\n  api:\n    image: example/api:1.4\n    secrets: [pw]\nsecrets:\n  pw:\n    file: ./pw.txt\n',
    'services:\n  api:\n    image: example/api:1.4\n    configs:\n      - source: app\n        target: /etc/app.conf\nconfigs:\n  app:\n    file: ./app.conf\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    secrets:\n      - db_password\n',
      errors: [{ range: [4, 8, 4, 19], message: 'Service `api` uses secret `db_password`, which is not defined under top-level `secrets`.' }],
    },
    {
      name: 'config long syntax and build secret',
      code: 'services:\n  api:\n    build:\n      context: .\n      secrets: [npmrc]\n    configs:\n      - source: app\n',
      errors: [
        { range: [4, 16, 4, 21], message: 'Service `api` uses secret `npmrc` in its build, which is not defined under top-level `secrets`.' },
        { range: [6, 16, 6, 19], message: /config `app`/ },
      ],
    },
    { name: 'models', code: 'services:\n  chat:\n    image: example/chat:2\n    models: [llm]\n', errors: [{ range: [3, 13, 3, 16], message: /model `llm`/ }] },
  ],
});
