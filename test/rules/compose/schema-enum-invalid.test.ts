import { ruleTester } from '../../support/rule-tester';

ruleTester('schema-enum-invalid', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    pull_policy: every_12h\n    cgroup: host\n    depends_on:\n      db: {condition: service_healthy}\n  db:\n    image: postgres:17\n',
    { name: 'interpolated value', code: 'services:\n  web:\n    image: nginx:1.27\n    pull_policy: ${POLICY}\n' },
    { name: 'restart is restart-invalid\'s', code: 'services:\n  web:\n    image: nginx:1.27\n    restart: sometimes\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: healthy\n  db:\n    image: postgres:17\n',
      errors: [{ range: [5, 19, 5, 26], message: '`condition` must be one of service_started, service_healthy, service_completed_successfully.' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n',
    },
    {
      name: 'pull_policy typo and a mount type',
      code: 'services:\n  web:\n    image: nginx:1.27\n    pull_policy: alwyas\n    volumes:\n      - type: bnd\n        source: ./a\n        target: /a\n',
      errors: [{ range: [3, 17, 3, 23], message: /^`pull_policy` must be one of always, never/ }, { range: [5, 14, 5, 17], message: /^`volumes\[0\].type` must be one of bind, volume/ }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    pull_policy: always\n    volumes:\n      - type: bind\n        source: ./a\n        target: /a\n',
    },
    {
      name: 'no near value: no fix',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cgroup: shared-with-everyone\n',
      errors: [{ range: [3, 12, 3, 32] }],
    },
  ],
});
